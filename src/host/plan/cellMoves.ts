// Where the cells go when a table grows, as Excel's own table insert moves them: the cells of the
// table's rows from the insertion column rightwards (beside the table too) shift right by the
// number of inserted columns, and the references of the same sheet follow them (its formulas, its
// conditional formats' ranges and formulas, its validations' ranges). Every host moves its cells
// by these answers (README "Development", docs/decisions/0006), so the move is written once; how
// a cell is copied stays the host's own (ExcelJS cells, in-memory cells, the Office.js fake's
// model).

import {
  formatRange,
  parseRange,
  type CellPosition,
  type RangeBounds,
} from "../../engine/plan/address";
import {
  formulaAfterGrowth,
  rangeAfterGrowth,
  type TableGrowth,
} from "../../engine/plan/tableGrowth";

export interface CellMove {
  readonly from: CellPosition;
  readonly to: CellPosition;
}

/**
 * The cells that move, in an order that never overwrites a cell before it moved (the rightmost of
 * each row first), up to the last column holding a cell in the table's rows.
 */
export function cellMoves(growth: TableGrowth, lastUsedColumn: number): CellMove[] {
  const count = growth.inserted.length;
  if (count === 0) return [];
  const moves: CellMove[] = [];
  for (let row = growth.before.start.row; row <= growth.before.end.row; row++) {
    for (let column = lastUsedColumn; column >= growth.insertAt; column--)
      moves.push({ from: { row, column }, to: { row, column: column + count } });
  }
  return moves;
}

/** A formula of the grown table's sheet once its references followed the moved cells. */
export function movedFormula(formula: string, growth: TableGrowth): string {
  return formulaAfterGrowth(formula, growth);
}

/**
 * A range address of the sheet (one range, or several separated by spaces as a conditional
 * format's) once it moved or widened with the cells; text that is no range stays.
 */
export function movedRanges(address: string, growth: TableGrowth): string {
  return address
    .split(/\s+/)
    .map((part) => {
      const bounds = parseRange(part);
      return bounds === undefined ? part : formatRange(rangeAfterGrowth(bounds, growth));
    })
    .join(" ");
}

export interface MovedConditionalFormat {
  readonly range: string;
  readonly formulas: string[];
}

/** A conditional format once its range and its rules' formulas followed the moved cells. */
export function movedConditionalFormat(
  range: string,
  formulas: readonly string[],
  growth: TableGrowth,
): MovedConditionalFormat {
  return {
    range: movedRanges(range, growth),
    formulas: formulas.map((formula) => movedFormula(formula, growth)),
  };
}

/**
 * The growth of one column inserted at a sheet column, with nothing appended: what Excel's
 * `table.columns.add` does to the cells, for a host that inserts columns one at a time.
 */
export function oneColumnInsert(
  table: string,
  sheet: string,
  bounds: RangeBounds,
  insertAt: number,
): TableGrowth {
  return {
    table,
    sheet,
    before: bounds,
    after: { start: bounds.start, end: { ...bounds.end, column: bounds.end.column + 1 } },
    insertAt,
    inserted: [{ header: "", values: [] }],
    appended: [],
    headers: [],
    newlyCovered: [],
  };
}
