// A cell's value as Excel would show it in the preview grid: the simple number formats the add-in's
// templates use (0, 0.0, 0.00, 0%, with or without #,##0 grouping), and Excel's General format for
// the rest (up to ten significant digits). Typed text is read back the way Excel reads a typed cell.

import { numberFromText, type CellValue } from "../../engine/sheetValues";

const FIXED_FORMAT = /^(#,##)?0(?:\.(0+))?(%?)$/;
const GENERAL_DIGITS = 10;

export function formatCellValue(value: CellValue, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (typeof value === "object") return value.errorCode;
  const fixed = numberFormat === undefined ? null : FIXED_FORMAT.exec(numberFormat.trim());
  if (fixed === null) return formatGeneral(value);
  const decimals = fixed[2]?.length ?? 0;
  const percent = fixed[3] === "%";
  const text = roundHalfAway(percent ? value * 100 : value, decimals);
  return `${fixed[1] === undefined ? text : groupThousands(text)}${percent ? "%" : ""}`;
}

/** Excel's General format, simplified: integers as they are, other numbers to ten significant digits. */
function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(GENERAL_DIGITS)));
}

/**
 * Rounds half away from zero, as Excel's display does (JavaScript's toFixed rounds the binary value,
 * so 1.005 would show as 1.00); going through the decimal exponent keeps the digits as written.
 */
export function roundHalfAway(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  const rounded = Number(`${Math.round(Number(`${magnitude}e${decimals}`))}e-${decimals}`);
  const text = rounded.toFixed(decimals);
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

function groupThousands(text: string): string {
  const [whole = "", fraction] = text.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign === "" ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** What typing `text` into a cell stores: a number when it spells one, nothing when blank, else the text. */
export function typedCellValue(text: string): CellValue {
  if (text.trim() === "") return null;
  return numberFromText(text) ?? text;
}

/** The text the cell editor starts with: the value as stored (full precision, no format). */
export function editableText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.errorCode;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
