import { placePlan, type WorkbookInventory } from "../../../src/engine/plan/placement";
import { PlanConflictError, PlanError } from "../../../src/engine/plan/planError";
import type { WorkbookPlan } from "../../../src/engine/plan/types";

const plan: WorkbookPlan = {
  styles: {},
  sheets: [
    {
      name: "Scoreboard",
      owned: true,
      cells: [],
      tables: [
        {
          name: "C2C_Principles",
          range: "A1:B2",
          columns: ["A", "B"],
          style: "TableStyleLight1",
          showRowStripes: false,
        },
      ],
    },
  ],
  names: [
    { name: "MeanScore", sheet: "Scoreboard", range: "B8" },
    { name: "WorstMode", sheet: "Settings", range: "B3" },
  ],
};

function inventory(change: Partial<WorkbookInventory> = {}): WorkbookInventory {
  return {
    sheets: [{ name: "Settings", owned: false }],
    tables: [],
    names: [],
    reservedSheets: ["C2C_AddinData"],
    ...change,
  };
}

function conflictOf(work: () => unknown): PlanConflictError {
  try {
    work();
  } catch (error: unknown) {
    if (error instanceof PlanConflictError) return error;
    throw error;
  }
  throw new Error("no conflict");
}

describe("placePlan", () => {
  it("places new sheets under their own names and names on the sheets they will have", () => {
    const placement = placePlan(plan, inventory(), "fail");
    expect(placement.sheets.map((sheet) => [sheet.name, sheet.replaces])).toEqual([
      ["Scoreboard", undefined],
    ]);
    expect(placement.names).toEqual(plan.names);
    expect(placement.namesToRemove).toEqual([]);
    expect(placement.ownedSheets).toEqual(["Scoreboard"]);
  });

  it("refuses a taken sheet name with fail, and a user sheet with replace-owned", () => {
    const taken = inventory({
      sheets: [
        { name: "Settings", owned: false },
        { name: "SCOREBOARD", owned: false },
      ],
    });
    expect(conflictOf(() => placePlan(plan, taken, "fail"))).toMatchObject({
      kind: "sheet",
      conflictingName: "SCOREBOARD",
    });
    expect(conflictOf(() => placePlan(plan, taken, "replace-owned")).message).toBe(
      'The sheet "SCOREBOARD" belongs to the user and is not replaced.',
    );
  });

  it("picks a free name and moves the plan's names with the sheet", () => {
    const taken = inventory({
      sheets: [
        { name: "Settings", owned: false },
        { name: "Scoreboard", owned: false },
        { name: "Scoreboard (2)", owned: true },
      ],
    });
    const placement = placePlan(plan, taken, "pick-free-name");
    expect(placement.sheets[0]?.name).toBe("Scoreboard (3)");
    expect(placement.names[0]).toEqual({ name: "MeanScore", sheet: "Scoreboard (3)", range: "B8" });
    expect(placement.ownedSheets).toEqual(["Scoreboard (2)", "Scoreboard (3)"]);
  });

  it("replaces an owned sheet, dropping the names into it and redefining the plan's own", () => {
    const existing = inventory({
      sheets: [
        { name: "Settings", owned: false },
        { name: "Scoreboard", owned: true },
      ],
      tables: [{ name: "C2C_Principles", sheet: "Scoreboard" }],
      names: [
        { name: "MeanScore", sheet: "Scoreboard", range: "B7" },
        { name: "OldName", sheet: "Scoreboard", range: "A1" },
        { name: "WorstMode", sheet: "Settings", range: "$B$3" },
      ],
    });
    const placement = placePlan(plan, existing, "replace-owned");
    expect(placement.sheets[0]).toMatchObject({ name: "Scoreboard", replaces: "Scoreboard" });
    expect(placement.namesToRemove).toEqual(["MeanScore", "OldName", "WorstMode"]);
    expect(placement.ownedSheets).toEqual(["Scoreboard"]);
  });

  it("refuses to redefine a user's name for other cells, or to reuse a user's table name", () => {
    const userName = inventory({ names: [{ name: "worstmode", sheet: "Settings", range: "C9" }] });
    expect(conflictOf(() => placePlan(plan, userName, "fail"))).toMatchObject({
      kind: "name",
      conflictingName: "worstmode",
    });
    const formulaName = inventory({ names: [{ name: "MeanScore" }] });
    expect(conflictOf(() => placePlan(plan, formulaName, "fail"))).toMatchObject({ kind: "name" });
    const userTable = inventory({ tables: [{ name: "c2c_principles", sheet: "Settings" }] });
    expect(conflictOf(() => placePlan(plan, userTable, "fail"))).toMatchObject({
      kind: "table",
      conflictingName: "C2C_Principles",
    });
    const tableNamedLikeName = inventory({ tables: [{ name: "MeanScore", sheet: "Settings" }] });
    expect(conflictOf(() => placePlan(plan, tableNamedLikeName, "fail"))).toMatchObject({
      kind: "name",
      conflictingName: "MeanScore",
    });
    const nameNamedLikeTable = inventory({
      names: [{ name: "C2C_Principles", sheet: "Settings", range: "A1" }],
    });
    expect(conflictOf(() => placePlan(plan, nameNamedLikeTable, "fail"))).toMatchObject({
      kind: "table",
    });
  });

  it("refuses the reserved settings sheet name, names on unknown sheets and edits of missing sheets", () => {
    expect(() =>
      placePlan(
        { ...plan, sheets: [{ name: "c2c_addindata", owned: false, cells: [] }], names: [] },
        inventory(),
        "fail",
      ),
    ).toThrow(PlanError);
    expect(() =>
      placePlan(
        { ...plan, names: [{ name: "X", sheet: "Nowhere", range: "A1" }] },
        inventory(),
        "fail",
      ),
    ).toThrow(/neither in the workbook nor in the plan/);
    expect(() =>
      placePlan({ ...plan, edits: [{ sheet: "Checklist", cells: [] }] }, inventory(), "fail"),
    ).toThrow(/does not have/);
  });
});

describe("placePlan with table edits", () => {
  const grow: WorkbookPlan = {
    styles: {},
    sheets: [],
    names: [],
    tableEdits: [{ table: "c2c_checklist", appendRows: [{ Item: "1.1" }] }],
  };

  it("accepts an edit of a table the workbook has, on a sheet the plan keeps", () => {
    const withTable = inventory({
      sheets: [{ name: "Checklist", owned: false }],
      tables: [{ name: "C2C_Checklist", sheet: "Checklist" }],
    });
    expect(placePlan(grow, withTable, "fail").sheets).toEqual([]);
  });

  it("refuses a table the workbook lacks, and one on a sheet the plan rebuilds", () => {
    expect(() => placePlan(grow, inventory(), "fail")).toThrow(
      new PlanError(['the plan grows the table "c2c_checklist", which the workbook does not have']),
    );
    const onScoreboard = inventory({
      sheets: [{ name: "Scoreboard", owned: true }],
      tables: [{ name: "C2C_Checklist", sheet: "Scoreboard" }],
    });
    expect(() =>
      placePlan({ ...plan, tableEdits: grow.tableEdits }, onScoreboard, "replace-owned"),
    ).toThrow(/grows the table "C2C_Checklist" on the sheet "Scoreboard", which it also replaces/);
  });
});
