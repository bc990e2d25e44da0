// Scalar functions over ranges: one call scores a whole column and spills the same shape. Each
// argument is either a single cell, applied to every position, or a range of the common shape;
// any other mix is one #VALUE! naming both shapes. A failing position gets its own error and
// the others keep their values.

import type { CellValue } from "../engine/cells";
import { describeShape, sameShape, shapeOf, toMatrix, type Shape } from "./excelValues";
import { invalidValue, type ExcelMatrix, type ExcelScalar } from "./runtime";

export interface RangeArgument {
  /** The parameter name as Excel shows it, for messages. */
  readonly name: string;
  /** The argument exactly as Excel passed it. */
  readonly raw: unknown;
}

/**
 * Calls `compute` once per position with the cells of every argument at that position, in the
 * order of `args`. The array handed to `compute` is reused between calls (a 100,000-row column
 * would otherwise allocate 100,000 arrays), so `compute` must not keep it.
 */
export function mapCells(args: readonly RangeArgument[], compute: (cells: readonly CellValue[]) => ExcelScalar): ExcelMatrix {
  const matrices = args.map((arg) => toMatrix(arg.raw));
  const shapes = matrices.map(shapeOf);
  const target = commonShape(args, shapes);
  if (typeof target === "string") return [[invalidValue(target)]];

  const singles = shapes.map((shape) => shape.rows === 1 && shape.columns === 1);
  const cells: CellValue[] = new Array<CellValue>(matrices.length).fill(null);
  const result: ExcelMatrix = new Array<ExcelScalar[]>(target.rows);
  for (let row = 0; row < target.rows; row++) {
    const out = new Array<ExcelScalar>(target.columns);
    for (let column = 0; column < target.columns; column++) {
      for (let index = 0; index < matrices.length; index++) {
        const matrix = matrices[index];
        cells[index] = (singles[index] === true ? matrix?.[0]?.[0] : matrix?.[row]?.[column]) ?? null;
      }
      out[column] = compute(cells);
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
