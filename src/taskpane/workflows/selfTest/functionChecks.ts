// Checks of the C2C custom functions. Inside Excel they are written as live formulas and Excel's
// result is compared with the functions module's own answer for the same cells; in the browser
// preview, where no Excel computes them, the cells read back from the memory host are passed to the
// functions module as Excel on the web passes them (a blank cell as null). What each saw is said in
// the pane's language, the C2C functions by the names Excel shows in that language.

import type { PlanScalar } from "../../../engine/plan/types";
import type { CellValue } from "../../../engine/sheetValues";
import { FUNCTIONS } from "../../../functions/registry";
import { LIVE_WAIT_MS, waitForLiveResult } from "./liveResult";
import {
  applyScratch,
  callText,
  editsPlan,
  failed,
  formulaCell,
  isError,
  liveCall,
  newSheetsPlan,
  numberText,
  passed,
  readValues,
  sameNumber,
  shown,
  valueCell,
} from "./scratchPlans";
import type { CheckOutcome, SelfTestBench, SelfTestCheck } from "./types";

/** "=C2C.SCORE(A1,B1,C1) still showed #BUSY! after 30 seconds." */
function stillBusy(bench: SelfTestBench, formula: string): CheckOutcome {
  const seconds = bench.texts.number(LIVE_WAIT_MS / 1000, 0);
  return failed(bench.texts.t("check.stillBusy", { formula, seconds }));
}

/** A function's result as a cell shows it: the top-left cell of a spilled result. */
function resultCell(result: unknown): CellValue {
  const first: unknown = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
  if (typeof first === "number" || typeof first === "string" || typeof first === "boolean")
    return first === "" ? null : first;
  if (typeof first === "object" && first !== null && "code" in first)
    return { errorCode: first.code === "#N/A" ? "#N/A" : "#VALUE!" };
  return null;
}

/** What a plan cell shows before Excel computes it: an error has no cached form here. */
function cachedValue(value: CellValue): PlanScalar {
  return typeof value === "object" && value !== null ? null : (value ?? null);
}

/** The documented example: =C2C.SCORE(42.5, 5, 80) returns 50; 61.25 then scores 75. */
const SCORE_INPUTS = [42.5, 5, 80] as const;
const RESCORED_VALUE = 61.25;

function expectedScore(value: number): CellValue {
  return resultCell(FUNCTIONS.SCORE.run([[value]], [[SCORE_INPUTS[1]]], [[SCORE_INPUTS[2]]]));
}

export const liveScore: SelfTestCheck = {
  id: "live-score",
  title: "check.liveScore",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    const sheet = bench.scratchSheet("C2C self-test 6");
    const [value, worst, end] = SCORE_INPUTS;
    const formula = callText(texts, "SCORE", ["A1", "B1", "C1"]);
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [
            valueCell("A1", value),
            valueCell("B1", worst),
            valueCell("C1", end),
            formulaCell(
              "D1",
              liveCall("SCORE", ["A1", "B1", "C1"]),
              cachedValue(expectedScore(value)),
            ),
          ],
        },
      }),
    );
    if (bench.environment === "preview") return scoreInPreview(bench, sheet);
    const first = await waitForLiveResult(bench, sheet, "D1");
    const expected = expectedScore(value);
    if (first.timedOut) return stillBusy(bench, formula);
    if (!sameNumber(first.value, expected))
      return failed(
        t("check.callShows", {
          formula,
          value: shown(texts, first.value),
          expected: shown(texts, expected),
        }),
      );
    await applyScratch(bench, editsPlan([{ sheet, cells: [valueCell("A1", RESCORED_VALUE)] }]));
    const second = await waitForLiveResult(bench, sheet, "D1");
    const rescored = expectedScore(RESCORED_VALUE);
    const changed = { cell: "A1", number: numberText(texts, RESCORED_VALUE), formula };
    if (!sameNumber(second.value, rescored))
      return failed(
        t("check.liveScore.notRecomputed", {
          ...changed,
          value: shown(texts, second.value),
          expected: shown(texts, rescored),
        }),
      );
    return passed(
      t("check.liveScore.passed", {
        ...changed,
        first: shown(texts, expected),
        second: shown(texts, rescored),
      }),
    );
  },
};

async function scoreInPreview(bench: SelfTestBench, sheet: string): Promise<CheckOutcome> {
  const { texts } = bench;
  const [inputs] = await readValues(bench, sheet, "A1:C1");
  const [value, worst, end] = inputs ?? [];
  const result = resultCell(FUNCTIONS.SCORE.run([[value]], [[worst]], [[end]]));
  const score = numberText(texts, 50);
  if (!sameNumber(result, 50))
    return failed(
      texts.t("check.liveScore.previewWrong", { value: shown(texts, result), expected: score }),
    );
  return passed(
    texts.t("check.liveScore.previewPassed", {
      value: numberText(texts, SCORE_INPUTS[0]),
      worst: numberText(texts, SCORE_INPUTS[1]),
      end: numberText(texts, SCORE_INPUTS[2]),
      score,
    }),
  );
}

export const blankCellsToItemScore: SelfTestCheck = {
  id: "itemscore-blanks",
  title: "check.blankInRange",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    const sheet = bench.scratchSheet("C2C self-test 7");
    const formula = callText(texts, "ITEMSCORE", ["A1:C1"]);
    const expected = resultCell(FUNCTIONS.ITEMSCORE.run([[4, null, 2]], null));
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [
            valueCell("A1", 4),
            valueCell("B1", null),
            valueCell("C1", 2),
            formulaCell("D1", liveCall("ITEMSCORE", ["A1:C1"]), cachedValue(expected)),
          ],
        },
      }),
    );
    const answers = { first: numberText(texts, 4), last: numberText(texts, 2) };
    const three = numberText(texts, 3);
    if (bench.environment === "preview") {
      const [read] = await readValues(bench, sheet, "A1:C1");
      const result = resultCell(FUNCTIONS.ITEMSCORE.run([read ?? []], null));
      if (!sameNumber(result, 3))
        return failed(
          t("check.blankInRange.previewWrong", {
            ...answers,
            value: shown(texts, result),
            expected: three,
          }),
        );
      return passed(t("check.blankInRange.previewPassed", { ...answers, value: three }));
    }
    const reading = await waitForLiveResult(bench, sheet, "D1");
    if (reading.timedOut) return stillBusy(bench, formula);
    if (sameNumber(reading.value, expected))
      return passed(t("check.blankInRange.passed", { ...answers, formula, value: three }));
    const wrong = t("check.blankInRange.wrong", {
      ...answers,
      formula,
      value: shown(texts, reading.value),
      expected: three,
    });
    // Excel on Windows and Mac may pass a blank cell to a custom function as 0.
    const asZero = isError(reading.value, "#VALUE!") ? [t("check.blankInRange.asZero")] : [];
    return failed([wrong, ...asZero].join(" "));
  },
};
