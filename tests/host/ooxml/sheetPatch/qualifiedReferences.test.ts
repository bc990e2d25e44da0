// The sheet-qualified references growthRefusals looks for, on formulas as Excel writes them.

import { formatRange } from "../../../../src/engine/plan/address";
import { resolveTableEdits } from "../../../../src/engine/plan/tableGrowth";
import {
  qualifiedReferences,
  sheetFormulaAfterGrowth,
} from "../../../../src/host/ooxml/sheetPatch/qualifiedReferences";

describe("qualifiedReferences", () => {
  it.each([
    ["Checklist!$H$2:$H$20", [["Checklist", "H2:H20"]]],
    [
      "'Partner cities'!B7*2+'It''s'!A1",
      [
        ["Partner cities", "B7"],
        ["It's", "A1"],
      ],
    ],
    ["SUM(Checklist!H:H)", [["Checklist", "H1:H1048576"]]],
    ["SUM(Checklist!2:2)", []],
    ['"Checklist!H2"&A1', []],
    ["[1]Checklist!H2+'[2]Other'!A1", []],
    [
      "C2C.SCORE(Checklist!D2:E2,Settings!$B$3)",
      [
        ["Checklist", "D2:E2"],
        ["Settings", "B3"],
      ],
    ],
    ["Données_2024!A1", [["Données_2024", "A1"]]],
  ])("%s", (formula, expected) => {
    expect(
      qualifiedReferences(formula).map(({ sheet, bounds }) => [sheet, formatRange(bounds)]),
    ).toEqual(expected);
  });
});

describe("sheetFormulaAfterGrowth", () => {
  // Table A1:C4 of the sheet "Checklist" (Item, Ana, Score), one column inserted before Score (C):
  // cells C1:XFD4 move one column right. Expected texts are Excel's own insert, worked by hand.
  const [growth] = resolveTableEdits(
    [
      {
        table: "Answers",
        insertColumns: { before: "Score", columns: [{ header: "Li", values: [1, 2, 3] }] },
      },
    ],
    () => ({
      name: "Answers",
      sheet: "Checklist",
      bounds: { start: { row: 1, column: 1 }, end: { row: 4, column: 3 } },
      headers: ["Item", "Ana", "Score"],
      hasHeaderRow: true,
      hasTotalsRow: false,
    }),
  );

  it.each([
    // A range over the insertion widens: its start stays, its end moves.
    ["SUM(Checklist!B2:C4)", "SUM(Checklist!B2:D4)"],
    ["'Checklist'!$C$2*2", "'Checklist'!$D$2*2"],
    ["CHECKLIST!C3", "CHECKLIST!D3"],
    // Unqualified references move as before; another sheet's stay, the end of a range included.
    ["Other!C2+C2", "Other!C2+D2"],
    ["SUM(Other!B2:C3)", "SUM(Other!B2:C3)"],
    // Below the table's rows, and text in quotes, nothing moves.
    ["Checklist!C5+C5", "Checklist!C5+C5"],
    ['"Checklist!C2"&Checklist!C3', '"Checklist!C2"&Checklist!D3'],
  ])("%s becomes %s", (formula, expected) => {
    if (growth === undefined) throw new Error("no growth");
    expect(sheetFormulaAfterGrowth(formula, growth)).toBe(expected);
  });
});
