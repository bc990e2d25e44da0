// The sheet-qualified references in a formula's text ("Checklist!$H$2:$H$20", "'My data'!B7"), as
// chart series, defined names, pivot caches and other sheets' formulas point at a sheet's cells.
// Text in double quotes is skipped, and so are references into other workbooks ([1]Sheet!A1).

import { parseRange, type RangeBounds } from "../../../engine/plan/address";

export interface QualifiedReference {
  readonly sheet: string;
  readonly bounds: RangeBounds;
  /** As written, e.g. "'Checklist'!$H$2:$H$20". */
  readonly text: string;
}

const REFERENCE =
  /(?<![\]\w.])(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)(?![\w(])/g;

export function qualifiedReferences(formula: string): QualifiedReference[] {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .filter((_, index) => index % 2 === 0)
    .flatMap((part) =>
      [...part.matchAll(REFERENCE)].flatMap((match) => {
        const [text, quoted, plain, range = ""] = match;
        const sheet = quoted === undefined ? (plain ?? "") : quoted.replace(/''/g, "'");
        const bounds = parseRange(range.replace(/\$/g, ""));
        if (bounds === undefined || sheet.startsWith("[")) return [];
        return [{ sheet, bounds, text }];
      }),
    );
}
