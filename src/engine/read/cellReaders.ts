// Reading cells that hold flags, whole numbers and dates. Blanks, text and names follow
// sheetValues, so every reader agrees on what a blank is (null, undefined or white space).

import { invalidReading, readNumber, type CellValue } from "../cells";
import { phrase, type Phrase } from "../language/problemTexts";
import { tokenOf } from "../language/contractWords";
import { cellPhrase, isBlank, textOf } from "../sheetValues";
import { memoised } from "./memoised";

export type FlagReading =
  | { kind: "flag"; value: boolean }
  | { kind: "blank" }
  | { kind: "invalid"; message: string; reason: Phrase };

// A flag column repeats "y" and "n" down a long list; each text's word key (an NFD normalisation
// and two regular expressions) is worked out once. The words are fixed, so the answers are too.
const flagToken = memoised((text) => tokenOf("flag", text));

/** A y/n cell: y, yes, TRUE, 1, oui, sí → true; n, no, FALSE, 0, non → false. */
export function readFlag(cell: CellValue): FlagReading {
  if (isBlank(cell)) return { kind: "blank" };
  if (typeof cell === "boolean") return { kind: "flag", value: cell };
  const flag = flagToken(textOf(cell));
  if (flag === "y") return { kind: "flag", value: true };
  if (flag === "n") return { kind: "flag", value: false };
  return invalidReading(phrase("reading.notFlag", { cell: cellPhrase(cell) }));
}

export type WholeNumberReading =
  | { kind: "number"; value: number }
  | { kind: "blank" }
  | { kind: "invalid"; message: string; reason: Phrase };

/** A whole number (a year, a goal), also as numeric text. */
export function readWholeNumber(cell: CellValue): WholeNumberReading {
  const reading = readNumber(cell);
  if (reading.kind !== "number") return reading;
  if (!Number.isInteger(reading.value))
    return invalidReading(phrase("reading.notWholeNumber", { number: reading.value }));
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
