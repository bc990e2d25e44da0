import "../../functions/customFunctionsRuntime";
import { scoreAssessment } from "../../../src/engine/assessment";
import { samplePartnership } from "../../../src/engine/demo";
import { CATALOGUE_VERSION } from "../../../src/engine/catalogue";
import { TABLES } from "../../../src/engine/model/contract";
import { columnLetters } from "../../../src/engine/plan/address";
import { validatePlan } from "../../../src/engine/plan/validatePlan";
import { readAssessment } from "../../../src/engine/read";
import {
  assessmentWorkbookPlan,
  layoutFromTables,
  scoredWorkbookPlan,
} from "../../../src/engine/templates";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { checkPlan } from "./evaluatorCheck";
import { userWorkbook } from "./userWorkbook";

const STAMP = { generatedOn: "2026-01-15" };
const TABLE_NAMES = Object.values(TABLES);

describe("scoredWorkbookPlan on a workbook prepared by another tool", () => {
  const prepared = () => userWorkbook(samplePartnership());

  it("is a valid plan that edits only the computed columns and builds the Scoreboard", async () => {
    const { workbook, assessment } = prepared();
    const layout = layoutFromTables(await workbook.readTables(TABLE_NAMES));
    const plan = scoredWorkbookPlan(assessment, scoreAssessment(assessment), layout, STAMP);
    expect(validatePlan(plan)).toEqual([]);
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(["Scoreboard"]);
    const editedColumns = new Map(
      (plan.edits ?? []).map((edit) => [
        edit.sheet,
        [...new Set(edit.cells.map((cell) => cell.address.replace(/\d+/, "")))].sort(),
      ]),
    );
    // Answers: item score, Spread (no Contested column in this workbook); Data: Score only (every worst/end/objective was given).
    const respondents = assessment.respondents.length;
    expect(Object.fromEntries(editedColumns)).toEqual({
      Answers: [columnLetters(respondents + 4), columnLetters(respondents + 5)],
      Data: ["M"],
    });
    // Weights and band limits stand in reverse order: named one by one, never as ranges.
    expect(plan.names.map((name) => name.name)).toContain("C2C_WeightTA");
    expect(plan.names.map((name) => name.name)).not.toContain("C2C_PrincipleWeights");
  });

  it.each(["live", "portable"] as const)(
    "every formula equals the engine's value (%s dialect)",
    async (dialect) => {
      const { workbook, assessment } = prepared();
      const layout = layoutFromTables(await workbook.readTables(TABLE_NAMES));
      const plan = scoredWorkbookPlan(assessment, scoreAssessment(assessment), layout, STAMP);
      const result = await checkPlan(plan, dialect, workbook);
      expect(result.formulas).toBeGreaterThan(500);
      expect(result.mismatches.slice(0, 10)).toEqual([]);
      expect(
        result.workbook.value("Answers", `${columnLetters(assessment.respondents.length + 7)}2`),
      ).toBe("kept");
    },
  );
});

describe("a workbook written by the templates, read back and scored again", () => {
  it.each(["live", "portable"] as const)("gives the same numbers (%s dialect)", async (dialect) => {
    const sample = samplePartnership();
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(assessmentWorkbookPlan(sample, scoreAssessment(sample), STAMP), {
      dialect,
      existingSheet: "fail",
    });
    const tables = await workbook.readTables(TABLE_NAMES);
    const { assessment } = readAssessment(tables);
    if (assessment === null) throw new Error("the template's workbook did not read back");
    const scores = scoreAssessment(assessment);
    const plan = scoredWorkbookPlan(assessment, scores, layoutFromTables(tables), STAMP);
    expect(validatePlan(plan)).toEqual([]);
    const result = await checkPlan(plan, dialect, workbook);
    expect(result.mismatches.slice(0, 10)).toEqual([]);
    expect(scores.principles.map((principle) => principle.score)).toEqual(
      scoreAssessment(sample).principles.map((principle) => principle.score),
    );
  });
});

describe("rescoring a workbook stamped with an older catalogue", () => {
  it("restamps the About sheet's catalogue version, as an edit of that cell only", async () => {
    const sample = samplePartnership();
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(assessmentWorkbookPlan(sample, scoreAssessment(sample), STAMP), {
      dialect: "portable",
      existingSheet: "fail",
    });
    const older = {
      styles: {},
      sheets: [],
      names: [],
      edits: [{ sheet: "About", cells: [{ address: "B11", value: "2025.1" }] }],
    };
    await workbook.applyPlan(older, { dialect: "portable", existingSheet: "fail" });
    const before = readAssessment(await workbook.readTables(TABLE_NAMES)).assessment;
    expect(before?.partnership.catalogueVersion).toBe("2025.1");
    if (before === null) throw new Error("the workbook did not read back");

    const tables = await workbook.readTables(TABLE_NAMES);
    const plan = scoredWorkbookPlan(
      before,
      scoreAssessment(before),
      layoutFromTables(tables),
      STAMP,
    );
    const aboutEdits = (plan.edits ?? []).filter((edit) => edit.sheet === "About");
    expect(aboutEdits).toEqual([
      { sheet: "About", cells: [{ address: "B11", value: CATALOGUE_VERSION }] },
    ]);

    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "replace-owned" });
    const after = readAssessment(await workbook.readTables(TABLE_NAMES)).assessment;
    expect(after?.partnership).toEqual({
      ...before.partnership,
      catalogueVersion: CATALOGUE_VERSION,
    });
  });
});
