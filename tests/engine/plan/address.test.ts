import fc from "fast-check";
import {
  absoluteReference,
  columnLetters,
  columnNumber,
  formatCellAddress,
  formatRange,
  parseCellAddress,
  parseRange,
  qualifiedAddress,
  quoteSheetName,
  rangeContains,
  rangePositions,
  rangesOverlap,
} from "../../../src/engine/plan/address";

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
    expect(columnNumber(letters.toLowerCase())).toBe(column);
  });

  it("round-trips every column number through its letters", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16384 }),
        (column) => columnNumber(columnLetters(column)) === column,
      ),
    );
  });

  it("rejects columns and rows beyond Excel's grid", () => {
    expect(() => columnLetters(0)).toThrow(RangeError);
    expect(() => columnLetters(16385)).toThrow(RangeError);
    expect(columnNumber("XFE")).toBeUndefined();
    expect(columnNumber("A1")).toBeUndefined();
    expect(parseCellAddress("A1048577")).toBeUndefined();
    expect(parseCellAddress("A0")).toBeUndefined();
    expect(parseCellAddress("ZZZZ1")).toBeUndefined();
    expect(parseCellAddress("Sheet!A1")).toBeUndefined();
  });

  it("reads an address as the A1 pattern does, for any short text of address characters", () => {
    // The reference: Excel's A1 cell address as a pattern, with the grid's limits checked after.
    const pattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
    const byPattern = (text: string): { row: number; column: number } | undefined => {
      const match = pattern.exec(text.trim());
      if (match === null) return undefined;
      let column = 0;
      for (const letter of (match[1] ?? "").toUpperCase())
        column = column * 26 + letter.charCodeAt(0) - 64;
      const row = Number(match[2]);
      return column > 16384 || row < 1 || row > 1048576 ? undefined : { row, column };
    };
    const characters = fc.constantFrom(..."$AaBXxFDdZz0123456789 :!".split(""));
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(parseCellAddress(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of [
      "XFD1048576",
      "XFE1",
      "xfd1",
      "A00000001",
      "A0000001",
      "$$A1",
      "A$$1",
      "A1$",
    ])
      expect(parseCellAddress(text)).toEqual(byPattern(text));
  });

  it("parses and prints cell addresses, absolute or not", () => {
    expect(parseCellAddress("B7")).toEqual({ row: 7, column: 2 });
    expect(parseCellAddress("$AB$12")).toEqual({ row: 12, column: 28 });
    expect(parseCellAddress(" c3 ")).toEqual({ row: 3, column: 3 });
    expect(formatCellAddress({ row: 12, column: 28 })).toBe("AB12");
    expect(formatCellAddress({ row: 12, column: 28 }, true)).toBe("$AB$12");
  });

  it("normalises ranges given in any corner order", () => {
    expect(parseRange("C5:A1")).toEqual({
      start: { row: 1, column: 1 },
      end: { row: 5, column: 3 },
    });
    expect(formatRange(parseRange("C5:A1")!)).toBe("A1:C5");
    expect(formatRange(parseRange("B2")!)).toBe("B2");
    expect(formatRange(parseRange("B2:D3")!, true)).toBe("$B$2:$D$3");
    expect(parseRange("A1:B2:C3")).toBeUndefined();
    expect(parseRange("A1:")).toBeUndefined();
  });

  it("answers containment and overlap, and lists a range's cells row by row", () => {
    const range = parseRange("B2:C3")!;
    expect(rangeContains(range, { row: 3, column: 3 })).toBe(true);
    expect(rangeContains(range, { row: 4, column: 3 })).toBe(false);
    expect(rangesOverlap(range, parseRange("C3:D9")!)).toBe(true);
    expect(rangesOverlap(range, parseRange("D1:D9")!)).toBe(false);
    expect(rangePositions(range).map((position) => formatCellAddress(position))).toEqual([
      "B2",
      "C2",
      "B3",
      "C3",
    ]);
  });

  it.each([
    ["Indicators", "Indicators"],
    ["Partner data", "'Partner data'"],
    ["Cities' data", "'Cities'' data'"],
    ["2024", "'2024'"],
    ["A1", "'A1'"],
    ["R2C3", "'R2C3'"],
    ["Data_2024.v2", "Data_2024.v2"],
    ["Ação", "'Ação'"],
  ])("quotes the sheet name %s as %s", (sheet, quoted) => {
    expect(quoteSheetName(sheet)).toBe(quoted);
  });

  it("builds sheet-qualified and absolute references", () => {
    expect(qualifiedAddress("Partner data", "B7")).toBe("'Partner data'!B7");
    expect(absoluteReference("Settings", "b3")).toBe("Settings!$B$3");
    expect(absoluteReference("SDG index", "A1:A17")).toBe("'SDG index'!$A$1:$A$17");
    expect(() => absoluteReference("Settings", "nonsense")).toThrow(RangeError);
  });

  it.each([
    ["B7", "Settings!$B$7"],
    ["XFD1048576", "Settings!$XFD$1048576"],
    ["AB10", "Settings!$AB$10"],
    ["B07", "Settings!$B$7"],
    ["$B$7", "Settings!$B$7"],
    [" B7 ", "Settings!$B$7"],
    ["ab12", "Settings!$AB$12"],
  ])("prints the one cell %s as %s", (address, printed) => {
    expect(absoluteReference("Settings", address)).toBe(printed);
  });

  it.each(["XFE1", "B1048577", "A0", "B", "7", "ABCD1", "B7x"])(
    "refuses %s, which is no cell",
    (address) => {
      expect(() => absoluteReference("Settings", address)).toThrow(RangeError);
    },
  );
});
