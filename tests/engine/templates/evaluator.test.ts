import "../../functions/customFunctionsRuntime";
import { scoreAssessment } from "../../../src/engine/assessment";
import { samplePartnership } from "../../../src/engine/demo";
import { validatePlan } from "../../../src/engine/plan/validatePlan";
import { assessmentWorkbookPlan, newAssessmentPlan } from "../../../src/engine/templates";
import { checkPlan } from "./evaluatorCheck";

const STAMP = { generatedOn: "2026-01-15" };

describe("every formula a template writes equals the engine's value", () => {
  const empty = newAssessmentPlan({
    partnershipName: "Nakuru–Malmö",
    cities: ["Nakuru", "Malmö"],
    countries: ["Kenya", "Sweden"],
    years: [2022, 2023, 2024],
    list: "simplified",
    respondents: ["Amina", "Erik", "Joy"],
    stamp: STAMP,
  });
  const sample = samplePartnership();
  const scored = assessmentWorkbookPlan(sample, scoreAssessment(sample), STAMP);

  it.each([
    ["a new, empty assessment", empty],
    ["the sample partnership with data", scored],
  ])("%s: the plan is valid", (_label, plan) => {
    expect(validatePlan(plan)).toEqual([]);
  });

  it.each([
    ["a new, empty assessment", "live", empty],
    ["a new, empty assessment", "portable", empty],
    ["the sample partnership with data", "live", scored],
    ["the sample partnership with data", "portable", scored],
  ] as const)("%s, %s dialect", async (_label, dialect, plan) => {
    const result = await checkPlan(plan, dialect);
    expect(result.formulas).toBeGreaterThan(300);
    expect(result.mismatches.slice(0, 10)).toEqual([]);
  });
});

describe("the evaluator check itself", () => {
  it("catches a stored value that differs from what the formula computes", async () => {
    const sample = samplePartnership();
    const plan = assessmentWorkbookPlan(sample, scoreAssessment(sample), STAMP);
    const sheets = plan.sheets.map((sheet) =>
      sheet.name !== "Scoreboard"
        ? sheet
        : {
            ...sheet,
            cells: sheet.cells.map((cell) =>
              cell.address === "C7" ? { ...cell, value: 1.5 } : cell,
            ),
          },
    );
    const result = await checkPlan({ ...plan, sheets }, "live");
    expect(result.mismatches.map((mismatch) => mismatch.cell)).toEqual(["Scoreboard!C7"]);
  });
});
