// The ExcelJS host reads each table cell's number format with its value (cell.numFmt), so a 71 %
// typed in Excel (stored 0.71 under "0%") reaches the engine as what it shows.

import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";

async function workbookWithFormats(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  sheet.addTable({
    name: "T",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Code" }, { name: "Value" }],
    rows: [
      ["x", 0.71],
      ["y", 20],
      ["z", 45474],
    ],
  });
  sheet.getCell("B2").numFmt = "0%";
  sheet.getCell("B4").numFmt = "dd/mm/yyyy";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("number formats in the xlsx host", () => {
  it("hands the engine each cell's format code, and none for General", async () => {
    const workbook = await XlsxWorkbook.fromBytes(await workbookWithFormats());
    const rows = (await workbook.readTable("T"))?.rows ?? [];
    expect(rows.map((row) => row.cells[1])).toEqual([
      { value: 0.71, address: "Data!B2", numberFormat: "0%" },
      { value: 20, address: "Data!B3" },
      { value: 45474, address: "Data!B4", numberFormat: "dd/mm/yyyy" },
    ]);
  });
});
