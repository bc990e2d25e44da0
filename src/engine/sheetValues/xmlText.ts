// Text inside the XML parts of a package (cell text, shared strings, chart titles, attribute
// values). A value pasted from another program may carry a character XML 1.0 cannot hold (a control
// character, a lone surrogate, U+FFFE or U+FFFF); Excel refuses a part that has one, so it is
// dropped rather than escaped.

// The Char production of XML 1.0: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
// U+10000–U+10FFFF. Iterating by code point keeps a surrogate pair whole and sees a lone half
// alone.
function isXmlCharacter(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint <= 0xd7ff) return true;
  if (codePoint < 0xe000) return false;
  return codePoint <= 0xfffd || codePoint >= 0x10000;
}

// Text with nothing to escape or drop (most cell texts and every number) is returned as it is: a
// scan by UTF-16 code unit, where a surrogate, paired or not, sends the text the code point way,
// which tells the two apart.
function needsWork(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x20 || (unit >= 0xd800 && unit <= 0xdfff) || unit >= 0xfffe) return true;
    if (unit === 0x26 || unit === 0x3c || unit === 0x3e || unit === 0x22) return true;
  }
  return false;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/**
 * Text as XML element content or a double-quoted attribute value. Apostrophes stay as they are, so
 * references such as 'SDG index'!$B$1 read in a part exactly as Excel writes them.
 */
export function xmlText(text: string): string {
  if (!needsWork(text)) return text;
  let escaped = "";
  for (const character of text) {
    if (!isXmlCharacter(character.codePointAt(0) ?? 0)) continue;
    escaped += ESCAPES[character] ?? character;
  }
  return escaped;
}
