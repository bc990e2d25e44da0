// Reading spreadsheet cells. Excel, ExcelJS and the in-memory host each hand the engine a cell as a
// number, a text, a boolean, a blank or an error; these readers turn one cell into what the
// framework means by it, so every host agrees on what "42.5", "  ", TRUE or #N/A is.

/** An error value from a spreadsheet cell; each host maps its own error objects to this. */
export interface CellError {
  readonly errorCode: string;
}

export type CellValue = number | string | boolean | null | undefined | CellError;

export function isCellError(v: unknown): v is CellError {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { errorCode?: unknown }).errorCode === "string"
  );
}

export type NumberReading =
  | { kind: "number"; value: number }
  /** null, undefined, "" or whitespace-only text */
  | { kind: "blank" }
  /** text, boolean, NaN/±Infinity, error cell */
  | { kind: "invalid"; message: string };

// Plain decimal notation only: Number() alone would also accept "0x1A", "0b11" and "Infinity",
// which no one types into a data cell meaning a number.
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a cell as a number; numeric text such as " 42.5 " counts as the number it spells. */
export function readNumber(cell: CellValue): NumberReading {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "number") return readFiniteNumber(cell);
  if (typeof cell === "boolean")
    return { kind: "invalid", message: `${cell ? "TRUE" : "FALSE"} is not a number` };
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text === "") return { kind: "blank" };
    if (!DECIMAL_TEXT.test(text))
      return { kind: "invalid", message: `the text "${text}" is not a number` };
    return readFiniteNumber(Number(text));
  }
  return { kind: "invalid", message: `the cell holds the error ${cell.errorCode}` };
}

function readFiniteNumber(value: number): NumberReading {
  if (Number.isNaN(value)) return { kind: "invalid", message: "the value is not a number (NaN)" };
  if (!Number.isFinite(value))
    return { kind: "invalid", message: `${value > 0 ? "" : "-"}infinity is not a usable number` };
  return { kind: "number", value };
}

export type AnswerScore = 1 | 2 | 3 | 4 | 5;

export type AnswerReading =
  | { kind: "score"; value: AnswerScore }
  /** "n/a" (case- and space-insensitive) */
  | { kind: "not-applicable" }
  /** "?" */
  | { kind: "dont-know" }
  | { kind: "blank" }
  /** outOfScale is true for a number that is not 1, 2, 3, 4 or 5 (7, 2.5, 0); false for text, booleans and errors. */
  | { kind: "invalid"; message: string; outOfScale: boolean };

function isAnswerScore(value: number): value is AnswerScore {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Reads one checklist answer: 1–5 (also as numeric text such as "4"), n/a, ? or a blank. */
export function readAnswer(cell: CellValue): AnswerReading {
  if (typeof cell === "string") {
    const text = cell.trim().toLowerCase();
    if (text === "n/a") return { kind: "not-applicable" };
    if (text === "?") return { kind: "dont-know" };
  }
  const reading = readNumber(cell);
  switch (reading.kind) {
    case "blank":
      return reading;
    case "number":
      if (isAnswerScore(reading.value)) return { kind: "score", value: reading.value };
      return {
        kind: "invalid",
        message: `the answer ${reading.value} is not on the scale: use a whole number from 1 to 5, n/a or ?`,
        outOfScale: true,
      };
    case "invalid":
      return {
        kind: "invalid",
        message: `${answerDescription(cell)} is not an answer: use 1 to 5, n/a or ?`,
        outOfScale: false,
      };
  }
}

function answerDescription(cell: CellValue): string {
  if (typeof cell === "string") return `the text "${cell.trim()}"`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isCellError(cell)) return `the error ${cell.errorCode}`;
  return `the value ${String(cell)}`;
}
