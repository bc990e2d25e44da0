// Reading spreadsheet cells as the framework's numbers and checklist answers. Excel, ExcelJS and the
// in-memory host each hand the engine a cell as a number, a text, a boolean, a blank or an error;
// these readers build on sheetValues, so every host agrees on what "42.5", "  ", TRUE or #N/A is.

import { tokenOf } from "./language/contractWords";
import { isCellError, numberFromText, type CellValue } from "./sheetValues";

// The cell types live with the rest of the spreadsheet semantics (sheetValues); most readers take
// them from here together with readNumber.
export { isCellError, type CellError, type CellValue } from "./sheetValues";

export type NumberReading =
  | { kind: "number"; value: number }
  /** null, undefined, "" or whitespace-only text */
  | { kind: "blank" }
  /** text, boolean, NaN/±Infinity, error cell */
  | { kind: "invalid"; message: string };

/** Reads a cell as a number; numeric text such as " 42.5 " counts as the number it spells. */
export function readNumber(cell: CellValue): NumberReading {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "number") return readFiniteNumber(cell);
  if (typeof cell === "boolean")
    return { kind: "invalid", message: `${cell ? "TRUE" : "FALSE"} is not a number` };
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text === "") return { kind: "blank" };
    const number = numberFromText(text);
    if (number === undefined)
      return { kind: "invalid", message: `the text "${text}" is not a number` };
    return readFiniteNumber(number);
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
  /** "n/a", "s.o." or "no aplica" (case- and space-insensitive) */
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
    // n/a and ? in any of the three languages ("s.o.", "no aplica"), as the dropdowns write them.
    const token = tokenOf("answer", cell);
    if (token === "n/a") return { kind: "not-applicable" };
    if (token === "?") return { kind: "dont-know" };
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
