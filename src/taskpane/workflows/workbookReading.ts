// The first step of most pane actions: the app's reading and scoring (src/app/scoredReading.ts).
// A workbook with neither a checklist nor an indicator table has nothing to score; the actions that
// need scores say so in a sentence the pane shows as it is.

import { readScored, type ScoredReading, type ScoredWorkbook } from "../../app/scoredReading";
import { TABLES } from "../../engine/model/contract";
import type { WorkbookHost } from "../../host/workbookHost";

export {
  CONTRACT_TABLES,
  readWorkbook,
  type ScoredWorkbook,
  type TableSet,
  type WorkbookReading,
} from "../../app/scoredReading";

export const NOTHING_TO_SCORE =
  `This workbook has no assessment to score: it needs a ${TABLES.checklist} or a ${TABLES.indicators} table (found by name). ` +
  "Create an assessment or load the sample first.";

/** Reads and scores; throws an Error with a plain message when there is nothing to score. */
export async function readScoredWorkbook(host: WorkbookHost): Promise<ScoredWorkbook> {
  return scoredOrThrow(await readScored(host));
}

export function scoredOrThrow(scored: ScoredReading): ScoredWorkbook {
  if (!scored.ok) throw new Error(NOTHING_TO_SCORE);
  return scored;
}
