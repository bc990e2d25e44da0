// XlsxWorkbook, the host that writes files, reads the file as our own reader does until its first
// change (so a command that writes reads as one that only reads), and its model afterwards; both
// carry each cell's number format.

import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";

async function percentWorkbook(date1904: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("Data");
  sheet.addTable({
    name: "Values",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Share" }, { name: "Day" }],
    rows: [[0.71, 43844]],
  });
  sheet.getCell("A2").numFmt = "0%";
  sheet.getCell("B2").numFmt = "dd/mm/yyyy";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

it("reads the unchanged file with our reader: number formats, and a 1904 workbook's dates as 1900 serials", async () => {
  const workbook = await XlsxWorkbook.fromBytes(await percentWorkbook(true));
  const table = await workbook.readTable("Values");
  expect(table?.rows[0]?.cells).toEqual([
    { value: 0.71, address: "Data!A2", numberFormat: "0%" },
    // 43844 days after 1904-01-01 is 2024-01-15, serial 45306 in the 1900 system.
    { value: 45306, address: "Data!B2", numberFormat: "dd/mm/yyyy" },
  ]);
});

it("reads its model once changed, number formats included", async () => {
  const workbook = await XlsxWorkbook.fromBytes(await percentWorkbook(false));
  await workbook.writeAddinData({ note: "changed" });
  expect(await workbook.readAddinData()).toEqual({ note: "changed" });
  const table = await workbook.readTable("Values");
  expect(table?.rows[0]?.cells[0]).toEqual({ value: 0.71, address: "Data!A2", numberFormat: "0%" });
  expect(table?.rows[0]?.cells[1]?.numberFormat).toBe("dd/mm/yyyy");
  expect(table?.rows[0]?.cells[1]?.value).toBeCloseTo(43844, 9);
});
