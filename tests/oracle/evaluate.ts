// Evaluates a parsed formula against cells the caller provides: operators with Excel's coercions
// (element by element over ranges, as SUMPRODUCT needs), the standard functions of
// standardFunctions.ts, and any other function (the C2C ones) through the caller's hook. Tests use
// it to recompute every formula a plan writes and compare the result with the engine's value.

import { isCellError } from "../../src/engine/sheetValues";
import { parseRange, rangePositions } from "../../src/engine/plan/address";
import type { BinaryOperator } from "../../src/engine/formula/expr";
import { STANDARD_FUNCTIONS, type StandardFunction } from "../../src/engine/formula/expr";
import { FormulaError } from "../../src/engine/formula/formulaError";
import type { ParsedExpr } from "./parse";
import { STANDARD_IMPLEMENTATIONS, type LazyArgument } from "./standardFunctions";
import {
  DIV0_ERROR,
  VALUE_ERROR,
  errorValue,
  isMatrix,
  matrix,
  toNumber,
  toText,
  type Scalar,
  type Value,
} from "./values";

export interface EvaluationContext {
  /** The sheet a reference without a sheet name points at. */
  readonly sheet: string;
  /** A cell's value: blank is null. */
  cell(sheet: string, row: number, column: number): Scalar;
  /** A defined name's sheet and range; undefined for an unknown name (#NAME?). */
  name(definedName: string): { readonly sheet: string; readonly range: string } | undefined;
  /** Functions other than the standard ones (C2C.*); undefined when unknown (#NAME?). */
  custom(fn: string, args: readonly Value[]): Value | undefined;
}

const NAME_ERROR = errorValue("#NAME?");

function isStandard(fn: string): fn is StandardFunction {
  return (STANDARD_FUNCTIONS as readonly string[]).includes(fn);
}

function readRange(context: EvaluationContext, sheet: string, range: string): Value {
  const bounds = parseRange(range);
  if (bounds === undefined) throw new FormulaError(`"${range}" is not a range`);
  const rows: Scalar[][] = [];
  for (const position of rangePositions(bounds)) {
    const rowIndex = position.row - bounds.start.row;
    (rows[rowIndex] ??= []).push(context.cell(sheet, position.row, position.column));
  }
  return matrix(rows, true);
}

export function evaluate(expr: ParsedExpr, context: EvaluationContext): Value {
  switch (expr.kind) {
    case "number":
    case "text":
    case "boolean":
      return expr.value;
    case "error":
      return errorValue(expr.code);
    case "ref":
      return readRange(context, expr.sheet ?? context.sheet, expr.range);
    case "name": {
      const target = context.name(expr.name);
      return target === undefined ? NAME_ERROR : readRange(context, target.sheet, target.range);
    }
    case "negate":
      return elementwise(evaluate(expr.operand, context), 0, (value) => {
        const number = toNumber(value);
        return typeof number === "number" ? -number : number;
      });
    case "binary":
      return binary(expr.op, evaluate(expr.left, context), evaluate(expr.right, context));
    case "call": {
      const lazy: LazyArgument[] = expr.args.map((arg) => () => evaluate(arg, context));
      if (isStandard(expr.fn)) return STANDARD_IMPLEMENTATIONS[expr.fn](lazy);
      const result = context.custom(
        expr.fn,
        lazy.map((arg) => arg()),
      );
      return result ?? NAME_ERROR;
    }
  }
}

/** A binary operator applied cell by cell; a 1×1 range counts as a scalar. */
function binary(op: BinaryOperator, left: Value, right: Value): Value {
  return elementwise(left, right, (a, b) => applyOperator(op, a, b));
}

function scalarOf(value: Value): Value {
  return isMatrix(value) && value.rows.length === 1 && value.rows[0]?.length === 1
    ? (value.rows[0][0] ?? null)
    : value;
}

function elementwise(
  leftValue: Value,
  rightValue: Value,
  apply: (a: Scalar, b: Scalar) => Scalar,
): Value {
  const left = scalarOf(leftValue);
  const right = scalarOf(rightValue);
  if (!isMatrix(left) && !isMatrix(right)) return apply(left, right);
  const shape = isMatrix(left) ? left : (right as { rows: readonly (readonly Scalar[])[] });
  const at = (value: Value, row: number, column: number): Scalar =>
    isMatrix(value) ? (value.rows[row]?.[column] ?? VALUE_ERROR) : value;
  return matrix(
    shape.rows.map((cells, row) =>
      cells.map((_, column) => apply(at(left, row, column), at(right, row, column))),
    ),
    false,
  );
}

function applyOperator(op: BinaryOperator, a: Scalar, b: Scalar): Scalar {
  if (isCellError(a)) return a;
  if (isCellError(b)) return b;
  switch (op) {
    case "+":
    case "-":
    case "*":
    case "/": {
      const x = toNumber(a);
      const y = toNumber(b);
      if (typeof x !== "number") return x;
      if (typeof y !== "number") return y;
      if (op === "+") return x + y;
      if (op === "-") return x - y;
      if (op === "*") return x * y;
      return y === 0 ? DIV0_ERROR : x / y;
    }
    case "&": {
      const x = toText(a);
      const y = toText(b);
      if (typeof x !== "string") return x;
      if (typeof y !== "string") return y;
      return x + y;
    }
    default:
      return compare(op, a, b);
  }
}

// Excel orders numbers < text < booleans; text compares without case; a blank is 0, "" or FALSE
// depending on what it is compared with.
function rank(value: Exclude<Scalar, null | { errorCode: string }>): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

function compare(op: BinaryOperator, a: Scalar, b: Scalar): Scalar {
  const blankLike = (other: Scalar): Scalar =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a === null ? blankLike(b) : a;
  const y = b === null ? blankLike(a) : b;
  if (x === null || y === null || isCellError(x) || isCellError(y)) return VALUE_ERROR;
  let order: number;
  if (rank(x) !== rank(y)) order = rank(x) - rank(y);
  else if (typeof x === "string" && typeof y === "string")
    order = x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  else order = Number(x) < Number(y) ? -1 : Number(x) > Number(y) ? 1 : 0;
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    default:
      return VALUE_ERROR;
  }
}
