// Reading cells that hold words rather than numbers: names, codes, y/n flags, whole years and dates.
// Every reader here agrees with cells.ts on what a blank is (null, undefined or white space).

import { isCellError, readNumber, type CellValue } from "../cells";

export function isBlank(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as trimmed text: numbers as typed in the formula bar, booleans as TRUE/FALSE, blanks and errors as "". */
export function textOf(cell: CellValue): string {
  if (cell === null || cell === undefined || isCellError(cell)) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** Case-insensitive comparison key for names typed by hand: trimmed, lower case, runs of spaces as one. */
export function nameKey(text: string): string {
  return text.trim().replace(/\s+/gu, " ").toLocaleLowerCase("en");
}

export type FlagReading =
  { kind: "flag"; value: boolean } | { kind: "blank" } | { kind: "invalid"; message: string };

const YES = new Set(["y", "yes", "true", "1"]);
const NO = new Set(["n", "no", "false", "0"]);

/** A y/n cell: y, yes, TRUE or 1 → true; n, no, FALSE or 0 → false. */
export function readFlag(cell: CellValue): FlagReading {
  if (isBlank(cell)) return { kind: "blank" };
  if (typeof cell === "boolean") return { kind: "flag", value: cell };
  const text = textOf(cell).toLowerCase();
  if (YES.has(text)) return { kind: "flag", value: true };
  if (NO.has(text)) return { kind: "flag", value: false };
  return { kind: "invalid", message: `${describeCell(cell)} is not y or n` };
}

export type WholeNumberReading =
  { kind: "number"; value: number } | { kind: "blank" } | { kind: "invalid"; message: string };

/** A whole number (a year, a goal), also as numeric text. */
export function readWholeNumber(cell: CellValue): WholeNumberReading {
  const reading = readNumber(cell);
  if (reading.kind !== "number") return reading;
  if (!Number.isInteger(reading.value))
    return { kind: "invalid", message: `${reading.value} is not a whole number` };
  return reading;
}

// Excel numbers days from 1899-12-30 (which absorbs its 1900 leap-year bug for every date after
// February 1900); the largest serial it shows as a date is 9999-12-31.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const LAST_EXCEL_DATE = 2_958_465;
const DAY_MS = 86_400_000;

/** A date cell as ISO text (2025-06-30); text is kept as typed, since a due date may read "Q3 2025". */
export function dateText(cell: CellValue): string {
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 1 && cell <= LAST_EXCEL_DATE) {
    return new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10);
  }
  return textOf(cell);
}

/** How a cell is named in a message: the text "abc", the number 7, TRUE, the error #N/A. */
export function describeCell(cell: CellValue): string {
  if (isCellError(cell)) return `the error ${cell.errorCode}`;
  if (typeof cell === "string") return `the text "${cell.trim()}"`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell === null || cell === undefined) return "a blank";
  return `the number ${String(cell)}`;
}
