// A table as ExcelJS's model holds it, as TableData: what XlsxWorkbook reads once the workbook has
// changed (until then it reads the file with our own reader, xlsxPackageReader.ts). Dates come back
// as serial numbers of the workbook's own date system (ExcelJS hands them over as Date objects).

import type ExcelJS from "exceljs";
import { parseRange } from "../../../src/engine/plan/address";
import { sameName } from "../../../src/engine/plan/names";
import { buildTableData, type TableData } from "../../../src/engine/plan/tableData";
import { readCellValue } from "./readCell";
import { worksheetTables } from "./tableModels";

/** A table by name (without case) in ExcelJS's model; null when there is none. */
export function modelTableData(workbook: ExcelJS.Workbook, name: string): TableData | null {
  const date1904 = workbook.properties.date1904;
  for (const worksheet of workbook.worksheets) {
    const table = worksheetTables(worksheet).find((candidate) => sameName(candidate.name, name));
    const bounds = table === undefined ? undefined : parseRange(table.range);
    if (table === undefined || bounds === undefined) continue;
    const dataBounds = table.hasTotalsRow
      ? { start: bounds.start, end: { ...bounds.end, row: bounds.end.row - 1 } }
      : bounds;
    return buildTableData({
      name: table.name,
      sheet: worksheet.name,
      bounds: dataBounds,
      hasHeaderRow: table.hasHeaderRow,
      columnNames: table.columnNames,
      cellAt: ({ row, column }) =>
        readCellValue(worksheet.findCell(row, column)?.value ?? null, date1904),
      numberFormatAt: ({ row, column }) => worksheet.findCell(row, column)?.numFmt,
    });
  }
  return null;
}
