// What the desktop platform of the test runtime changes, and why the templates' guard is needed:
// Excel on desktop passes a blank cell to a custom function as 0 (office-js #4702, #5262, #1951).
// Unguarded, a blank answer becomes the answer 0 (off the 1–5 scale) and a blank value a score;
// guarded with IF(ISBLANK(…),"",…), both platforms agree.

import "../../functions/customFunctionsRuntime";
import type { ExcelPlatform } from "../../functions/customFunctionsRuntime";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { recalculate } from "./liveEvaluator";

const FORMULAS = {
  itemScore: "=C2C.ITEMSCORE(B1:D1)",
  guardedItemScore: '=C2C.ITEMSCORE(IF(ISBLANK(B1:D1),"",B1:D1))',
  score: "=C2C.SCORE(E1,0,100)",
  guardedScore: '=C2C.SCORE(IF(ISBLANK(E1),"",E1),0,100)',
  blank: "=ISBLANK(C1)",
} as const;

function resultsOn(platform: ExcelPlatform): Record<keyof typeof FORMULAS, unknown> {
  const entries = Object.entries(FORMULAS);
  const workbook = MemoryWorkbook.fromSheets({
    Answers: [["Item", 3, null, 5, null], entries.map(([, formula]) => ({ formula, value: null }))],
  });
  const { values } = recalculate(workbook, platform);
  const columns = ["A", "B", "C", "D", "E"];
  return Object.fromEntries(
    entries.map(([key], index) => [key, values.get(`Answers!${columns[index] ?? "A"}2`) ?? null]),
  ) as Record<keyof typeof FORMULAS, unknown>;
}

describe("blank cells passed to C2C functions", () => {
  it("on the web arrive blank: the unanswered respondent and the blank value are skipped", () => {
    expect(resultsOn("web")).toEqual({
      itemScore: 4,
      guardedItemScore: 4,
      score: "",
      guardedScore: "",
      blank: true,
    });
  });

  it("on desktop arrive as 0 unless guarded; guarded, the results are the web's", () => {
    expect(resultsOn("desktop")).toEqual({
      itemScore: { errorCode: "#VALUE!" },
      guardedItemScore: 4,
      score: 0,
      guardedScore: "",
      blank: true,
    });
  });
});
