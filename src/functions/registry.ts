// The one list of C2C custom functions: permanent id → implementation and a one-line meaning.
// functions.ts forwards each JSDoc-annotated function to `run` here; a test checks that this list,
// the JSDoc ids in functions.ts and the generated functions.json name the same functions.
// Ids are permanent: workbooks store formulas by id, so an id is never renamed or reused.

import { bandCells } from "./bandFunction";
import { alignmentOf, consensusOf, itemScoreOf, principleScoreOf, spreadOf } from "./checklistFunctions";
import { coverageOfValues, goalIndexOf, objectiveIndexOf, profileOf } from "./indicatorAggregates";
import { indicatorCells } from "./indicatorFunction";
import type { ExcelMatrix, ExcelScalar } from "./runtime";
import { distanceCells, progressCells, scoreCells } from "./scoreFunctions";
import { trendOf } from "./trendFunction";

export interface FunctionEntry {
  /** One line for the README and the help page. */
  readonly meaning: string;
  /** Arguments as Excel passes them; the implementation never throws, whatever they hold. */
  readonly run: (...args: never[]) => ExcelScalar | ExcelMatrix;
}

export const FUNCTIONS = {
  SCORE: { meaning: "Score of an indicator value on 0–100 between its worst and end values.", run: scoreCells },
  DISTANCE: { meaning: "Distance still to travel to the end value, 100 − score.", run: distanceCells },
  GOALINDEX: { meaning: "Mean indicator score of one SDG goal, over the rows matching the criteria.", run: goalIndexOf },
  OBJECTIVEINDEX: { meaning: "Mean indicator score of one EC objective (GOV, INC, GRN, PRO).", run: objectiveIndexOf },
  COVERAGE: { meaning: "Share of the matching rows that have a value.", run: coverageOfValues },
  ITEMSCORE: { meaning: "Mean (or median) of the respondents' 1–5 answers to one checklist item.", run: itemScoreOf },
  SPREAD: { meaning: "Highest minus lowest answer to one checklist item (contested at 3 or more).", run: spreadOf },
  CONSENSUS: { meaning: "Agreement among the answers to one item: 1 − population sd / 2.", run: consensusOf },
  PRINCIPLE: { meaning: "Score of one G20 Rome principle from the whole checklist, when enough items are answered.", run: principleScoreOf },
  ALIGNMENT: { meaning: "Weighted mean of the principle scores that exist.", run: alignmentOf },
  BAND: { meaning: "Band label of a score on the SDG (0–100) or principle (1–5) scale.", run: bandCells },
  TREND: { meaning: "SDSN trend class of a series of scores over the years.", run: trendOf },
  PROGRESS: { meaning: "Share of the distance to the end value closed between two scores.", run: progressCells },
  INDICATOR: { meaning: "A field of an indicator in the bundled catalogue (name, unit, end, worst, basis…).", run: indicatorCells },
  PROFILE: { meaning: "One row per goal: goal, index, coverage and band.", run: profileOf },
} as const satisfies Record<string, FunctionEntry>;

export type FunctionId = keyof typeof FUNCTIONS;

export const FUNCTION_IDS = Object.keys(FUNCTIONS) as readonly FunctionId[];
