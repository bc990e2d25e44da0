// Builds .xlsx files the way a user's workbook would come: with plain ExcelJS, table parts without
// headerRowCount (Excel omits it), and reads written files back with plain ExcelJS.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../../src/engine/cells";
import { isCellError } from "../../../src/engine/cells";
import { formatCellAddress, parseRange } from "../../../src/engine/plan/address";
import type { MemoryCellInput, MemoryTableInput } from "../../../src/host/memory/memoryWorkbook";
import type { UserProtection } from "../contract/portContract";

function excelValue(input: MemoryCellInput): ExcelJS.CellValue {
  if (input === undefined || input === null) return null;
  if (isCellError(input)) return { error: input.errorCode as ExcelJS.CellErrorValue["error"] };
  if (typeof input === "object")
    return { formula: input.formula.slice(1), result: excelValue(input.value) as number };
  return input;
}

/** An .xlsx package holding these sheets and tables, its table parts written as Excel writes them. */
export async function userXlsx(
  sheets: Record<string, MemoryCellInput[][]>,
  tables: MemoryTableInput[],
  protection: UserProtection = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    rows.forEach((row, rowIndex) => {
      row.forEach((input, columnIndex) => {
        worksheet.getCell(rowIndex + 1, columnIndex + 1).value = excelValue(input);
      });
    });
  }
  for (const table of tables) {
    const worksheet = workbook.getWorksheet(table.sheet)!;
    const bounds = parseRange(table.range)!;
    const headerRow = sheets[table.sheet]![bounds.start.row - 1]!;
    const rows: ExcelJS.CellValue[][] = [];
    for (let row = bounds.start.row + 1; row <= bounds.end.row; row++) {
      const values: ExcelJS.CellValue[] = [];
      for (let column = bounds.start.column; column <= bounds.end.column; column++)
        values.push(excelValue(sheets[table.sheet]![row - 1]?.[column - 1] ?? null));
      rows.push(values);
    }
    worksheet.addTable({
      name: table.name,
      ref: formatCellAddress(bounds.start),
      columns: headerRow.slice(bounds.start.column - 1, bounds.end.column).map((header) => ({
        name: typeof header === "string" ? header : JSON.stringify(header),
        filterButton: true,
      })),
      rows,
    });
  }
  for (const sheet of protection.sheets ?? []) await workbook.getWorksheet(sheet)!.protect("", {});
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  for (const part of zip.file(/^xl\/tables\/.*\.xml$/)) {
    zip.file(part.name, (await part.async("string")).replace(/ headerRowCount="1"/, ""));
  }
  if (protection.structure === true) {
    // ExcelJS cannot write workbook protection; Excel puts it after <workbookPr> (CT_Workbook order).
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      workbookXml.replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'),
    );
  }
  return zip.generateAsync({ type: "uint8array" });
}

export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "error" in value) return { errorCode: value.error };
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}
