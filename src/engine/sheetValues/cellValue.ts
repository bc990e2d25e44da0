// A cell as every host hands it to the engine (a number, a text, a boolean, a blank or an
// error), and the two questions every reader asks of it first: is it blank, and what text does
// it show.

import { englishText, phrase, type Phrase } from "../language/problemTexts";
import type { CellError } from "./errorCodes";

export type CellValue = number | string | boolean | null | undefined | CellError;

export function isCellError(v: unknown): v is CellError {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { errorCode?: unknown }).errorCode === "string"
  );
}

/** A blank is null, undefined or text of white space only (a cell cleared with the space bar). */
export function isBlank(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * The cell as trimmed text, as Excel shows it: numbers as typed in the formula bar, booleans as
 * TRUE/FALSE, blanks and errors as "".
 */
export function textOf(cell: CellValue): string {
  if (cell === null || cell === undefined || isCellError(cell)) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** How a cell is named in a message: the text "abc", the number 7, TRUE, the error #N/A. */
export function describeCell(cell: CellValue): string {
  return englishText(cellPhrase(cell));
}

/** How a cell is named in a problem, rendered in the language of the place that shows it. */
export function cellPhrase(cell: CellValue): Phrase {
  if (isCellError(cell)) return phrase("cell.error", { error: cell.errorCode });
  if (typeof cell === "string") return phrase("cell.text", { text: cell.trim() });
  if (typeof cell === "boolean") return phrase(cell ? "cell.true" : "cell.false");
  if (cell === null || cell === undefined) return phrase("cell.blank");
  return phrase("cell.number", { number: String(cell) });
}
