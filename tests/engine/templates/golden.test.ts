import "../../functions/customFunctionsRuntime";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { validatePlan } from "../../../src/engine/plan/validatePlan";
import { checkPlan } from "./evaluatorCheck";
import { goldenNewPlan, goldenScoredPlan } from "./goldenInputs";

// Golden plan files (style.md §5): every sheet a template writes, as JSON, so any change to a
// template shows up in review. To accept an intended change:
//   UPDATE_GOLDEN=1 npx jest tests/engine/templates/golden
// then commit tests/golden/plans/.

const GOLDEN_DIRECTORY = path.resolve(__dirname, "../../golden/plans");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function sheetPart(plan: WorkbookPlan, sheetName: string): unknown {
  const sheet = plan.sheets.find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) throw new Error(`the plan has no sheet ${sheetName}`);
  return {
    styles: plan.styles,
    sheet,
    names: plan.names.filter((name) => name.sheet === sheetName),
  };
}

const newPlan = goldenNewPlan();
const scoredPlan = goldenScoredPlan();

const CASES: readonly (readonly [file: string, part: () => unknown])[] = [
  ["about.json", () => sheetPart(newPlan, "About")],
  ["settings.json", () => sheetPart(newPlan, "Settings")],
  ["checklist.json", () => sheetPart(newPlan, "Checklist")],
  ["stakeholders.json", () => sheetPart(newPlan, "Stakeholders")],
  ["indicators.json", () => sheetPart(newPlan, "Indicators")],
  ["actions.json", () => sheetPart(newPlan, "Actions")],
  ["scoreboard-new.json", () => sheetPart(newPlan, "Scoreboard")],
  ["scoreboard-scored.json", () => sheetPart(scoredPlan, "Scoreboard")],
  ["checklist-scored.json", () => sheetPart(scoredPlan, "Checklist")],
];

describe("golden plan files", () => {
  it("are made from valid plans", () => {
    expect(validatePlan(newPlan)).toEqual([]);
    expect(validatePlan(scoredPlan)).toEqual([]);
  });

  it.each(CASES)("%s matches the committed file", (file, part) => {
    const actual = `${JSON.stringify(part(), null, 1)}\n`;
    const target = path.join(GOLDEN_DIRECTORY, file);
    if (UPDATE || !existsSync(target)) {
      if (!UPDATE)
        throw new Error(
          `${file} is missing; run UPDATE_GOLDEN=1 npx jest tests/engine/templates/golden`,
        );
      mkdirSync(GOLDEN_DIRECTORY, { recursive: true });
      writeFileSync(target, actual);
    }
    expect(actual).toBe(readFileSync(target, "utf8"));
  });

  it.each(["live", "portable"] as const)(
    "the scored golden workbook's formulas equal the engine's values (%s)",
    async (dialect) => {
      const result = await checkPlan(scoredPlan, dialect);
      expect(result.mismatches).toEqual([]);
    },
  );
});
