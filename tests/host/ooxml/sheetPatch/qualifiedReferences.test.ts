// The sheet-qualified references growthRefusals looks for, on formulas as Excel writes them.

import { formatRange } from "../../../../src/engine/plan/address";
import { qualifiedReferences } from "../../../../src/host/ooxml/sheetPatch/qualifiedReferences";

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
