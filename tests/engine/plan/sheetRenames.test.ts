// Renaming a plan's sheets before it is written beside user sheets of the same names: references in
// formulas follow, text in quotes and other sheets' references do not.

import type { WorkbookPlan } from "../../../src/engine/plan/types";
import {
  freeNamesFor,
  renameInFormula,
  renamePlanSheets,
} from "../../../src/engine/plan/sheetRenames";

const RENAMES = new Map([
  ["Checklist", "Checklist (2)"],
  ["About", "About_2"],
]);

describe("renameInFormula", () => {
  it.each([
    ["=AVERAGE(Checklist!$D$5:$K$5)", "=AVERAGE('Checklist (2)'!$D$5:$K$5)"],
    ["=checklist!A1+About!B2", "='Checklist (2)'!A1+About_2!B2"],
    ["='Checklist'!A1", "='Checklist (2)'!A1"],
    [
      "=Indicators!A1+MyChecklist!A1+Checklist.Old!A1",
      "=Indicators!A1+MyChecklist!A1+Checklist.Old!A1",
    ],
    [
      '=IF(A1="Checklist!A1","About!",Checklist!A1)',
      '=IF(A1="Checklist!A1","About!",\'Checklist (2)\'!A1)',
    ],
    ['=IF(A1="say ""Checklist!""",1,2)', '=IF(A1="say ""Checklist!""",1,2)'],
    ["='It''s mine'!A1+Checklist", "='It''s mine'!A1+Checklist"],
    [
      "=C2C.ITEMSCORE(Checklist!D7:K7, C2C_ItemAggregation)",
      "=C2C.ITEMSCORE('Checklist (2)'!D7:K7, C2C_ItemAggregation)",
    ],
  ])("%s → %s", (formula, renamed) => {
    expect(renameInFormula(formula, RENAMES)).toBe(renamed);
  });
});

describe("freeNamesFor and renamePlanSheets", () => {
  const plan: WorkbookPlan = {
    styles: {},
    sheets: [
      {
        name: "Checklist",
        owned: false,
        cells: [
          {
            address: "A1",
            value: 3,
            formula: {
              live: "=C2C.SPREAD(Checklist!B1:C1)",
              portable: "=MAX(Checklist!B1:C1)-MIN(Checklist!B1:C1)",
            },
          },
        ],
      },
      {
        name: "Scoreboard",
        owned: true,
        cells: [
          {
            address: "A1",
            value: 1,
            formula: { live: "=Checklist!A1", portable: "=Checklist!A1" },
          },
        ],
      },
    ],
    names: [{ name: "C2C_Spread", sheet: "Checklist", range: "A1" }],
    edits: [{ sheet: "Checklist", cells: [{ address: "B1", value: 1 }] }],
  };

  it("picks the first free name for each clashing sheet, past the user's and the plan's own names", () => {
    expect(freeNamesFor(plan, ["checklist", "Checklist (2)", "Notes"], ["C2C_AddinData"])).toEqual(
      new Map([["Checklist", "Checklist (3)"]]),
    );
    expect(freeNamesFor(plan, ["Notes"])).toEqual(new Map());
  });

  it("renames the sheets, their formulas in both dialects, the defined names and the edits", () => {
    const renamed = renamePlanSheets(plan, new Map([["Checklist", "Checklist (3)"]]));
    expect(renamed.sheets.map((sheet) => sheet.name)).toEqual(["Checklist (3)", "Scoreboard"]);
    expect(renamed.sheets[0]!.cells[0]!.formula).toEqual({
      live: "=C2C.SPREAD('Checklist (3)'!B1:C1)",
      portable: "=MAX('Checklist (3)'!B1:C1)-MIN('Checklist (3)'!B1:C1)",
    });
    expect(renamed.sheets[1]!.cells[0]!.formula).toEqual({
      live: "='Checklist (3)'!A1",
      portable: "='Checklist (3)'!A1",
    });
    expect(renamed.names).toEqual([{ name: "C2C_Spread", sheet: "Checklist (3)", range: "A1" }]);
    expect(renamed.edits).toEqual([
      { sheet: "Checklist (3)", cells: [{ address: "B1", value: 1 }] },
    ]);
    expect(renamePlanSheets(plan, new Map())).toBe(plan);
  });
});
