// The Office.js host's pure parts: cell entries, rectangles, value blocks, batch packing, name
// references, "(previous)" names, column widths.

import fc from "fast-check";
import { formatCellAddress, rangePositions } from "../../../src/engine/plan/address";
import {
  COMMAND_OVERHEAD_BYTES,
  jsonBytes,
  packBatches,
  writeStep,
} from "../../../src/host/excel/batches";
import {
  cellValueOf,
  formulaEntry,
  textEntry,
  valueEntry,
} from "../../../src/host/excel/cellEntries";
import { previousSheetName } from "../../../src/host/plan/previousSheets";
import { columnWidthPoints } from "../../../src/host/excel/formatSteps";
import { coveringRectangles } from "../../../src/host/excel/rectangles";
import { valueBlocks } from "../../../src/host/excel/valueBlocks";
import { rangeReference } from "../../../src/host/excel/workbookState";
import { typedText } from "./fake/model";

describe("cell entries", () => {
  it.each([
    ["Established", "Established"],
    ["n/a", "n/a"],
    ["?", "?"],
    ["", ""],
    ["11.1.1", "'11.1.1"],
    ["2023.10", "'2023.10"],
    ["Score 2024", "'Score 2024"],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["-", "'-"],
    ["+1", "'+1"],
    ["@home", "'@home"],
    ["#N/A", "'#N/A"],
    ["'quoted", "''quoted"],
    ["TRUE", "'TRUE"],
    [" false ", "' false "],
  ])("text %j is written as %j", (text, entry) => {
    expect(textEntry(text)).toBe(entry);
  });

  it("keeps every text a text through Excel's typing rules (as the fake types them)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const entry = textEntry(text);
        const stored = entry.startsWith("'")
          ? entry.slice(1)
          : entry === ""
            ? ""
            : typedText(entry);
        expect(stored).toBe(text);
      }),
    );
  });

  it("writes numbers, booleans and blanks as they are, formulas in the chosen dialect", () => {
    expect(valueEntry(42.5)).toBe(42.5);
    expect(valueEntry(false)).toBe(false);
    expect(valueEntry(null)).toBe("");
    const cell = {
      address: "B2",
      value: 0.5,
      formula: { live: "=C2C.SCORE(A2,0,1)", portable: "=A2/1" },
    };
    expect(formulaEntry(cell, "live")).toBe("=C2C.SCORE(A2,0,1)");
    expect(formulaEntry(cell, "portable")).toBe("=A2/1");
  });

  it.each([
    ["", null],
    [42.5, 42.5],
    [true, true],
    ["text", "text"],
    ["#N/A", { errorCode: "#N/A" }],
    ["#DIV/0!", { errorCode: "#DIV/0!" }],
    ["#SPILL!", { errorCode: "#SPILL!" }],
    ["#N/A and more", "#N/A and more"],
  ])("reads %j from range.values as %j", (value, expected) => {
    expect(cellValueOf(value)).toEqual(expected);
  });
});

describe("coveringRectangles", () => {
  it("covers a column of cells with one rectangle and an L shape with two", () => {
    const column = Array.from({ length: 9_300 }, (_, index) => ({ row: index + 5, column: 3 }));
    expect(coveringRectangles(column)).toEqual([
      { start: { row: 5, column: 3 }, end: { row: 9_304, column: 3 } },
    ]);
    const lShape = [
      { row: 1, column: 1 },
      { row: 1, column: 2 },
      { row: 2, column: 1 },
    ];
    expect(coveringRectangles(lShape)).toEqual([
      { start: { row: 1, column: 1 }, end: { row: 1, column: 2 } },
      { start: { row: 2, column: 1 }, end: { row: 2, column: 1 } },
    ]);
  });

  it("covers exactly the given cells with disjoint rectangles", () => {
    const cells = fc.uniqueArray(
      fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 8 }) }),
      {
        selector: (cell) => `${cell.row}:${cell.column}`,
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(cells, (positions) => {
        const covered = coveringRectangles(positions).flatMap((bounds) =>
          rangePositions(bounds).map((position) => formatCellAddress(position)),
        );
        expect(new Set(covered).size).toBe(covered.length);
        expect(new Set(covered)).toEqual(
          new Set(positions.map((position) => formatCellAddress(position))),
        );
      }),
    );
  });
});

