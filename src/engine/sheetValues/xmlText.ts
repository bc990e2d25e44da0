// Text inside the XML parts of a package (cell text, shared strings, chart titles, attribute
// values). A value pasted from another program may carry a character XML 1.0 cannot hold (a control
// character, a lone surrogate, U+FFFE or U+FFFF); Excel refuses a part that has one, so it is
// dropped rather than escaped.

// The Char production of XML 1.0: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
// U+10000–U+10FFFF. The text is read by UTF-16 code unit: a high surrogate followed by a low one is
// a character past U+FFFF and is kept whole; a surrogate alone is dropped.

const ESCAPES: Readonly<Record<number, string>> = {
  0x26: "&amp;",
  0x3c: "&lt;",
  0x3e: "&gt;",
  0x22: "&quot;",
};

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** What stands for the code unit at `index` when it is not copied as it is; undefined to copy it. */
function replacementAt(text: string, index: number, unit: number): string | undefined {
  if (unit < 0x20) return unit === 0x09 || unit === 0x0a || unit === 0x0d ? undefined : "";
  if (unit < 0xd800) return ESCAPES[unit];
  if (isHighSurrogate(unit)) return isLowSurrogate(text.charCodeAt(index + 1)) ? undefined : "";
  if (isLowSurrogate(unit)) return isHighSurrogate(text.charCodeAt(index - 1)) ? undefined : "";
  return unit >= 0xfffe ? "" : undefined;
}

/**
 * Text as XML element content or a double-quoted attribute value. Apostrophes stay as they are, so
 * references such as 'SDG index'!$B$1 read in a part exactly as Excel writes them. Runs with
 * nothing to escape or drop are copied whole: a formula of a long list passes here for every row.
 */
export function xmlText(text: string): string {
  let escaped = "";
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // Most code units are printable, below the surrogates and no markup: copied, no call (the four
    // compared here, not looked up in ESCAPES: this runs for every character of every formula).
    if (
      unit >= 0x20 &&
      unit < 0xd800 &&
      unit !== 0x26 &&
      unit !== 0x3c &&
      unit !== 0x3e &&
      unit !== 0x22
    )
      continue;
    const replacement = replacementAt(text, index, unit);
    if (replacement === undefined) continue;
    escaped += text.slice(copiedUpTo, index) + replacement;
    copiedUpTo = index + 1;
  }
  return copiedUpTo === 0 ? text : escaped + text.slice(copiedUpTo);
}
