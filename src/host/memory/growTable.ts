// Grows a table of an in-memory sheet as a plan's table edit says (the resolution is the engine's,
// tableGrowth.ts). Inserted columns shift the cells of the table's rows from the insertion column
// rightwards, those beside the table included, taking their values, formulas and styles along.
// References follow the moved cells as Excel rewrites them, in the formulas of this sheet and of
// its conditional formats (cellMoves.ts); references from other sheets ("Checklist!L5") are
// not rewritten, since the scored plan rebuilds what reads the tables (Scoreboard, computed
// columns) right after. Validations and conditional formats move or widen with the cells; new
// columns copy the dropdown and cell style of the column to their left, appended rows those of
// the table's last row.

import {
  formatCellAddress,
  formatRange,
  parseCellAddress,
  parseRange,
} from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import { insertedColumnsRange, type TableGrowth } from "../../engine/plan/tableGrowth";
import { cellMoves, movedFormula, movedRanges } from "../plan/cellMoves";
import type { PlanScalar } from "../../engine/plan/types";
import type { MemoryCell, MemorySheet } from "./memorySheet";

/** The last column holding a cell in the table's rows. */
export function lastUsedColumn(sheet: MemorySheet, growth: TableGrowth): number {
  let last = growth.before.end.column;
  for (const key of sheet.cells.keys()) {
    const position = parseCellAddress(key);
    if (
      position !== undefined &&
      position.row >= growth.before.start.row &&
      position.row <= growth.before.end.row
    )
      last = Math.max(last, position.column);
  }
  return last;
}

export function growTable(sheet: MemorySheet, growth: TableGrowth): void {
  const { before, after, insertAt } = growth;
  const count = growth.inserted.length;
  const key = (row: number, column: number): string => formatCellAddress({ row, column });
  const styleOf = (cell: MemoryCell | undefined): Partial<MemoryCell> => ({
    ...(cell?.styleId === undefined ? {} : { styleId: cell.styleId }),
    ...(cell?.style === undefined ? {} : { style: cell.style }),
    ...(cell?.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
  });
  const put = (row: number, column: number, value: PlanScalar, look: Partial<MemoryCell>): void => {
    sheet.cells.set(key(row, column), { ...look, value });
  };

  if (count > 0) {
    for (const { from, to } of cellMoves(growth, lastUsedColumn(sheet, growth))) {
      const moving = sheet.cells.get(key(from.row, from.column));
      sheet.cells.delete(key(from.row, from.column));
      if (moving !== undefined) sheet.cells.set(key(to.row, to.column), moving);
    }
    for (let row = before.start.row; row <= before.end.row; row++) {
      const look =
        growth.styleSource === undefined || row === before.start.row
          ? {}
          : styleOf(sheet.cells.get(key(row, growth.styleSource)));
      growth.inserted.forEach((column, index) => {
        put(
          row,
          insertAt + index,
          row === before.start.row
            ? column.header
            : (column.values[row - before.start.row - 1] ?? null),
          look,
        );
      });
    }
    for (const [key, cell] of sheet.cells) {
      if (cell.formula !== undefined)
        sheet.cells.set(key, { ...cell, formula: movedFormula(cell.formula, growth) });
    }
  }
  growth.appended.forEach((values, index) => {
    const row = before.end.row + 1 + index;
    values.forEach((value, offset) => {
      const column = after.start.column + offset;
      put(row, column, value, styleOf(sheet.cells.get(key(before.end.row, column))));
    });
  });

  const grow = (range: string): string => movedRanges(range, growth);
  const validations = sheet.validations.flatMap((validation) => {
    const grown = { ...validation, range: grow(validation.range) };
    const bounds = parseRange(grown.range);
    const copied = bounds === undefined ? undefined : insertedColumnsRange(bounds, growth);
    return copied === undefined ? [grown] : [grown, { ...validation, range: formatRange(copied) }];
  });
  sheet.validations.splice(0, sheet.validations.length, ...validations);
  const formats = sheet.conditionalFormats.map((format) => ({
    range: grow(format.range),
    rules: format.rules.map((rule) =>
      rule.kind === "expression" ? { ...rule, formula: movedFormula(rule.formula, growth) } : rule,
    ),
  }));
  sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...formats);

  const index = sheet.tables.findIndex((table) => sameName(table.name, growth.table));
  const table = sheet.tables[index];
  if (table !== undefined)
    sheet.tables.splice(index, 1, {
      ...table,
      range: formatRange(after),
      columns: [...growth.headers],
    });
}
