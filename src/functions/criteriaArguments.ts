// The trailing `criteria_range, criterion` pairs of the aggregate functions (a repeating
// parameter: Excel passes the repetitions as one array of matrices). Each criteria range must have
// the shape of the data range, as AVERAGEIFS requires, so row k of every range is the same row
// of the table.

import { matchingRows, parseCriterion, type Criterion } from "../engine/criteria";
import type { CellValue } from "../engine/cells";
import {
  cellsOf,
  describeShape,
  sameShape,
  shapeOf,
  toMatrix,
  toSingleCell,
  type Shape,
} from "./excelValues";
import { invalidValue, toExcelError } from "./runtime";

/**
 * Which of the data range's cells (row by row) the criteria keep, or the #VALUE! for an odd
 * number of criteria arguments, a criteria range of another shape or an error as criterion.
 */
export function selectRows(
  dataName: string,
  dataShape: Shape,
  criteria: unknown,
): boolean[] | CustomFunctions.Error {
  const repetitions = criteriaRepetitions(criteria);
  if (repetitions.length % 2 !== 0) {
    return invalidValue(
      `criteria come in pairs, a criteria range then its criterion; got ${repetitions.length} criteria arguments`,
    );
  }
  const columns: CellValue[][] = [];
  const parsed: Criterion[] = [];
  for (let pair = 0; pair < repetitions.length / 2; pair++) {
    const range = toMatrix(repetitions[2 * pair]);
    const rangeShape = shapeOf(range);
    if (!sameShape(rangeShape, dataShape)) {
      return invalidValue(
        `criteria range ${pair + 1} is ${describeShape(rangeShape)} but ${dataName} is ${describeShape(dataShape)}: give ranges of the same size`,
      );
    }
    const criterion = parseCriterion(toSingleCell(repetitions[2 * pair + 1]));
    if (!criterion.ok)
      return toExcelError({
        kind: criterion.error.kind,
        message: `criterion ${pair + 1}: ${criterion.error.message}`,
      });
    columns.push(cellsOf(range));
    parsed.push(criterion.value);
  }
  return matchingRows(dataShape.rows * dataShape.columns, columns, parsed);
}

// Excel passes the repetitions as an array; an omitted repeating argument may arrive as null, an
// empty array, or a trailing null entry, none of which is a criterion.
function criteriaRepetitions(criteria: unknown): unknown[] {
  if (criteria === null || criteria === undefined) return [];
  const repetitions = Array.isArray(criteria) ? [...(criteria as unknown[])] : [criteria];
  while (
    repetitions.length > 0 &&
    (repetitions[repetitions.length - 1] === null ||
      repetitions[repetitions.length - 1] === undefined)
  ) {
    repetitions.pop();
  }
  return repetitions;
}

/** Whether any criteria argument was given, for messages. */
export function hasCriteria(criteria: unknown): boolean {
  return criteriaRepetitions(criteria).length > 0;
}