describe("valueBlocks", () => {
  const bounds = { start: { row: 3, column: 2 }, end: { row: 402, column: 6 } };
  const entryAt = (row: number, column: number): string | number =>
    column % 2 === 0 ? `text ${row}-${column}` : row * column;

  it("cuts a rectangle into row bands under the size, which together give back every cell", () => {
    const maxBytes = 2_000;
    const blocks = valueBlocks(bounds, entryAt, maxBytes);
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) expect(jsonBytes(block.formulas)).toBeLessThanOrEqual(maxBytes);
    const seen = new Map<string, unknown>();
    for (const block of blocks) {
      block.formulas.forEach((row, rowIndex) => {
        row.forEach((entry, columnIndex) =>
          seen.set(
            formatCellAddress({
              row: block.bounds.start.row + rowIndex,
              column: block.bounds.start.column + columnIndex,
            }),
            entry,
          ),
        );
      });
    }
    expect(seen.size).toBe(400 * 5);
    for (const position of rangePositions(bounds))
      expect(seen.get(formatCellAddress(position))).toBe(entryAt(position.row, position.column));
  });

  it("cuts a row too long for one block into pieces, and refuses a cell larger than a block", () => {
    const wide = { start: { row: 1, column: 1 }, end: { row: 1, column: 40 } };
    const blocks = valueBlocks(wide, () => "x".repeat(50), 300);
    expect(blocks.map((block) => block.bounds.start.column)).toEqual([
      1, 6, 11, 16, 21, 26, 31, 36,
    ]);
    for (const block of blocks) expect(jsonBytes(block.formulas)).toBeLessThanOrEqual(300);
    expect(() => valueBlocks(wide, () => "x".repeat(400), 300)).toThrow(/alone exceeds 300 bytes/);
  });
});

describe("packBatches", () => {
  const step = (bytes: number) => writeStep(0, ["x".repeat(bytes - 2)], () => undefined);

  it("packs steps in order, each batch within the budget", () => {
    const steps = [step(400), step(300), step(300), step(900), step(100)];
    expect(packBatches(steps, 1_000).map((batch) => batch.map((each) => each.bytes))).toEqual([
      [400, 300, 300],
      [900, 100],
    ]);
    expect(() => packBatches([step(1_001)], 1_000)).toThrow(/more than the batch budget/);
  });

  it("counts a command's overhead besides its data", () => {
    expect(writeStep(3, [[1, 2], "ab"], () => undefined).bytes).toBe(
      3 * COMMAND_OVERHEAD_BYTES + 5 + 4,
    );
  });
});

describe("rangeReference", () => {
  it.each([
    ["=Settings!$B$3", { sheet: "Settings", range: "B3" }],
    ["='Partner data'!$A$1:$B$2", { sheet: "Partner data", range: "A1:B2" }],
    ["='It''s'!$C$4", { sheet: "It's", range: "C4" }],
    ["=#REF!$B$8", undefined],
    ["=Sheet1!$A$1,Sheet1!$B$2", undefined],
    ["=0.5", undefined],
    [12, undefined],
  ])("reads %j as %j", (formula, expected) => {
    expect(rangeReference(formula)).toEqual(expected);
  });
});

describe("names and sizes", () => {
  it("names a previous sheet within Excel's 31 characters", () => {
    expect(previousSheetName("Scoreboard")).toBe("Scoreboard (previous)");
    const long = previousSheetName("A very long scoreboard name xyz");
    expect(long).toBe("A very long scoreboa (previous)");
    expect(long).toHaveLength(31);
  });

  it("converts a width in characters to points (7-pixel digits, 5 pixels of padding, 0.75 pt a pixel)", () => {
    expect(columnWidthPoints(10)).toBeCloseTo(56.25, 12);
    expect(columnWidthPoints(24)).toBeCloseTo(129.75, 12);
  });
});
