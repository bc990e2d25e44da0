import "../../functions/customFunctionsRuntime";
import path from "node:path";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { validatePlan } from "../../../src/engine/plan/validatePlan";
import { expectGolden } from "../../golden/goldenFile";
import { sheetText, stylesText } from "../../golden/planText";
import { checkPlan } from "./evaluatorCheck";
import { goldenNewPlan, goldenScoredPlan } from "./goldenInputs";

// Golden plan files (README "Development"): every sheet a template writes, as text a reviewer can
// read (tests/golden/planText.ts), the shared styles once, so any change to a template shows up in
// review. A failing comparison leaves the generated text beside the committed file as
// `<file>.actual`. To accept an intended change:
//   UPDATE_GOLDEN=1 npx jest tests/engine/templates/golden
// then commit tests/golden/plans/.

const GOLDEN_DIRECTORY = path.resolve(__dirname, "../../golden/plans");
const UPDATE_COMMAND =
  "UPDATE_GOLDEN=1 npx jest tests/engine/templates/golden and commit tests/golden/plans/";

function sheetPart(plan: WorkbookPlan, sheetName: string): string {
  const sheet = plan.sheets.find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) throw new Error(`the plan has no sheet ${sheetName}`);
  return sheetText(
    sheet,
    plan.names.filter((name) => name.sheet === sheetName),
  );
}

const newPlan = goldenNewPlan();
const scoredPlan = goldenScoredPlan();

const CASES: readonly (readonly [file: string, part: () => string])[] = [
  ["styles.txt", () => stylesText(newPlan)],
  ["about.txt", () => sheetPart(newPlan, "About")],
  ["settings.txt", () => sheetPart(newPlan, "Settings")],
  ["checklist.txt", () => sheetPart(newPlan, "Checklist")],
  ["stakeholders.txt", () => sheetPart(newPlan, "Stakeholders")],
  ["indicators.txt", () => sheetPart(newPlan, "Indicators")],
  ["actions.txt", () => sheetPart(newPlan, "Actions")],
  ["scoreboard-new.txt", () => sheetPart(newPlan, "Scoreboard")],
  ["scoreboard-scored.txt", () => sheetPart(scoredPlan, "Scoreboard")],
  ["checklist-scored.txt", () => sheetPart(scoredPlan, "Checklist")],
];

describe("golden plan files", () => {
  it("are made from valid plans", () => {
    expect(validatePlan(newPlan)).toEqual([]);
    expect(validatePlan(scoredPlan)).toEqual([]);
  });

  it("share one set of styles, printed once", () => {
    expect(stylesText(scoredPlan)).toBe(stylesText(newPlan));
  });

  it.each(CASES)("%s matches the committed file", (file, part) => {
    expectGolden(path.join(GOLDEN_DIRECTORY, file), part(), UPDATE_COMMAND);
  });

  it.each(["live", "portable"] as const)(
    "the scored golden workbook's formulas equal the engine's values (%s)",
    async (dialect) => {
      const result = await checkPlan(scoredPlan, dialect);
      expect(result.mismatches).toEqual([]);
    },
  );
});
