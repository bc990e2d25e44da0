// The scanner's cell columns: r read in place for the common spelling, and through the general
// reading (attributeOf + parseCellAddress) for every other, with the same result as that reading.
import { parseCellAddress } from "../../../../src/engine/plan/address";
import {
  findSheetData,
  rowCells,
  sheetRows,
} from "../../../../src/host/ooxml/sheetPatch/sheetScanner";
import { patchWorksheetCells } from "../../../../src/host/ooxml/sheetPatch/patchCells";

const sheet = (cells: string): string =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3">${cells}</row></sheetData></worksheet>`;

function columns(xml: string): { column: number; referenced: boolean }[] {
  const data = findSheetData(xml);
  return [...sheetRows(xml, data)].flatMap((row) =>
    [...rowCells(xml, row, data.prefix)].map(({ column, referenced }) => ({ column, referenced })),
  );
}

describe("the sheet scanner's cell columns", () => {
  it.each([
    ["A3", 1],
    ["Z3", 26],
    ["AA3", 27],
    ["XFD3", 16384],
    ["$C$3", 3],
    ["c3", 3],
    ["B1048576", 2],
  ])("reads r=%s as column %d, as parseCellAddress does", (reference, column) => {
    expect(parseCellAddress(reference)?.column).toBe(column);
    expect(columns(sheet(`<c r="${reference}"><v>1</v></c>`))).toEqual([
      { column, referenced: true },
    ]);
  });

  it.each(["XFE3", "A0", "A1048577", "AAAA3", "3", "A3B"])(
    "takes r=%s, no cell address, as the column after the cell before",
    (reference) => {
      expect(parseCellAddress(reference)).toBeUndefined();
      expect(columns(sheet(`<c r="D3"/><c r="${reference}"><v>1</v></c>`))).toEqual([
        { column: 4, referenced: true },
        { column: 5, referenced: true },
      ]);
    },
  );

  it("reads r after a tab or in single quotes, and counts on from a cell without r", () => {
    expect(columns(sheet(`<c\tr="B3"/><c s="1" r='F3'/><c><v>2</v></c>`))).toEqual([
      { column: 2, referenced: true },
      { column: 6, referenced: true },
      { column: 7, referenced: false },
    ]);
  });

  it("copies a patched row's kept cells byte for byte and gives a cell without r its r", () => {
    const xml = sheet(`<c r="A3" s="2"><v>1</v></c>\n <c><v>2</v></c> <c r="D3"><v>4</v></c>`);
    const patched = patchWorksheetCells(xml, [{ reference: "C3", value: 3 }], "Sheet1");
    expect(patched).toBe(
      sheet(
        `<c r="A3" s="2"><v>1</v></c>\n <c r="B3"><v>2</v></c> <c r="C3"><v>3</v></c><c r="D3"><v>4</v></c>`,
      ),
    );
  });
});
