// Excel on desktop passes a blank cell of a reference argument to a custom function as 0, Excel on
// the web as null (office-js #4702, #5262, #1951). Every live formula the templates write must give
// the same result under both, over workbooks full of blanks: a new assessment, the sample
// partnership, and the sample with some answers and values left blank.

import "../../functions/customFunctionsRuntime";
import { scoreAssessment } from "../../../src/engine/assessment";
import { samplePartnership } from "../../../src/engine/demo";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { assessmentWorkbookPlan, newAssessmentPlan } from "../../../src/engine/templates";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { isCellError } from "../../../src/engine/sheetValues";
import type { Scalar } from "../../oracle/values";
import { recalculate, sameValue } from "../formula/liveEvaluator";

const STAMP = { generatedOn: "2026-01-15" };

/** The plan with every third input cell (a constant under a header row) of these sheets left blank. */
function withBlanks(plan: WorkbookPlan, sheets: readonly string[]): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      !sheets.includes(sheet.name)
        ? sheet
        : {
            ...sheet,
            cells: sheet.cells.filter(
              (cell, index) =>
                cell.formula !== undefined || typeof cell.value !== "number" || index % 3 !== 0,
            ),
          },
    ),
  };
}

/** Numbers within 1e-9 (sameValue's tolerance), "" and blank alike, errors by their code. */
function alike(web: Scalar, desktop: Scalar): boolean {
  if (isCellError(web) || isCellError(desktop))
    return isCellError(web) && isCellError(desktop) && web.errorCode === desktop.errorCode;
  return sameValue(web, desktop);
}

function plans(): [string, WorkbookPlan][] {
  const sample = samplePartnership();
  const scored = assessmentWorkbookPlan(sample, scoreAssessment(sample), STAMP);
  return [
    [
      "a new, empty assessment",
      newAssessmentPlan({
        partnershipName: "Nakuru–Malmö",
        cities: ["Nakuru", "Malmö"],
        countries: ["Kenya", "Sweden"],
        years: [2022, 2023, 2024],
        list: "simplified",
        respondents: ["Amina", "Erik", "Joy"],
        stamp: STAMP,
      }),
    ],
    ["the sample partnership", scored],
    ["the sample with blank answers and values", withBlanks(scored, ["Checklist", "Indicators"])],
  ];
}

describe("live formulas give the same result whether blanks arrive as null (web) or 0 (desktop)", () => {
  it.each(plans())("%s", async (_label, plan) => {
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(plan, { dialect: "live", existingSheet: "replace-owned" });
    const web = recalculate(workbook, "web").values;
    const desktop = recalculate(workbook, "desktop").values;
    const differences = [...web].flatMap(([cell, value]) => {
      const onDesktop = desktop.get(cell) ?? null;
      return alike(value, onDesktop) ? [] : [{ cell, web: value, desktop: onDesktop }];
    });
    expect(web.size).toBeGreaterThan(300);
    expect(differences.slice(0, 12)).toEqual([]);
  });
});
