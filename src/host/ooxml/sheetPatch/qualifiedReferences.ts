// The sheet-qualified references in a formula's text ("Checklist!$H$2:$H$20", "'My data'!B7"), as
// chart series, defined names, pivot caches and other sheets' formulas point at a sheet's cells.
// Whole columns ("Checklist!$H:$H") count as the column's every row; whole rows are left out (a row
// holds the same cells, in another order, after cells move within it). Text in double quotes is
// skipped, and so are references into other workbooks ([1]Sheet!A1).

import { columnNumber, MAX_ROWS, parseRange, type RangeBounds } from "../../../engine/plan/address";

export interface QualifiedReference {
  readonly sheet: string;
  readonly bounds: RangeBounds;
  /** As written, e.g. "'Checklist'!$H$2:$H$20". */
  readonly text: string;
}

const REFERENCE =
  /(?<![\]\w.])(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(])/g;

export function qualifiedReferences(formula: string): QualifiedReference[] {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .filter((_, index) => index % 2 === 0)
    .flatMap((part) =>
      [...part.matchAll(REFERENCE)].flatMap((match) => {
        const [text, quoted, plain, range = ""] = match;
        const sheet = quoted === undefined ? (plain ?? "") : quoted.replace(/''/g, "'");
        const bounds = boundsOf(range.replace(/\$/g, ""));
        if (bounds === undefined || sheet.startsWith("[")) return [];
        return [{ sheet, bounds, text }];
      }),
    );
}

/** "H2:H20" or a whole-column range "H:J" as bounds. */
function boundsOf(range: string): RangeBounds | undefined {
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(range);
  if (columns === null) return parseRange(range);
  const first = columnNumber(columns[1] ?? "");
  const last = columnNumber(columns[2] ?? "");
  if (first === undefined || last === undefined) return undefined;
  return {
    start: { row: 1, column: Math.min(first, last) },
    end: { row: MAX_ROWS, column: Math.max(first, last) },
  };
}
