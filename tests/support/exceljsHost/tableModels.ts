// The tables of an ExcelJS worksheet, read from ExcelJS's table models. A table loaded from a file
// keeps its range as `tableRef` and no rows; ExcelJS types getTables() as pairs, but it returns the
// tables themselves. These guards read what is there at run time instead of trusting the typings.

import type ExcelJS from "exceljs";

export interface WorksheetTable {
  readonly name: string;
  /** Including the header row and any totals row, e.g. "A1:F20". */
  readonly range: string;
  readonly hasHeaderRow: boolean;
  readonly hasTotalsRow: boolean;
  readonly columnNames: readonly string[];
  /** The model object, to correct after load. */
  readonly model: TableModel;
}

export interface TableModel {
  name?: unknown;
  tableRef?: unknown;
  headerRow?: unknown;
  totalsRow?: unknown;
  /** The filter's range (header and data rows), when the table has a filter. */
  autoFilterRef?: unknown;
  columns?: unknown;
  /** The table style (<tableStyleInfo>); null when the part has none. */
  style?: unknown;
  /** Data rows, kept only by tables made in this session (ExcelJS's addTable). */
  rows?: unknown;
}

export function worksheetTables(worksheet: ExcelJS.Worksheet): WorksheetTable[] {
  const tables: unknown[] = worksheet.getTables();
  return tables.flatMap((table) => {
    const model = modelOf(table);
    if (model === undefined || typeof model.name !== "string" || typeof model.tableRef !== "string")
      return [];
    return [
      {
        name: model.name,
        range: model.tableRef,
        hasHeaderRow: model.headerRow !== false,
        hasTotalsRow: model.totalsRow === true,
        columnNames: Array.isArray(model.columns) ? model.columns.map(columnName) : [],
        model,
      },
    ];
  });
}

function modelOf(table: unknown): TableModel | undefined {
  if (typeof table !== "object" || table === null || !("model" in table)) return undefined;
  const model = table.model;
  return typeof model === "object" && model !== null ? model : undefined;
}

function columnName(column: unknown): string {
  return typeof column === "object" &&
    column !== null &&
    "name" in column &&
    typeof column.name === "string"
    ? column.name
    : "";
}
