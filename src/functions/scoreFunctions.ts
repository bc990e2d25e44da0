// SCORE, DISTANCE and PROGRESS: scalar functions of numbers, applied cell by cell over ranges.
// SCORE and DISTANCE run the engine's columnar scorer on the cells that are plain numbers (one
// =C2C.SCORE may cover 100,000 rows) and the cell-by-cell path on the rest (blanks, text, errors),
// so both paths give the same values and messages.

import type { CellValue } from "../engine/cells";
import { scoreColumn } from "../engine/columns";
import type { Result } from "../engine/result";
import { distanceClosed, distanceToEnd, indicatorScore } from "../engine/scoring";
import { readNumberArgument, requireNumber } from "./arguments";
import { cellAt, lineUp, mapCells, type ScalarArguments } from "./cellwise";
import { NO_CELLS, rowAt } from "./excelValues";
import { fromResult, toExcelError, type ExcelMatrix, type ExcelScalar } from "./runtime";

/** SCORE(value, worst, end): 0–100 per value; a blank value gives "". */
export function scoreCells(value: unknown, worst: unknown, end: unknown): ExcelMatrix {
  return scoreRange(valueWorstEnd(value, worst, end), (score) => score, indicatorScore);
}

/** DISTANCE(value, worst, end): 100 − SCORE per value; a blank value gives "". */
export function distanceCells(value: unknown, worst: unknown, end: unknown): ExcelMatrix {
  return scoreRange(valueWorstEnd(value, worst, end), (score) => 100 - score, distanceToEnd);
}

/** PROGRESS(baseScore, latestScore): the fraction of the distance closed; a blank score gives "". */
export function progressCells(baseScore: unknown, latestScore: unknown): ExcelMatrix {
  const args = [
    { name: "baseScore", raw: baseScore },
    { name: "latestScore", raw: latestScore },
  ] as const;
  return mapCells(args, (baseCell, latestCell) => {
    const base = readNumberArgument(baseCell, "baseScore");
    const latest = readNumberArgument(latestCell, "latestScore");
    if (base.kind === "error") return base.error;
    if (latest.kind === "error") return latest.error;
    if (base.kind === "blank" || latest.kind === "blank") return "";
    return fromResult(distanceClosed(base.value, latest.value));
  });
}

function valueWorstEnd(value: unknown, worst: unknown, end: unknown): ScalarArguments {
  return [
    { name: "value", raw: value },
    { name: "worst", raw: worst },
    { name: "end", raw: end },
  ];
}

/**
 * Positions where value, worst and end are all numbers go through scoreColumn in one pass; the
 * others (and the rows it reports as problems) get the cell-by-cell answer.
 */
function scoreRange(
  args: ScalarArguments,
  fromScore: (score: number) => number,
  compute: (value: number, worst: number, end: number) => Result<number>,
): ExcelMatrix {
  const linedUp = lineUp(args);
  if (linedUp instanceof CustomFunctions.Error) return [[linedUp]];
  const [valueOperand, worstOperand, endOperand] = linedUp.operands;
  const { rows, columns } = linedUp.shape;
  const count = rows * columns;
  const values = new Float64Array(count);
  const worsts = new Float64Array(count);
  const ends = new Float64Array(count);
  // Positions left to the cell-by-cell path; scoreColumn sees NaN there, which it skips as a blank.
  const byCell: number[] = [];
  const { single: valueSingle, value: valueConstant, rows: valueRows } = valueOperand;
  const { single: worstSingle, value: worstConstant, rows: worstRows } = worstOperand;
  const { single: endSingle, value: endConstant, rows: endRows } = endOperand;
  for (let row = 0, index = 0; row < rows; row++) {
    // Raw cells are read in place; only plain numbers take the columnar path, so no conversion is needed here.
    const valueRow = valueSingle ? NO_CELLS : rowAt(valueRows, row);
    const worstRow = worstSingle ? NO_CELLS : rowAt(worstRows, row);
    const endRow = endSingle ? NO_CELLS : rowAt(endRows, row);
    for (let column = 0; column < columns; column++, index++) {
      const value: unknown = valueSingle ? valueConstant : valueRow[column];
      const worst: unknown = worstSingle ? worstConstant : worstRow[column];
      const end: unknown = endSingle ? endConstant : endRow[column];
      if (
        typeof value === "number" &&
        !Number.isNaN(value) &&
        typeof worst === "number" &&
        typeof end === "number"
      ) {
        values[index] = value;
        worsts[index] = worst;
        ends[index] = end;
      } else {
        values[index] = NaN;
        byCell.push(index);
      }
    }
  }
  const scores = new Float64Array(count);
  const problems = scoreColumn(values, worsts, ends, scores);

  const result: ExcelMatrix = new Array<ExcelScalar[]>(rows);
  for (let row = 0, index = 0; row < rows; row++) {
    const out = new Array<ExcelScalar>(columns);
    for (let column = 0; column < columns; column++, index++)
      out[column] = fromScore(scores[index] ?? NaN);
    result[row] = out;
  }
  const place = (index: number, cell: ExcelScalar): void => {
    const out = result[Math.floor(index / columns)];
    if (out !== undefined) out[index % columns] = cell;
  };
  for (const problem of problems) place(problem.row, toExcelError(problem.error));
  for (const index of byCell) {
    const row = Math.floor(index / columns);
    const column = index % columns;
    place(
      index,
      againstWorstAndEnd(
        cellAt(valueOperand, row, column),
        cellAt(worstOperand, row, column),
        cellAt(endOperand, row, column),
        compute,
      ),
    );
  }
  return result;
}

// A blank value is missing data (""), but a blank worst or end value is a gap in the indicator's
// definition: the score cannot be computed, and a silent "" would hide that.
function againstWorstAndEnd(
  valueCell: CellValue,
  worstCell: CellValue,
  endCell: CellValue,
  compute: (value: number, worst: number, end: number) => Result<number>,
): ExcelScalar {
  const value = readNumberArgument(valueCell, "value");
  if (value.kind === "error") return value.error;
  if (value.kind === "blank") return "";
  const worst = requireNumber(worstCell, "worst");
  if (worst.kind === "error") return worst.error;
  const end = requireNumber(endCell, "end");
  if (end.kind === "error") return end.error;
  return fromResult(compute(value.value, worst.value, end.value));
}
