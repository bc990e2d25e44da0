// What a cell's number format code says about how its stored number is shown. Only the parts of
// the code Excel itself interprets count: quoted text ("%"), escaped characters (\%), padding and
// fill characters (_% and *%) and bracketed sections ([Red], [$€-407], [h]) print or colour, they
// do not scale or turn the number into a date.

/** The code with its literal text, escapes, padding, fills and bracketed sections removed. */
function activePart(code: string): string {
  return code.replace(/"[^"]*"?|\\.|_.|\*.|\[[^\]]*\]?/g, "");
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
