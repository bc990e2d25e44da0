// What a generated sheet holds, read back from its plan: the cells as laid (a later plan cell at
// the same address wins, a table's header row holds its column names), and its tables as the
// engine reads tables (TableData).

import { formatCellAddress, parseCellAddress, parseRange } from "../../engine/plan/address";
import { buildTableData, type TableData } from "../../engine/plan/tableData";
import type { CellPlan, SheetPlan, TablePlan } from "../../engine/plan/types";

/** The table's header names as cells of the sheet, for a sheet that keeps them without the table. */
export function headerCells(table: TablePlan): CellPlan[] {
  const bounds = parseRange(table.range);
  if (bounds === undefined) return [];
  return table.columns.map((name, index) => ({
    address: formatCellAddress({ row: bounds.start.row, column: bounds.start.column + index }),
    value: name,
  }));
}

export function laidCells(plan: SheetPlan): Map<string, CellPlan> {
  const cells = new Map<string, CellPlan>();
  for (const cell of [...(plan.tables ?? []).flatMap(headerCells), ...plan.cells]) {
    const position = parseCellAddress(cell.address);
    if (position !== undefined) cells.set(formatCellAddress(position), cell);
  }
  return cells;
}

export function generatedTable(plan: SheetPlan, sheet: string, table: TablePlan): TableData {
  const bounds = parseRange(table.range);
  if (bounds === undefined) throw new RangeError(`"${table.range}" is not a range`);
  const cells = laidCells(plan);
  return buildTableData({
    name: table.name,
    sheet,
    bounds,
    hasHeaderRow: true,
    columnNames: table.columns,
    cellAt: (position) => cells.get(formatCellAddress(position))?.value ?? null,
    numberFormatAt: (position) => cells.get(formatCellAddress(position))?.numberFormat,
  });
}
