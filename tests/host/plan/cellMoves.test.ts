import { parseRange, type RangeBounds } from "../../../src/engine/plan/address";
import type { TableGrowth } from "../../../src/engine/plan/tableGrowth";
import {
  cellMoves,
  movedConditionalFormat,
  movedFormula,
  movedRanges,
  oneColumnInsert,
} from "../../../src/host/plan/cellMoves";

function bounds(address: string): RangeBounds {
  const parsed = parseRange(address);
  if (parsed === undefined) throw new Error(`not a range: ${address}`);
  return parsed;
}

// A table over B2:D5 growing two columns inserted before its column D (sheet column 4).
const growth: TableGrowth = {
  table: "Checklist",
  sheet: "Checklist",
  before: bounds("B2:D5"),
  after: bounds("B2:F5"),
  insertAt: 4,
  inserted: [
    { header: "Score 2025", values: [] },
    { header: "Score 2026", values: [] },
  ],
  styleSource: 3,
  appended: [],
  headers: ["ID", "Item", "Score 2025", "Score 2026", "Notes"],
  newlyCovered: [],
};

describe("cellMoves", () => {
  it("moves the table's rows from the insertion column rightwards, rightmost first", () => {
    const moves = cellMoves(growth, 5);
    expect(moves.slice(0, 2)).toEqual([
      { from: { row: 2, column: 5 }, to: { row: 2, column: 7 } },
      { from: { row: 2, column: 4 }, to: { row: 2, column: 6 } },
    ]);
    expect(moves).toHaveLength(8);
    expect(
      moves.every(({ from, to }) => from.row === to.row && to.column === from.column + 2),
    ).toBe(true);
  });

  it("moves nothing when no column is inserted", () => {
    expect(cellMoves({ ...growth, inserted: [] }, 5)).toEqual([]);
  });

  it("rewrites a same-sheet formula's reference to a moved cell, leaving the others", () => {
    expect(movedFormula("=D3*2+C3", growth)).toBe("=F3*2+C3");
    expect(movedFormula("=D9+Checklist!D3", growth)).toBe("=D9+Checklist!D3");
  });

  it("keeps an absolute reference absolute while it moves", () => {
    expect(movedFormula("=$D$3+D$4", growth)).toBe("=$F$3+F$4");
  });

  it("widens a range across the insertion point and shifts one right of it", () => {
    expect(movedRanges("C3:D5", growth)).toBe("C3:F5");
    expect(movedRanges("D3:E5", growth)).toBe("F3:G5");
    expect(movedRanges("A3:B5 H1:H9", growth)).toBe("A3:B5 H1:H9");
    expect(movedFormula("=SUM(C3:D5)", growth)).toBe("=SUM(C3:F5)");
  });

  it("moves a conditional format's range and its rule formulas with the cells", () => {
    expect(movedConditionalFormat("D3:D5 E3:E5", ['=$D3="Yes"', "=E3>2"], growth)).toEqual({
      range: "F3:F5 G3:G5",
      formulas: ['=$F3="Yes"', "=G3>2"],
    });
  });

  it("describes Excel's one-column insert as a growth of one column", () => {
    const one = oneColumnInsert("Checklist", "Checklist", bounds("B2:D5"), 3);
    expect(one.after).toEqual(bounds("B2:E5"));
    expect(movedFormula("=C3", one)).toBe("=D3");
    expect(cellMoves(one, 4)[0]).toEqual({
      from: { row: 2, column: 4 },
      to: { row: 2, column: 5 },
    });
  });
});
