// The standard spreadsheet functions the templates use, with Excel's rules for ranges, text,
// blanks and errors, so the test evaluator computes what Excel would. Criteria (COUNTIFS,
// AVERAGEIFS, SUMIFS) and the statistics are the oracle's own, not the engine's, so a recomputed
// formula checks the engine rather than agreeing with it.

import { isCellError } from "../../src/engine/sheetValues";
import { cellTestOf } from "./criteria";
import type { StandardFunction } from "../../src/engine/formula/expr";
import {
  DIV0_ERROR,
  NA_ERROR,
  NUM_ERROR,
  VALUE_ERROR,
  cellsOf,
  isMatrix,
  matrix,
  toBoolean,
  toNumber,
  toScalar,
  type Matrix,
  type Scalar,
  type Value,
} from "./values";

/** Arguments are evaluated on demand, so IF and IFERROR evaluate only the branch they need. */
export type LazyArgument = () => Value;

export type StandardImplementation = (args: readonly LazyArgument[]) => Value;

const firstError = (values: readonly Scalar[]): Scalar | undefined =>
  values.find((value) => isCellError(value));

/**
 * The numbers an aggregate (SUM, AVERAGE, MIN…) takes from its arguments: numbers in ranges (text,
 * booleans and blanks there are skipped); typed arguments coerced (numeric text, booleans).
 */
function aggregateNumbers(args: readonly LazyArgument[]): number[] | Scalar {
  const numbers: number[] = [];
  for (const arg of args) {
    const value = arg();
    if (isMatrix(value)) {
      const error = firstError(cellsOf(value));
      if (error !== undefined) return error;
      for (const cell of cellsOf(value)) if (typeof cell === "number") numbers.push(cell);
    } else {
      if (value === null) continue;
      const number = toNumber(value);
      if (typeof number !== "number") return number;
      numbers.push(number);
    }
  }
  return numbers;
}

function aggregate(compute: (numbers: number[]) => Scalar): StandardImplementation {
  return (args) => {
    const numbers = aggregateNumbers(args);
    return Array.isArray(numbers) ? compute(numbers) : numbers;
  };
}

/** Pairs of (range, criterion) → which cells of the ranges match all criteria; ranges must share a shape. */
function criteriaMatches(args: readonly LazyArgument[], shapeOf: Value): boolean[] | Scalar {
  if (args.length % 2 !== 0) return VALUE_ERROR;
  const selected = cellsOf(shapeOf).map(() => true);
  for (let index = 0; index + 1 < args.length; index += 2) {
    const range = args[index]?.();
    const criterionValue = args[index + 1]?.();
    if (range === undefined || criterionValue === undefined) return VALUE_ERROR;
    const cells = cellsOf(range);
    if (cells.length !== selected.length) return VALUE_ERROR;
    const test = cellTestOf(toScalar(criterionValue));
    cells.forEach((cell, row) => {
      if (!test(cell)) selected[row] = false;
    });
  }
  return selected;
}

function ifs(compute: (numbers: number[], matched: number) => Scalar): StandardImplementation {
  return ([target, ...criteria]) => {
    if (target === undefined) return VALUE_ERROR;
    const values = target();
    const matches = criteriaMatches(criteria, values);
    if (!Array.isArray(matches)) return matches;
    const numbers: number[] = [];
    let matched = 0;
    cellsOf(values).forEach((cell, index) => {
      if (matches[index] !== true) return;
      matched += 1;
      if (typeof cell === "number") numbers.push(cell);
    });
    const error = cellsOf(values).find(
      (cell, index) => matches[index] === true && isCellError(cell),
    );
    return error ?? compute(numbers, matched);
  };
}

/** Applies a one-argument function cell by cell over a range (ISNUMBER, LEN). */
function elementwise(apply: (value: Scalar) => Scalar): StandardImplementation {
  return ([arg]) => {
    const value = arg?.() ?? null;
    if (!isMatrix(value)) return apply(value);
    // One cell gives one value, as Excel shows ISNUMBER(A1).
    if (value.rows.length === 1 && value.rows[0]?.length === 1)
      return apply(value.rows[0][0] ?? null);
    return matrix(
      value.rows.map((row) => row.map(apply)),
      false,
    );
  };
}

/** IF over an array condition: each cell picks from the branch at its place (a scalar branch everywhere). */
function arrayIf(condition: Matrix, then: Value, otherwise: Value): Value {
  const at = (branch: Value, row: number, column: number): Scalar =>
    isMatrix(branch) ? (branch.rows[row]?.[column] ?? NA_ERROR) : branch;
  return matrix(
    condition.rows.map((cells, row) =>
      cells.map((cell, column) => {
        const test = toBoolean(cell);
        if (typeof test !== "boolean") return test;
        return test ? at(then, row, column) : at(otherwise, row, column);
      }),
    ),
    false,
  );
}

const sumOf = (numbers: number[]): number => numbers.reduce((total, value) => total + value, 0);

