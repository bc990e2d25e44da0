// Every formula cell of an .xlsx package with the value cached beside it, read with ExcelJS the way
// the runner's xlsx host reads cells (errors as { errorCode }, dates as serial numbers).

import ExcelJS from "exceljs";
import { readCellValue } from "../../tests/support/exceljsHost/readCell";
import type { CellValue } from "../../src/engine/cells";

export interface FormulaCell {
  readonly sheet: string;
  /** A1 address on the sheet, e.g. "L5". */
  readonly address: string;
  /** The formula as the file stores it, without the leading "=". */
  readonly formula: string;
  /** The cached result. */
  readonly value: CellValue;
}

export async function readFormulaCells(bytes: Uint8Array): Promise<FormulaCell[]> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its input as its own Buffer type; it reads through JSZip, which takes Node Buffers.
  const buffer: unknown = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const date1904 = workbook.properties.date1904;
  const cells: FormulaCell[] = [];
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        // `cell.formula` also spells out the cells of a shared formula, translated to their position.
        cells.push({
          sheet: worksheet.name,
          address: cell.address,
          formula: cell.formula,
          value: readCellValue(cell.value, date1904),
        });
      });
    });
  }
  return cells;
}

/** "Sheet!A1", the key cells of two readings of the same workbook are matched by. */
export function cellKey(cell: { readonly sheet: string; readonly address: string }): string {
  return `${cell.sheet}!${cell.address}`;
}
