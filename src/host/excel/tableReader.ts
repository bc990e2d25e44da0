// Reads tables by name in two syncs however many tables and rows: the first finds each table (or
// learns it is missing), the second loads every found table's cells, column names and sheet.

import { parseRange } from "../../engine/plan/address";
import { buildTableData, type TableData } from "../../engine/plan/tableData";
import { cellValueOf } from "./cellEntries";
import type { RequestContextApi } from "./excelApi";

export async function readTablesByName(
  context: RequestContextApi,
  names: readonly string[],
): Promise<Record<string, TableData | null>> {
  const lookups = names.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name,showHeaders,showTotals");
    return { name, table };
  });
  await context.sync();

  const found = lookups.flatMap(({ name, table }) => {
    if (table.isNullObject) return [];
    const sheet = table.worksheet;
    sheet.load("name");
    const range = table.getRange();
    range.load("address,values");
    const columns = table.columns;
    columns.load("items/name");
    return [{ name, table, sheet, range, columns }];
  });
  if (found.length > 0) await context.sync();

  const result: Record<string, TableData | null> = Object.fromEntries(
    names.map((name) => [name, null]),
  );
  for (const { name, table, sheet, range, columns } of found) {
    const bounds = parseRange(range.address.slice(range.address.lastIndexOf("!") + 1));
    if (bounds === undefined) continue;
    // A totals row is not data.
    const dataBounds = table.showTotals
      ? { start: bounds.start, end: { ...bounds.end, row: bounds.end.row - 1 } }
      : bounds;
    const values = range.values;
    result[name] = buildTableData({
      name: table.name,
      sheet: sheet.name,
      bounds: dataBounds,
      hasHeaderRow: table.showHeaders,
      columnNames: columns.items.map((column) => column.name),
      cellAt: ({ row, column }) =>
        cellValueOf(values[row - bounds.start.row]?.[column - bounds.start.column]),
    });
  }
  return result;
}
