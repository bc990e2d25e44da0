// The little XML the xlsx host writes and reads itself (chart parts, package relationships): escaping
// and reading the attributes of one element. ExcelJS writes the rest.

// Apostrophes stay as they are (every attribute we write is double-quoted), so references such as
// 'SDG index'!$B$1 read in the part exactly as Excel writes them.
const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Text or double-quoted attribute value as XML; characters XML 1.0 forbids (control characters) are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing exactly the control characters XML forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
      .replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character)
  );
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(parseInt(decimal, 10)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The attributes of every `<tag …>` element in the text, values unescaped (namespace prefixes kept in names). */
export function elementsAttributes(xml: string, tag: string): Record<string, string>[] {
  const elements: Record<string, string>[] = [];
  const pattern = new RegExp(`<${tag}(\\s[^>]*?)?/?>`, "g");
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const [, name = "", , doubleQuoted, singleQuoted] = attribute;
      attributes[name] = unescapeXml(doubleQuoted ?? singleQuoted ?? "");
    }
    elements.push(attributes);
  }
  return elements;
}
