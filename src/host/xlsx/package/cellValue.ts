// A stored cell's value from what its XML holds: its type (the t attribute), the text of its <v>
// and, for an inline string, the text of its <is>. One home for both worksheet readers (the saxes
// one, worksheetPart.ts, and the text scanner, worksheetRanges.ts), so they cannot read apart.

import { cellErrorOf, type CellValue } from "../../../engine/sheetValues";
import type { CellContext } from "./worksheetPart";

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Days from the 1900 system's day 0 to the 1904 system's (1904-01-01 is serial 1462 in 1900). */
const DAYS_1904 = 1462;

export function cellValue(
  type: string,
  stored: string | undefined,
  inlineText: string | undefined,
  styleIndex: number,
  context: CellContext,
): CellValue {
  switch (type) {
    case "inlineStr":
      return inlineText ?? null;
    case "s": {
      if (stored === undefined) return null;
      return context.sharedStrings[Number(stored)] ?? null;
    }
    case "str":
      return stored ?? null;
    case "b":
      return stored === undefined ? null : stored.trim() === "1" || stored.trim() === "true";
    case "e":
      return stored === undefined ? null : cellErrorOf(stored.trim());
    case "d":
      return stored === undefined ? null : dateSerial(stored.trim());
    default: {
      if (stored === undefined || stored.trim() === "") return null;
      const number = Number(stored);
      if (!Number.isFinite(number)) return null;
      return numberCellValue(number, styleIndex, context);
    }
  }
}

/** A number cell's value once its <v> is read as a (finite) number. */
export function numberCellValue(number: number, styleIndex: number, context: CellContext): number {
  // Dates read as serials of the 1900 system, whichever system the workbook counts in.
  return context.date1904 && context.styles.formatOf(styleIndex).isDate
    ? number + DAYS_1904
    : number;
}

/** An ISO 8601 date or date-time (type "d") as a 1900-system serial; a time alone counts from day 0. */
function dateSerial(text: string): CellValue {
  const dated = /^\d{2}:/.test(text) ? `1899-12-30T${text}` : text;
  const timed = dated.includes("T") ? dated : `${dated}T00:00:00`;
  // Without a zone the time is the sheet's wall-clock time, not the reading machine's.
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(timed) ? timed : `${timed}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? cellErrorOf("#VALUE!") : (time - EPOCH_1900) / MS_PER_DAY;
}
