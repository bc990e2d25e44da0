// How Excel's table.rows.add makes room below a table. By default (alwaysInsert true) it inserts:
// the cells under the table, in the table's columns only and all the way down, move down by the
// number of rows added, so content there slips out of line with its neighbours; a table below that
// is wider than those columns would be split, and Excel refuses with InsertDeleteConflict. With
// alwaysInsert false (ExcelApi 1.15) the rows are added below the table over the cells there, and
// nothing moves ("TableRowCollection.add", learn.microsoft.com). Unlike Excel, the fake does not
// rewrite formulas that refer to moved cells.

import { rangesOverlap, type RangeBounds } from "../../../../src/engine/plan/address";
import { cellKey, type SheetModel, type TableModel } from "./model";
import { FakeOfficeError } from "./recorder";

/** Moves the cells below `bounds`, in its columns, `count` rows down (refusing to split a table). */
export function insertRowsBelow(
  sheet: SheetModel,
  tables: readonly TableModel[],
  bounds: RangeBounds,
  count: number,
): void {
  const band: RangeBounds = {
    start: { row: bounds.end.row + 1, column: bounds.start.column },
    end: { row: Number.MAX_SAFE_INTEGER, column: bounds.end.column },
  };
  const below = tables.filter(
    (table) => table.sheet === sheet && rangesOverlap(table.bounds, band),
  );
  const split = below.find(
    (table) =>
      table.bounds.start.column < bounds.start.column ||
      table.bounds.end.column > bounds.end.column,
  );
  if (split !== undefined)
    throw new FakeOfficeError(
      "InsertDeleteConflict",
      `the insert operation would shift cells of the table "${split.name}" below`,
    );
  const moving = [...sheet.cells.keys()]
    .map((key) => key.split(":").map(Number))
    .filter(
      ([row = 0, column = 0]) =>
        row > bounds.end.row && column >= bounds.start.column && column <= bounds.end.column,
    )
    .sort(([a = 0], [b = 0]) => b - a);
  for (const [row = 0, column = 0] of moving) {
    const cell = sheet.cells.get(cellKey(row, column));
    sheet.cells.delete(cellKey(row, column));
    if (cell !== undefined) sheet.cells.set(cellKey(row + count, column), cell);
  }
  for (const table of below) {
    const { start, end } = table.bounds;
    table.bounds = {
      start: { ...start, row: start.row + count },
      end: { ...end, row: end.row + count },
    };
  }
}

/**
 * The formula Excel puts in a new row's cell of a calculated column: a column whose last data cell
 * holds a formula written in structured references to its own row ("=[@Score]*2"), which reads
 * the same in every row.
 */
export function calculatedColumnFormula(
  sheet: SheetModel,
  table: TableModel,
  column: number,
): string | undefined {
  const { bounds } = table;
  if (bounds.end.row <= bounds.start.row) return undefined;
  const formula = sheet.cells.get(cellKey(bounds.end.row, column))?.formula;
  return formula?.includes("[@") === true ? formula : undefined;
}
