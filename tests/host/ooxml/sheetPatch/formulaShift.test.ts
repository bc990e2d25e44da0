// A formula copied to another cell, against worked examples and against ExcelJS, which translates a
// shared formula's members itself when it reads a sheet (an independent implementation).

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { shiftFormula } from "../../../../src/host/ooxml/sheetPatch/formulaShift";

describe("shiftFormula", () => {
  it.each([
    ["A1*2", 1, 0, "A2*2"],
    ["A1+$A$1+A$1+$A1", 2, 3, "D3+$A$1+D$1+$A3"],
    ["SUM(A1:B2)", 1, 1, "SUM(B2:C3)"],
    ["Data!B2+'My sheet'!C3", 1, 0, "Data!B3+'My sheet'!C4"],
    ['"A1"&A1', 0, 1, '"A1"&B1'],
    ["SUM(A:A)+SUM($B:C)", 0, 2, "SUM(C:C)+SUM($B:E)"],
    ["SUM(1:1)+SUM($2:3)", 3, 0, "SUM(4:4)+SUM($2:6)"],
    ["LOG10(A1)+ATAN2(B1,1)", 1, 0, "LOG10(A2)+ATAN2(B2,1)"],
    ["C2C.SCORE(A1)", 1, 0, "C2C.SCORE(A2)"],
    ["Table1[[#This Row],[A1]]+A1", 1, 0, "Table1[[#This Row],[A1]]+A2"],
    ["1.5E+3+A1", 0, 1, "1.5E+3+B1"],
    ["_xlfn.STDEV.S(A1:A3)", 1, 0, "_xlfn.STDEV.S(A2:A4)"],
    ["A1", -1, 0, "#REF!"],
    ["XFD1", 0, 1, "#REF!"],
  ])("%s moved by %i rows and %i columns reads %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, { rows, columns })).toBe(expected);
  });
});

describe("shiftFormula agrees with ExcelJS's reading of shared formulas", () => {
  const MASTER = "A2*$A$1+SUM(A$1:A2)+MAX($A2:B$2)+Other!C2";

  it("on every member of a group filled over B2:D6", async () => {
    const rows = [2, 3, 4, 5, 6];
    const cells = (row: number): string =>
      ["B", "C", "D"]
        .map((column) => {
          const f =
            row === 2 && column === "B"
              ? `<f t="shared" ref="B2:D6" si="0">${MASTER}</f>`
              : '<f t="shared" si="0"/>';
          return `<c r="${column}${row}">${f}<v>0</v></c>`;
        })
        .join("");
    const sheetXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>${rows.map((row) => `<row r="${row}">${cells(row)}</row>`).join("")}</sheetData></worksheet>`;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    workbook.addWorksheet("Other");
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    zip.file("xl/worksheets/sheet1.xml", sheetXml);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
    const sheet = read.getWorksheet("Data");
    let compared = 0;
    for (const row of rows) {
      for (const [index, column] of ["B", "C", "D"].entries()) {
        const expected = sheet?.getCell(`${column}${row}`).formula;
        expect(shiftFormula(MASTER, { rows: row - 2, columns: index })).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBe(15);
  });
});
