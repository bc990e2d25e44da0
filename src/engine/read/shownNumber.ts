// An indicator's value, worst or end value read as the number the cell shows (README "Values as
// Excel stores them"; docs/decisions/0009-values-as-stored.md): 71 % typed in Excel is stored as
// 0.71 under a percent format and read as 71 on an indicator whose unit is %; "74,5" is 74.5; "71 %"
// as text is 71. Each such reading carries a note naming what was read, so the user sees it; what
// cannot be read without guessing ("1,234", a percent on a count) stays a problem.

import { invalidReading, readNumber } from "../cells";
import { phrase, type Phrase } from "../language/problemTexts";
import type { TableCellData } from "../plan/tableData";
import { isPercentFormat, numberFromText } from "../sheetValues";

export type ShownNumberReading =
  | {
      kind: "number";
      value: number;
      /** The stored number was a fraction under a percent format, read times 100. */
      scaledFromPercent: boolean;
      /** Says what was read when it is not the stored number or text as typed. */
      note?: Phrase;
    }
  | { kind: "blank" }
  | { kind: "invalid"; message: string; reason: Phrase };

/** Whether a unit is a percentage: "%", or a share such as "% of GDP". */
export function isPercentUnit(unit: string): boolean {
  return unit.trim().startsWith("%");
}

// Excel shows at most 15 significant digits; 0.57 × 100 in binary floating point is
// 56.99999999999999, which Excel shows, and the user typed, as 57.
const shownDigits = (value: number): number => Number(value.toPrecision(15));

const DECIMAL_COMMA = /^([+-]?\d+),(\d+)$/;
const PERCENT_SIGN = /\s*%$/;

export function readShownNumber(cell: TableCellData, unit: string): ShownNumberReading {
  const percentUnit = isPercentUnit(unit);
  const { value } = cell;
  if (typeof value === "number" && Number.isFinite(value) && isPercentFormat(cell.numberFormat)) {
    const shown = shownDigits(value * 100);
    if (!percentUnit)
      return invalidReading(phrase("reading.percentFormatUnit", { value, shown, unit }));
    return {
      kind: "number",
      value: shown,
      scaledFromPercent: true,
      note: phrase("note.percentScaled", { value, shown }),
    };
  }
  // A plain stored number, most cells of a long list: read as it is, without a second object.
  if (typeof value === "number" && Number.isFinite(value))
    return { kind: "number", value, scaledFromPercent: false };
  if (typeof value === "string") return readNumberText(value, unit, percentUnit);
  const reading = readNumber(value);
  return reading.kind === "number" ? { ...reading, scaledFromPercent: false } : reading;
}

function readNumberText(typed: string, unit: string, percentUnit: boolean): ShownNumberReading {
  const text = typed.trim();
  const withoutSign = text.replace(PERCENT_SIGN, "");
  const hasSign = withoutSign !== text;
  if (hasSign && !percentUnit)
    return invalidReading(phrase("reading.percentTextUnit", { text, unit }));
  const plain = numberFromText(withoutSign);
  if (plain !== undefined && Number.isFinite(plain))
    return {
      kind: "number",
      value: plain,
      scaledFromPercent: false,
      ...(hasSign ? { note: phrase("note.percentText", { text, number: plain }) } : {}),
    };
  const comma = DECIMAL_COMMA.exec(withoutSign);
  if (comma !== null) {
    const [, whole = "", decimals = ""] = comma;
    if (decimals.length === 3)
      return invalidReading(
        phrase("reading.ambiguousComma", {
          text,
          joined: `${whole}${decimals}`,
          decimal: `${whole}.${decimals}`,
        }),
      );
    const number = Number(`${whole}.${decimals}`);
    return {
      kind: "number",
      value: number,
      scaledFromPercent: false,
      note: phrase("note.decimalComma", { text, number }),
    };
  }
  const reading = readNumber(typed);
  return reading.kind === "number" ? { ...reading, scaledFromPercent: false } : reading;
}
