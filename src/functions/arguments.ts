// Reading one argument cell for a wrapper: a number, a blank, or the Excel error to return.
// Messages name the argument, so a #VALUE! in a 10,000-row spill says which input to fix.

import { isCellError, readNumber, type CellValue } from "../engine/cells";
import { textOf } from "../engine/sheetValues";
import { isOmitted, toSingleCell } from "./excelValues";
import { invalidValue, propagatedError } from "./runtime";

export type NumberArgument =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly error: CustomFunctions.Error };

/** An input cell holding an error passes that error on; text, booleans and NaN are #VALUE!. */
export function readNumberArgument(cell: CellValue, name: string): NumberArgument {
  const reading = readNumber(cell);
  switch (reading.kind) {
    case "number":
    case "blank":
      return reading;
    case "invalid":
      return {
        kind: "error",
        error: isCellError(cell)
          ? propagatedError(cell.errorCode, `${name}: ${reading.message}`)
          : invalidValue(`${name}: ${reading.message}`),
      };
  }
}

/** A number an argument must have: a blank is an error too, named in the message. */
export function requireNumber(
  cell: CellValue,
  name: string,
):
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "error"; readonly error: CustomFunctions.Error } {
  const reading = readNumberArgument(cell, name);
  return reading.kind === "blank"
    ? { kind: "error", error: invalidValue(`${name} is blank: give a number`) }
    : reading;
}

/** Trimmed text of a cell as Excel shows it (TRUE, 42.5), or undefined for a blank or an error. */
export function readText(cell: CellValue): string | undefined {
  const text = textOf(cell);
  return text === "" ? undefined : text;
}

/** An optional single-number argument: left out or blank gives the fallback (a framework default). */
export function readOptionalNumber(
  raw: unknown,
  name: string,
  fallback: number,
): number | CustomFunctions.Error {
  if (isOmitted(raw)) return fallback;
  const reading = readNumberArgument(toSingleCell(raw), name);
  if (reading.kind === "error") return reading.error;
  return reading.kind === "number" ? reading.value : fallback;
}
