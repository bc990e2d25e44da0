// Values of the formula evaluator: a scalar (number, text, boolean, blank, error) or a rectangle of
// them. A rectangle read from cells remembers it, because Excel's aggregates treat text in a range
// differently from text typed as an argument.

import { numberFromText, type CellError, type ExcelErrorCode } from "../../src/engine/sheetValues";

export type Scalar = number | string | boolean | null | CellError;

export interface Matrix {
  readonly kind: "matrix";
  readonly rows: readonly (readonly Scalar[])[];
  /** True when the values come from cells (a reference), false for a computed array. */
  readonly fromCells: boolean;
}

export type Value = Scalar | Matrix;

export const errorValue = (errorCode: ExcelErrorCode): CellError => ({ errorCode });
export const VALUE_ERROR = errorValue("#VALUE!");
export const NA_ERROR = errorValue("#N/A");
export const DIV0_ERROR = errorValue("#DIV/0!");
export const NUM_ERROR = errorValue("#NUM!");

export function isMatrix(value: Value): value is Matrix {
  return (
    typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "matrix"
  );
}

export function matrix(rows: readonly (readonly Scalar[])[], fromCells: boolean): Matrix {
  return { kind: "matrix", rows, fromCells };
}

/** Every cell of a value, row by row. */
export function cellsOf(value: Value): Scalar[] {
  return isMatrix(value) ? value.rows.flat() : [value];
}

/** A value used where one scalar is needed: a 1×1 range is its cell; a larger range is #VALUE!. */
export function toScalar(value: Value): Scalar {
  if (!isMatrix(value)) return value;
  const only =
    value.rows.length === 1 && value.rows[0]?.length === 1 ? value.rows[0][0] : undefined;
  return only === undefined ? VALUE_ERROR : only;
}

/** Excel's number coercion for arithmetic: blank 0, booleans 1/0, numeric text its number, other text #VALUE!. */
export function toNumber(value: Scalar): number | CellError {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    // Decimal text only: Excel reads "0x1A" + 1 as #VALUE!, as the engine's readers do.
    const number = numberFromText(value);
    return number !== undefined && Number.isFinite(number) ? number : VALUE_ERROR;
  }
  return value;
}

/** Excel's text coercion for &: numbers in general format, TRUE/FALSE, blank "". */
export function toText(value: Scalar): string | CellError {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value).replace("e", "E");
  return value;
}

/** A condition: numbers are true unless 0, blank is false, text is #VALUE!. */
export function toBoolean(value: Scalar): boolean | CellError {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") {
    const upper = value.trim().toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
    return VALUE_ERROR;
  }
  return value;
}
