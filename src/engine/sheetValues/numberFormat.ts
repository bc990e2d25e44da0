// What a cell's number format code says about how its stored number is shown. Only the parts of
// the code Excel itself interprets count: quoted text ("%"), escaped characters (\%), padding and
// fill characters (_% and *%) and bracketed sections ([Red], [$€-407], [h]) print or colour, they
// do not scale or turn the number into a date.

// A workbook has a few number formats and a long list asks about one for every cell read, so each
// code's active part is found once. The cache holds at most a workbook's worth of formats.
const activeParts = new Map<string, string>();
const MAX_ACTIVE_PARTS = 1024;

/** The code with its literal text, escapes, padding, fills and bracketed sections removed. */
function activePart(code: string): string {
  const known = activeParts.get(code);
  if (known !== undefined) return known;
  const active = code.replace(/"[^"]*"?|\\.|_.|\*.|\[[^\]]*\]?/g, "");
  if (activeParts.size >= MAX_ACTIVE_PARTS) activeParts.clear();
  activeParts.set(code, active);
  return active;
}

/** Whether the format shows the stored number times 100 with a % sign ("0%", "0.0 %"). */
export function isPercentFormat(code: string | undefined): boolean {
  return code !== undefined && activePart(code).includes("%");
}

/** Whether the format shows the stored number as a date ("dd/mm/yyyy", "yyyy", "mmm-yy"). */
export function isDateFormat(code: string | undefined): boolean {
  if (code === undefined) return false;
  // A date code has a day (d) or a year (y); m alone may be minutes (mm:ss), a time and no date.
  const active = activePart(code).toLowerCase();
  return /[dy]/.test(active);
}
