// The one list of C2C custom functions: permanent id → implementation and its one-line meaning
// (from guide.ts, which the task pane lists too).
// functions.ts forwards each JSDoc-annotated function to `run` here; a test checks that this list,
// the JSDoc ids in functions.ts and the generated functions.json name the same functions.
// Ids are permanent: workbooks store formulas by id, so an id is never renamed or reused.

import { bandCells } from "./bandFunction";
import {
  alignmentOf,
  consensusOf,
  itemScoreOf,
  principleScoreOf,
  spreadOf,
} from "./checklistFunctions";
import { coverageOfValues, goalIndexOf, objectiveIndexOf, profileOf } from "./indicatorAggregates";
import { indicatorCells } from "./indicatorFunction";
import type { ExcelMatrix, ExcelScalar } from "./runtime";
import { distanceCells, progressCells, scoreCells } from "./scoreFunctions";
import { meaningOf } from "./guide";
import { trendOf } from "./trendFunction";

export interface FunctionEntry {
  /** One line for the README and the help page. */
  readonly meaning: string;
  /** Arguments as Excel passes them; the implementation never throws, whatever they hold. */
  readonly run: (...args: never[]) => ExcelScalar | ExcelMatrix;
}

export const FUNCTIONS = {
  SCORE: { meaning: meaningOf("SCORE"), run: scoreCells },
  DISTANCE: { meaning: meaningOf("DISTANCE"), run: distanceCells },
  GOALINDEX: { meaning: meaningOf("GOALINDEX"), run: goalIndexOf },
  OBJECTIVEINDEX: { meaning: meaningOf("OBJECTIVEINDEX"), run: objectiveIndexOf },
  COVERAGE: { meaning: meaningOf("COVERAGE"), run: coverageOfValues },
  ITEMSCORE: { meaning: meaningOf("ITEMSCORE"), run: itemScoreOf },
  SPREAD: { meaning: meaningOf("SPREAD"), run: spreadOf },
  CONSENSUS: { meaning: meaningOf("CONSENSUS"), run: consensusOf },
  PRINCIPLE: { meaning: meaningOf("PRINCIPLE"), run: principleScoreOf },
  ALIGNMENT: { meaning: meaningOf("ALIGNMENT"), run: alignmentOf },
  BAND: { meaning: meaningOf("BAND"), run: bandCells },
  TRENDCLASS: { meaning: meaningOf("TRENDCLASS"), run: trendOf },
  PROGRESS: { meaning: meaningOf("PROGRESS"), run: progressCells },
  INDICATOR: { meaning: meaningOf("INDICATOR"), run: indicatorCells },
  PROFILE: { meaning: meaningOf("PROFILE"), run: profileOf },
} as const satisfies Record<string, FunctionEntry>;

export type FunctionId = keyof typeof FUNCTIONS;

export const FUNCTION_IDS = Object.keys(FUNCTIONS) as readonly FunctionId[];
