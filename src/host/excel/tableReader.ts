// Reads tables by name: one sync finds each table (or learns it is missing), a second loads every
// found table's range, column names and sheet, then the cells (values and number formats) come in
// chunks sized by bytes, one sync each (rangeChunks.ts): 2 + one per chunk, whatever the tables.

import { parseRange } from "../../engine/plan/address";
import { buildTableData, type TableData } from "../../engine/plan/tableData";
import { cellValueOf } from "./cellEntries";
import type { RequestContextApi } from "./excelApi";
import { readAreasInChunks, type ReadArea } from "./rangeChunks";

export async function readTablesByName(
  context: RequestContextApi,
  names: readonly string[],
  budget: number,
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
    range.load("address");
    const columns = table.columns;
    columns.load("items/name");
    return [{ name, table, sheet, range, columns }];
  });
  if (found.length > 0) await context.sync();

  const shapes = found.flatMap((entry) => {
    const address = entry.range.address;
    const bounds = parseRange(address.slice(address.lastIndexOf("!") + 1));
    return bounds === undefined ? [] : [{ ...entry, bounds }];
  });
  const areas: ReadArea[] = shapes.map(({ sheet, bounds }) => ({ sheet: sheet.name, bounds }));
  const cells = await readAreasInChunks(context, areas, budget);

  const result: Record<string, TableData | null> = Object.fromEntries(
    names.map((name) => [name, null]),
  );
  shapes.forEach(({ name, table, sheet, bounds, columns }, index) => {
    const { values, numberFormats } = cells[index] ?? { values: [], numberFormats: [] };
    // A totals row is not data.
    const dataBounds = table.showTotals
      ? { start: bounds.start, end: { ...bounds.end, row: bounds.end.row - 1 } }
      : bounds;
    result[name] = buildTableData({
      name: table.name,
      sheet: sheet.name,
      bounds: dataBounds,
      hasHeaderRow: table.showHeaders,
      columnNames: columns.items.map((column) => column.name),
      cellAt: ({ row, column }) =>
        cellValueOf(values[row - bounds.start.row]?.[column - bounds.start.column]),
      numberFormatAt: ({ row, column }) => {
        const format = numberFormats[row - bounds.start.row]?.[column - bounds.start.column];
        return typeof format === "string" ? format : undefined;
      },
    });
  });
  return result;
}
