// Text inside the XML parts of a package: escaped, and without the control characters XML 1.0 cannot
// hold (a cell value pasted from another program may carry one; Excel refuses a part that has it).

// Tab, line feed and carriage return are allowed; every other C0 control character and the two
// non-characters U+FFFE and U+FFFF are not.
function isXmlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

export function xmlText(text: string): string {
  return Array.from(text)
    .filter(isXmlCharacter)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** `<t>` keeps leading and trailing spaces only when told to. */
export function textElement(text: string): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlText(text)}</t>`;
}
