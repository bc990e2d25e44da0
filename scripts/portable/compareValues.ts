// When a value LibreOffice recomputed counts as the value the runner stored. Numbers agree within a
// tolerance scaled to their size (floating-point sums in another order differ in the last bits);
// texts, booleans and error codes must be identical.

import { isCellError, type CellValue } from "../../src/engine/cells";

/** Relative tolerance: |stored − recomputed| ≤ NUMBER_TOLERANCE × max(1, |stored|). */
export const NUMBER_TOLERANCE = 1e-9;

/**
 * A formula cell always has a value; a blank cached result is the empty text (what Excel caches for
 * =""), so null and undefined read as "".
 */
export function formulaResult(value: CellValue): Exclude<CellValue, null | undefined> {
  return value ?? "";
}

export function sameValue(stored: CellValue, recomputed: CellValue): boolean {
  const expected = formulaResult(stored);
  const actual = formulaResult(recomputed);
  if (typeof expected === "number") {
    return (
      typeof actual === "number" &&
      Math.abs(expected - actual) <= NUMBER_TOLERANCE * Math.max(1, Math.abs(expected))
    );
  }
  if (isCellError(expected)) return isCellError(actual) && actual.errorCode === expected.errorCode;
  return expected === actual;
}

/** How a value reads in a report line: numbers in full precision, texts quoted, errors by code. */
export function describeValue(value: CellValue): string {
  const result = formulaResult(value);
  if (typeof result === "number") return String(result);
  if (typeof result === "boolean") return result ? "TRUE" : "FALSE";
  if (typeof result === "string") return JSON.stringify(result);
  return result.errorCode;
}
