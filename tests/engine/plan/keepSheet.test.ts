import { parseSheetRange } from "../../../src/engine/plan/address";
import { keepSheetSteps } from "../../../src/engine/plan/keepSheet";
import type { WorkbookInventory } from "../../../src/engine/plan/placement";
import { PlanConflictError, PlanError } from "../../../src/engine/plan/planError";

const inventory: WorkbookInventory = {
  sheets: [
    { name: "Inputs", owned: false },
    { name: "Scoreboard", owned: true },
    { name: "Scoreboard (previous)", owned: true },
    { name: "Programme", owned: true },
  ],
  tables: [
    { name: "C2C_Principles", sheet: "Scoreboard" },
    { name: "C2C_Old", sheet: "Scoreboard (previous)" },
    { name: "C2C_Checklist", sheet: "Inputs" },
  ],
  names: [
    { name: "MeanScore", sheet: "Scoreboard", range: "B8" },
    { name: "OldMean", sheet: "Scoreboard (previous)", range: "B8" },
    { name: "WorstMode", sheet: "Inputs", range: "B3" },
    { name: "Constant" },
  ],
  reservedSheets: ["C2C_AddinData"],
};

describe("keepSheetSteps", () => {
  it("renames an owned sheet, deleting the older owned copy, releasing its tables and the names into both", () => {
    expect(keepSheetSteps(inventory, "SCOREBOARD", "Scoreboard (previous)")).toEqual({
      sheet: "Scoreboard",
      keptName: "Scoreboard (previous)",
      deleteFirst: "Scoreboard (previous)",
      tablesToRelease: ["C2C_Principles"],
      namesToRemove: ["MeanScore", "OldMean"],
      ownedSheets: ["Programme", "Scoreboard (previous)"],
    });
  });

  it("needs no deletion when the kept name is free", () => {
    const steps = keepSheetSteps(inventory, "Programme", "Programme (previous)");
    expect(steps).toEqual({
      sheet: "Programme",
      keptName: "Programme (previous)",
      tablesToRelease: [],
      namesToRemove: [],
      ownedSheets: ["Scoreboard", "Scoreboard (previous)", "Programme (previous)"],
    });
  });

  it("is undefined for a sheet the workbook does not have", () => {
    expect(keepSheetSteps(inventory, "Nothing", "Nothing (previous)")).toBeUndefined();
  });

  it("refuses the user's sheets, either one", () => {
    expect(() => keepSheetSteps(inventory, "Inputs", "Inputs (previous)")).toThrow(
      PlanConflictError,
    );
    const userKept = {
      ...inventory,
      sheets: [
        { name: "Scoreboard", owned: true },
        { name: "Old", owned: false },
      ],
    };
    expect(() => keepSheetSteps(userKept, "Scoreboard", "old")).toThrow(
      /"Old" belongs to the user/,
    );
  });

  it("refuses names Excel or the add-in would not take", () => {
    expect(() => keepSheetSteps(inventory, "Scoreboard", "Score/board")).toThrow(PlanError);
    expect(() => keepSheetSteps(inventory, "Scoreboard", "c2c_addindata")).toThrow(/reserved/);
    expect(() => keepSheetSteps(inventory, "Scoreboard", "SCOREBOARD")).toThrow(/its own name/);
  });
});

describe("parseSheetRange", () => {
  it.each([
    [
      "Indicators!F12",
      "Indicators",
      { start: { row: 12, column: 6 }, end: { row: 12, column: 6 } },
    ],
    ["'My data'!$A$1:C3", "My data", { start: { row: 1, column: 1 }, end: { row: 3, column: 3 } }],
    [
      "'City''s data'!B2",
      "City's data",
      { start: { row: 2, column: 2 }, end: { row: 2, column: 2 } },
    ],
  ])("reads %s", (address, sheet, bounds) => {
    expect(parseSheetRange(address)).toEqual({ sheet, bounds });
  });

  it.each([
    "F12",
    "!F12",
    "My data!A1",
    "Indicators!",
    "Indicators!ZZZZ1",
    "'Open!A1",
    "Sheet!A1:B2:C3",
  ])("refuses %s", (address) => {
    expect(parseSheetRange(address)).toBeUndefined();
  });
});
