// Scalar functions over ranges: one call scores a whole column and spills the same shape. Each
// argument is either a single cell, applied to every position, or a range of the common shape;
// any other mix is one #VALUE! naming both shapes. A failing position gets its own error and
// the others keep their values.

import type { CellValue } from "../engine/cells";
import {
  NO_CELLS,
  asRows,
  describeShape,
  rowAt,
  sameShape,
  shapeOfRows,
  toCellValue,
  type Shape,
} from "./excelValues";
import { invalidValue, type ExcelMatrix, type ExcelScalar } from "./runtime";

export interface RangeArgument {
  /** The parameter name as Excel shows it, for messages. */
  readonly name: string;
  /** The argument exactly as Excel passed it. */
  readonly raw: unknown;
}

/** One argument ready for a loop: its rows, or the one value it applies everywhere. */
export interface Operand {
  readonly rows: readonly (readonly unknown[])[];
  readonly single: boolean;
  readonly value: CellValue;
}

export type ScalarArguments =
  | readonly [RangeArgument]
  | readonly [RangeArgument, RangeArgument]
  | readonly [RangeArgument, RangeArgument, RangeArgument];

/** Up to three arguments lined up on the shape of the result; missing ones read as blanks. */
export interface LinedUp {
  readonly operands: readonly [Operand, Operand, Operand];
  readonly shape: Shape;
}

/** Lines the arguments up on a common shape, or returns the #VALUE! naming two shapes that differ. */
export function lineUp(args: ScalarArguments): LinedUp | CustomFunctions.Error {
  const ranges = args.map((arg) => asRows(arg.raw));
  const shapes = ranges.map(shapeOfRows);
  const target = commonShape(args, shapes);
  if (typeof target === "string") return invalidValue(target);
  const operandAt = (index: number): Operand => {
    const rows = ranges[index];
    const shape = shapes[index];
    if (rows === undefined || shape === undefined) return { rows: [], single: true, value: null };
    const single = shape.rows === 1 && shape.columns === 1;
    return { rows, single, value: single ? toCellValue(rows[0]?.[0]) : null };
  };
  return { operands: [operandAt(0), operandAt(1), operandAt(2)], shape: target };
}

/** The cell an operand holds at a position of the result. */
export function cellAt(operand: Operand, row: number, column: number): CellValue {
  return operand.single ? operand.value : toCellValue(rowAt(operand.rows, row)[column]);
}

/**
 * Calls `compute` once per position with the cells of the (up to three) arguments at that
 * position, in the order given.
 */
export function mapCells(
  args: ScalarArguments,
  compute: (first: CellValue, second: CellValue, third: CellValue) => ExcelScalar,
): ExcelMatrix {
  const linedUp = lineUp(args);
  if (linedUp instanceof CustomFunctions.Error) return [[linedUp]];
  const [a, b, c] = linedUp.operands;
  return fillCells(a, b, c, linedUp.shape, compute);
}

// The loop over a whole column (BAND, PROGRESS or INDICATOR of 100,000 rows): it reads the ranges
// in place, written out for three operands rather than over an array of them, skips toCellValue
// for numbers and allocates only the result rows.
function fillCells(
  a: Operand,
  b: Operand,
  c: Operand,
  target: Shape,
  compute: (first: CellValue, second: CellValue, third: CellValue) => ExcelScalar,
): ExcelMatrix {
  const { single: singleA, value: valueA, rows: rowsA } = a;
  const { single: singleB, value: valueB, rows: rowsB } = b;
  const { single: singleC, value: valueC, rows: rowsC } = c;
  const { rows: rowCount, columns: columnCount } = target;
  const result: ExcelMatrix = new Array<ExcelScalar[]>(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const rowA = singleA ? NO_CELLS : rowAt(rowsA, row);
    const rowB = singleB ? NO_CELLS : rowAt(rowsB, row);
    const rowC = singleC ? NO_CELLS : rowAt(rowsC, row);
    const out = new Array<ExcelScalar>(columnCount);
    for (let column = 0; column < columnCount; column++) {
      // Numbers, the common case, skip the call to toCellValue.
      const cellA: unknown = singleA ? valueA : rowA[column];
      const cellB: unknown = singleB ? valueB : rowB[column];
      const cellC: unknown = singleC ? valueC : rowC[column];
      out[column] = compute(
        typeof cellA === "number" ? cellA : toCellValue(cellA),
        typeof cellB === "number" ? cellB : toCellValue(cellB),
        typeof cellC === "number" ? cellC : toCellValue(cellC),
      );
    }
    result[row] = out;
  }
  return result;
}

/** The shape of the result, or the message for arguments whose shapes do not fit together. */
function commonShape(args: readonly RangeArgument[], shapes: readonly Shape[]): Shape | string {
  let target: Shape = { rows: 1, columns: 1 };
  let targetName = "";
  for (const [index, shape] of shapes.entries()) {
    if (shape.rows === 1 && shape.columns === 1) continue;
    const name = args[index]?.name ?? `argument ${index + 1}`;
    if (targetName === "") {
      target = shape;
      targetName = name;
    } else if (!sameShape(target, shape)) {
      return `${targetName} is ${describeShape(target)} but ${name} is ${describeShape(shape)}: give ranges of the same size, or a single cell`;
    }
  }
  return target;
}
