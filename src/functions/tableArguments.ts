// The column arguments of an aggregate (scores, goals, …) read as one table: every column must
// have the shape of the first, and the criteria pairs pick the rows.

import type { CellValue } from "../engine/cells";
import { readNumber } from "../engine/cells";
import { selectRows } from "./criteriaArguments";
import { cellsOf, describeShape, sameShape, shapeOf, toMatrix } from "./excelValues";
import type { RangeArgument } from "./cellwise";
import { invalidValue } from "./runtime";

export interface SelectedTable {
  /** The cells of each column argument, row by row, in the order given. */
  readonly columns: readonly (readonly CellValue[])[];
  /** Whether each row passes the criteria. */
  readonly selected: readonly boolean[];
}

export function readTable(
  columns: readonly RangeArgument[],
  criteria: unknown,
): SelectedTable | CustomFunctions.Error {
  const first = columns[0];
  if (first === undefined) return invalidValue("no data range given");
  const matrices = columns.map((column) => toMatrix(column.raw));
  const shape = shapeOf(matrices[0] ?? [[null]]);
  for (const [index, matrix] of matrices.entries()) {
    const other = shapeOf(matrix);
    if (!sameShape(shape, other)) {
      const name = columns[index]?.name ?? `argument ${index + 1}`;
      return invalidValue(
        `${first.name} is ${describeShape(shape)} but ${name} is ${describeShape(other)}: give ranges of the same size`,
      );
    }
  }
  const selected = selectRows(first.name, shape, criteria);
  if (selected instanceof CustomFunctions.Error) return selected;
  return { columns: matrices.map(cellsOf), selected };
}

/** A score cell as an aggregate reads it: a number, or null for a gap (blank, text, n/a, ?, error). */
export function scoreOrGap(cell: CellValue): number | null {
  const reading = readNumber(cell);
  return reading.kind === "number" ? reading.value : null;
}
