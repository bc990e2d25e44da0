// Plain sheets read as the contract's tables in ExcelJS's model. A sheet export, a CSV opened and
// saved, or pandas' DataFrame.to_excel keeps the cells but no Excel table; a plain contract sheet
// (plainSheetRules.ts) becomes the named table in the workbook's model, so the scored copy holds it
// as the named Excel table (README, "The workbook contract").

import type ExcelJS from "exceljs";
import { columnLetters } from "../../../src/engine/plan/address";
import {
  plainSheetCandidates,
  plainTableLayout,
  type AdoptedSheet,
  type PlainGrid,
  type PlainSheetRule,
} from "../../../src/host/xlsx/plainSheetRules";

export type { AdoptedSheet } from "../../../src/host/xlsx/plainSheetRules";
import { worksheetTables } from "./tableModels";

/** Turns each plain contract sheet into its named table; returns what it turned. */
export function adoptPlainSheets(workbook: ExcelJS.Workbook): AdoptedSheet[] {
  const existing = workbook.worksheets.flatMap((worksheet) =>
    worksheetTables(worksheet).map((table) => table.name),
  );
  return plainSheetCandidates(
    existing,
    workbook.worksheets,
    (worksheet) => worksheet.name,
    (worksheet) => worksheetTables(worksheet).length > 0,
  ).flatMap(({ rule, sheet }) => {
    const range = adopt(sheet, rule);
    return range === undefined ? [] : [{ sheet: sheet.name, table: rule.table, range }];
  });
}

function adopt(worksheet: ExcelJS.Worksheet, rule: PlainSheetRule): string | undefined {
  const layout = plainTableLayout(worksheetGrid(worksheet), rule);
  if (layout === undefined) return undefined;
  const { first, headers, lastRow } = layout;
  const last = first + headers.length - 1;
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = 2; row <= lastRow; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let column = first; column <= last; column++)
      values.push(worksheet.getCell(row, column).value);
    rows.push(values);
  }
  // addTable writes the header and the rows back into their cells: the same values, styles kept.
  const table = worksheet.addTable({
    name: rule.table,
    ref: `${columnLetters(first)}1`,
    headerRow: true,
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  // No table style: the sheet keeps the look it had (as tables read without one, loadedTables.ts).
  const style = (table as unknown as { table?: { style?: { theme?: unknown } } }).table?.style;
  if (style !== undefined) style.theme = null;
  return `${columnLetters(first)}1:${columnLetters(last)}${lastRow}`;
}

function worksheetGrid(worksheet: ExcelJS.Worksheet): PlainGrid {
  return {
    width: worksheet.columnCount,
    headerAt: (column) => headerText(worksheet.getCell(1, column)),
    lastFilledRow: (first, last) => {
      let lastRow = 1;
      worksheet.eachRow((row, rowNumber) => {
        for (let column = first; column <= last; column++) {
          const value = row.getCell(column).value;
          if (value !== null && value !== undefined && value !== "") lastRow = rowNumber;
        }
      });
      return lastRow;
    },
  };
}

function headerText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (value !== null && typeof value === "object" && "richText" in value)
    return value.richText
      .map((run) => run.text)
      .join("")
      .trim();
  return "";
}
