import { NA, isExcelError, shown } from "./customFunctionsRuntime";
import { trendClass } from "../../src/functions/functions";
import { FUNCTIONS } from "../../src/functions/registry";

describe("TRENDCLASS", () => {
  it.each<[string, unknown, unknown, unknown, unknown]>([
    // docs/method.md §4 worked example: 40 (2015) → 52 (2022): r = 1.714/4.0 = 0.429 → Stagnating
    ["worked example", [[40], [52]], [[2015], [2022]], null, "Stagnating"],
    ["on track", [[40], [80]], [[2015], [2022]], null, "On track"],
    ["moderately improving", [[40], [62]], [[2015], [2022]], null, "Moderately improving"],
    ["decreasing", [[52], [40]], [[2015], [2022]], null, "Decreasing"],
    ["achieved", [[40], [100]], [[2015], [2022]], null, "Achieved"],
    ["one year is insufficient data", [[40]], [[2015]], null, "Insufficient data"],
    [
      "a blank score is a year without data",
      [[40], [null]],
      [[2015], [2022]],
      null,
      "Insufficient data",
    ],
    [
      "error and text scores are years without data",
      [[40], [NA], ["n/a"], [52]],
      [[2015], [2018], [2020], [2022]],
      null,
      "Stagnating",
    ],
    ["the target year passed", [[40], [52]], [[2015], [2022]], 2020, "Target year passed"],
    ["a later target year", [[40], [52]], [[2015], [2022]], 2040, "Moderately improving"],
    ["a blank target year is 2030", [[40], [52]], [[2015], [2022]], "", "Stagnating"],
    ["unsorted years", [[52], [40]], [[2022], [2015]], null, "Stagnating"],
    ["numeric text", [["40"], ["52"]], [["2015"], ["2022"]], "2030", "Stagnating"],
    ["a 1×n row", [[40, 52]], [[2015, 2022]], null, "Stagnating"],
    ["blank rows are skipped", [[40], [null], [52]], [[2015], [null], [2022]], null, "Stagnating"],
    ["a score without a year is #VALUE!", [[40], [52]], [[2015], [null]], null, "#VALUE!"],
    ["a text year is #VALUE!", [[40], [52]], [[2015], ["last year"]], null, "#VALUE!"],
    ["a score above 100 is #VALUE!", [[40], [152]], [[2015], [2022]], null, "#VALUE!"],
    ["a text target year is #VALUE!", [[40], [52]], [[2015], [2022]], "soon", "#VALUE!"],
    ["mismatched ranges are #VALUE!", [[40], [52]], [[2015]], null, "#VALUE!"],
  ])("%s", (_name, scores, years, targetYear, expected) => {
    expect(shown(FUNCTIONS.TRENDCLASS.run(scores, years, targetYear))).toBe(expected);
  });

  it("names the score without a year", () => {
    const result = trendClass([[40], [52]], [[2015], [null]]);
    expect(isExcelError(result, "#VALUE!") && result.message).toBe("score 2 (52) has no year");
  });
});
