// When text in a cell counts as a number: plain decimal notation only, with surrounding spaces.
// Number() alone would also accept "0x1A", "0b11", "0o7" and "Infinity", which no one types into a
// data cell meaning a number, and which Excel itself reads as text.

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The number a text spells in decimal notation (" 42.5 ", "-1e3"); undefined for other text. */
export function numberFromText(text: string): number | undefined {
  const trimmed = text.trim();
  return DECIMAL_TEXT.test(trimmed) ? Number(trimmed) : undefined;
}
