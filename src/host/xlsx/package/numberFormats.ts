// Number formats: the codes Excel builds in (ECMA-376 part 1, 18.8.30; ids a file may use without
// declaring them), and whether a code shows a number as a date or time.

/** The built-in codes every locale shares; the locale-dependent ids (27–36, 50–81) have none. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The locale-dependent built-in ids that are dates or times in every locale that defines them. */
const BUILT_IN_DATE_IDS = new Set([
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN_FORMATS[id];
}

/** Whether a number under this format shows as a date or a time (so it is a date serial). */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_IDS.has(id)) return true;
  if (code === undefined) return false;
  // Quoted text, escaped characters, colours and locale tags ([Red], [$-409]) say nothing; elapsed
  // time ([h], [mm]) does.
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    // "_x" pads the width of x and "*x" repeats x: the character after either is not a code.
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  // Only the first section decides: "0;[Red]-0" is a number however its other sections read.
  const first = bare.split(";")[0] ?? "";
  return /[dmyhs]/i.test(first.replace(/E[+-]/gi, "")) && !/^@$/.test(first);
}