function medianOf(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * QUARTILE (QUARTILE.INC) as Microsoft documents it: the k-th smallest at rank 1 + (n − 1) · q/4,
 * interpolated between the two ranks around it (1-based ranks, unlike the engine's 0-based position).
 */
function quartileOf(numbers: number[], quart: number): Scalar {
  if (numbers.length === 0 || !Number.isInteger(quart) || quart < 0 || quart > 4) return NUM_ERROR;
  const sorted = [...numbers].sort((a, b) => a - b);
  const rank = 1 + ((sorted.length - 1) * quart) / 4;
  const lower = sorted[Math.floor(rank) - 1] ?? Number.NaN;
  const upper = sorted[Math.ceil(rank) - 1] ?? Number.NaN;
  return lower + (rank - Math.floor(rank)) * (upper - lower);
}

/** STDEVP: the square root of the mean squared distance from the mean (n in the denominator). */
function populationDeviation(numbers: number[]): number {
  const mean = sumOf(numbers) / numbers.length;
  return Math.sqrt(sumOf(numbers.map((value) => (value - mean) ** 2)) / numbers.length);
}

export const STANDARD_IMPLEMENTATIONS: Readonly<Record<StandardFunction, StandardImplementation>> =
  {
    AND: (args) => {
      let result = true;
      for (const arg of args) {
        for (const cell of cellsOf(arg())) {
          const condition = toBoolean(cell);
          if (typeof condition !== "boolean") return condition;
          result = result && condition;
        }
      }
      return result;
    },
    AVERAGE: aggregate((numbers) =>
      numbers.length === 0 ? DIV0_ERROR : sumOf(numbers) / numbers.length,
    ),
    AVERAGEIFS: ifs((numbers) =>
      numbers.length === 0 ? DIV0_ERROR : sumOf(numbers) / numbers.length,
    ),
    COUNT: (args) =>
      args.reduce(
        (total, arg) => total + cellsOf(arg()).filter((cell) => typeof cell === "number").length,
        0,
      ),
    COUNTA: (args) =>
      args.reduce((total, arg) => total + cellsOf(arg()).filter((cell) => cell !== null).length, 0),
    COUNTIFS: (args) => {
      const first = args[0];
      if (first === undefined) return VALUE_ERROR;
      const matches = criteriaMatches(args, first());
      return Array.isArray(matches) ? matches.filter(Boolean).length : matches;
    },
    IF: ([condition, then, otherwise]) => {
      if (condition === undefined) return VALUE_ERROR;
      const tested = condition();
      // A range condition gives an array, cell by cell (IF(ISBLANK(B2:D2),"",B2:D2)), as in Excel.
      if (isMatrix(tested) && cellsOf(tested).length > 1)
        return arrayIf(tested, then?.() ?? true, otherwise?.() ?? false);
      const test = toBoolean(toScalar(tested));
      if (typeof test !== "boolean") return test;
      if (test) return then === undefined ? true : then();
      return otherwise === undefined ? false : otherwise();
    },
    IFERROR: ([value, fallback]) => {
      const result = value?.() ?? null;
      const scalar = isMatrix(result) ? toScalar(result) : result;
      if (isCellError(scalar)) return fallback === undefined ? null : fallback();
      return result;
    },
    ISBLANK: elementwise((value) => value === null),
    ISNUMBER: elementwise((value) => typeof value === "number"),
    LEN: elementwise((value) => {
      if (isCellError(value)) return value;
      if (value === null) return 0;
      return typeof value === "boolean" ? (value ? 4 : 5) : String(value).length;
    }),
    MAX: aggregate((numbers) => (numbers.length === 0 ? 0 : Math.max(...numbers))),
    MEDIAN: aggregate((numbers) => (numbers.length === 0 ? NUM_ERROR : medianOf(numbers))),
    MIN: aggregate((numbers) => (numbers.length === 0 ? 0 : Math.min(...numbers))),
    NA: () => NA_ERROR,
    QUARTILE: ([range, quart]) => {
      const numbers = range === undefined ? [] : aggregateNumbers([range]);
      if (!Array.isArray(numbers)) return numbers;
      const which = toNumber(toScalar(quart?.() ?? null));
      return typeof which === "number" ? quartileOf(numbers, Math.floor(which)) : which;
    },
    ROWS: ([range]) => {
      const value = range?.() ?? null;
      return isMatrix(value) ? value.rows.length : 1;
    },
    STDEVP: aggregate((numbers) =>
      numbers.length === 0 ? DIV0_ERROR : populationDeviation(numbers),
    ),
    SUM: aggregate(sumOf),
    SUMIFS: ifs((numbers) => sumOf(numbers)),
    SUMPRODUCT: (args) => {
      const arrays = args.map((arg) => arg());
      const size = arrays[0] === undefined ? 0 : cellsOf(arrays[0]).length;
      if (arrays.some((array) => cellsOf(array).length !== size)) return VALUE_ERROR;
      let total = 0;
      for (let index = 0; index < size; index++) {
        let product = 1;
        for (const array of arrays) {
          const cell = cellsOf(array)[index] ?? null;
          if (isCellError(cell)) return cell;
          // Text, blanks and even TRUE/FALSE count as 0 in SUMPRODUCT; templates multiply comparisons by 1.
          product *= typeof cell === "number" ? cell : 0;
        }
        total += product;
      }
      return total;
    },
  };
