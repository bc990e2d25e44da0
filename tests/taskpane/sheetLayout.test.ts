import { emptySheet } from "../../src/host/memory/memorySheet";
import {
  columnWidthPx,
  isSelected,
  MIN_COLUMNS,
  MIN_ROWS,
  selectionLastRow,
  sheetLayout,
} from "../../src/taskpane/preview/sheetLayout";

describe("sheetLayout", () => {
  it("covers the used range from A1, padded to a minimum", () => {
    const sheet = emptySheet("Indicators");
    sheet.cells.set("H1042", { value: 3 });
    sheet.cells.set("B2", { value: "x" });
    const layout = sheetLayout(sheet);
    expect(layout.rows).toBe(1042);
    expect(layout.columns).toBe(8);
    expect(layout.letters).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    const empty = sheetLayout(emptySheet("Notes"));
    expect([empty.rows, empty.columns]).toEqual([MIN_ROWS, MIN_COLUMNS]);
  });

  it("knows which cells the selection covers, on its own sheet only (names compared without case)", () => {
    const selection = { sheet: "Indicators", range: "B3:C4" };
    expect(isSelected(selection, "indicators", 3, 2)).toBe(true);
    expect(isSelected(selection, "Indicators", 4, 3)).toBe(true);
    expect(isSelected(selection, "Indicators", 5, 3)).toBe(false);
    expect(isSelected(selection, "Checklist", 3, 2)).toBe(false);
    expect(isSelected(null, "Indicators", 3, 2)).toBe(false);
    expect(selectionLastRow(selection, "Indicators")).toBe(4);
    expect(selectionLastRow(selection, "About")).toBe(0);
  });

  it("turns Excel column widths (characters) into pixels within bounds", () => {
    expect(columnWidthPx(undefined)).toBe(72);
    expect(columnWidthPx(10)).toBe(75);
    expect(columnWidthPx(1)).toBe(32);
    expect(columnWidthPx(200)).toBe(320);
  });
});
