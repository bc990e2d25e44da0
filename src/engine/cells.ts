// Reading spreadsheet cells as the framework's numbers and checklist answers. Excel, ExcelJS and the
// in-memory host each hand the engine a cell as a number, a text, a boolean, a blank or an error;
// these readers build on sheetValues, so every host agrees on what "42.5", "  ", TRUE or #N/A is.

import { tokenOf } from "./language/contractWords";
import { englishText, phrase, type Phrase } from "./language/problemTexts";
import { cellPhrase, numberFromText, type CellValue } from "./sheetValues";

// The cell types live with the rest of the spreadsheet semantics (sheetValues); most readers take
// them from here together with readNumber.
export { isCellError, type CellError, type CellValue } from "./sheetValues";

export type NumberReading =
  | { kind: "number"; value: number }
  /** null, undefined, "" or whitespace-only text */
  | { kind: "blank" }
  /** text, boolean, NaN/±Infinity, error cell; `message` is `reason` in English */
  | { kind: "invalid"; message: string; reason: Phrase };

/** A reading that failed, with its reason as a phrase and in English. */
export function invalidReading(reason: Phrase): {
  kind: "invalid";
  message: string;
  reason: Phrase;
} {
  return { kind: "invalid", message: englishText(reason), reason };
}

/** Reads a cell as a number; numeric text such as " 42.5 " counts as the number it spells. */
export function readNumber(cell: CellValue): NumberReading {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "number") return readFiniteNumber(cell);
  if (typeof cell === "boolean")
    return invalidReading(phrase("reading.notNumber", { cell: cellPhrase(cell) }));
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text === "") return { kind: "blank" };
    const number = numberFromText(text);
    if (number === undefined)
      return invalidReading(phrase("reading.notNumber", { cell: cellPhrase(text) }));
    return readFiniteNumber(number);
  }
  return invalidReading(phrase("reading.cellError", { error: cell.errorCode }));
}

function readFiniteNumber(value: number): NumberReading {
  if (Number.isNaN(value)) return invalidReading(phrase("reading.notANumber"));
  if (!Number.isFinite(value))
    return invalidReading(phrase("reading.infinite", { sign: value > 0 ? "" : "-" }));
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
  | { kind: "invalid"; message: string; reason: Phrase; outOfScale: boolean };

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
        ...invalidReading(phrase("reading.answerOffScale", { value: reading.value })),
        outOfScale: true,
      };
    case "invalid":
      return {
        ...invalidReading(phrase("reading.notAnswer", { cell: answerDescription(cell) })),
        outOfScale: false,
      };
  }
}

function answerDescription(cell: CellValue): Phrase {
  if (typeof cell === "number") return phrase("cell.value", { value: String(cell) });
  return cellPhrase(cell);
}
