// Checks of the C2C custom functions. Inside Excel they are written as live formulas and Excel's
// result is compared with the functions module's own answer for the same cells; in the browser
// preview, where no Excel computes them, the cells read back from the memory host are passed to the
// functions module as Excel on the web passes them (a blank cell as null).

import type { PlanScalar } from "../../../engine/plan/types";
import type { CellValue } from "../../../engine/sheetValues";
import { FUNCTIONS } from "../../../functions/registry";
import { waitForLiveResult } from "./liveResult";
import {
  applyScratch,
  editsPlan,
  formulaCell,
  isError,
  liveCall,
  newSheetsPlan,
  readValues,
  sameNumber,
  shown,
  valueCell,
} from "./scratchPlans";
import type { CheckOutcome, SelfTestBench, SelfTestCheck } from "./types";

const passed = (detail: string): CheckOutcome => ({ status: "passed", detail });
const failed = (detail: string): CheckOutcome => ({ status: "failed", detail });

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
    const sheet = bench.scratchSheet("C2C self-test 6");
    const [value, worst, end] = SCORE_INPUTS;
    const formula = liveCall("SCORE", "A1,B1,C1");
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [
            valueCell("A1", value),
            valueCell("B1", worst),
            valueCell("C1", end),
            formulaCell("D1", formula, cachedValue(expectedScore(value))),
          ],
        },
      }),
    );
    if (bench.environment === "preview") return scoreInPreview(bench, sheet);
    const first = await waitForLiveResult(bench, sheet, "D1");
    const expected = expectedScore(value);
    if (first.timedOut) return failed(`${formula} still showed #BUSY! after 30 seconds.`);
    if (!sameNumber(first.value, expected))
      return failed(`${formula} shows ${shown(first.value)}, not ${shown(expected)}.`);
    await applyScratch(bench, editsPlan([{ sheet, cells: [valueCell("A1", RESCORED_VALUE)] }]));
    const second = await waitForLiveResult(bench, sheet, "D1");
    const rescored = expectedScore(RESCORED_VALUE);
    if (!sameNumber(second.value, rescored))
      return failed(
        `After A1 became ${RESCORED_VALUE}, ${formula} shows ${shown(second.value)}, not ${shown(rescored)}.`,
      );
    return passed(
      `${formula} showed ${shown(expected)}, then ${shown(rescored)} once A1 became ${RESCORED_VALUE}, as the functions module computes.`,
    );
  },
};

async function scoreInPreview(bench: SelfTestBench, sheet: string): Promise<CheckOutcome> {
  const [inputs] = await readValues(bench, sheet, "A1:C1");
  const [value, worst, end] = inputs ?? [];
  const result = resultCell(FUNCTIONS.SCORE.run([[value]], [[worst]], [[end]]));
  if (!sameNumber(result, 50))
    return failed(`The functions module scores the cells read back as ${shown(result)}, not 50.`);
  return passed(
    "The functions module scores the cells read back (42.5, worst 5, end 80) as 50; Excel computes the live formula only inside Excel.",
  );
}

export const blankCellsToItemScore: SelfTestCheck = {
  id: "itemscore-blanks",
  title: "check.blankInRange",
  async run(bench) {
    const sheet = bench.scratchSheet("C2C self-test 7");
    const formula = liveCall("ITEMSCORE", "A1:C1");
    const expected = resultCell(FUNCTIONS.ITEMSCORE.run([[4, null, 2]], null));
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [
            valueCell("A1", 4),
            valueCell("B1", null),
            valueCell("C1", 2),
            formulaCell("D1", formula, cachedValue(expected)),
          ],
        },
      }),
    );
    if (bench.environment === "preview") {
      const [answers] = await readValues(bench, sheet, "A1:C1");
      const result = resultCell(FUNCTIONS.ITEMSCORE.run([answers ?? []], null));
      if (!sameNumber(result, 3))
        return failed(`The functions module scores 4, a blank and 2 as ${shown(result)}, not 3.`);
      return passed(
        "The functions module scores 4, a blank and 2 as 3, the blank skipped; Excel's own passing of blanks is checked only inside Excel.",
      );
    }
    const reading = await waitForLiveResult(bench, sheet, "D1");
    if (reading.timedOut) return failed(`${formula} still showed #BUSY! after 30 seconds.`);
    if (sameNumber(reading.value, expected))
      return passed(`${formula} over 4, a blank and 2 shows 3: Excel passed the blank as blank.`);
    const asZero = isError(reading.value, "#VALUE!")
      ? " This Excel passed the blank cell to the function as 0 (off the 1–5 answer scale), as Excel on Windows and Mac may; the add-in's own formulas never pass a blank (see the README, Functions)."
      : "";
    return failed(
      `${formula} over 4, a blank and 2 shows ${shown(reading.value)}, not 3.${asZero}`,
    );
  },
};
