// The first step of most pane actions: the app's reading and scoring (src/app/scoredReading.ts).
// A workbook with neither a checklist nor an indicator table has nothing to score; the actions that
// need scores say so in a sentence the pane shows as it is.

import { readScored, type ScoredReading, type ScoredWorkbook } from "../../app/scoredReading";
import { TABLES } from "../../engine/model/contract";
import type { SessionContext } from "./sessionContext";

export {
  CONTRACT_TABLES,
  readWorkbook,
  type ScoredWorkbook,
  type TableSet,
  type WorkbookReading,
} from "../../app/scoredReading";

/** The sentence for a workbook without a checklist or indicators table, in the pane's language. */
export function nothingToScore(context: SessionContext): string {
  return context
    .texts()
    .t("read.nothingToScore", { checklist: TABLES.checklist, indicators: TABLES.indicators });
}

/** Reads and scores; throws an Error with a plain message when there is nothing to score. */
export async function readScoredWorkbook(context: SessionContext): Promise<ScoredWorkbook> {
  return scoredOrThrow(context, await readScored(context.host));
}

export function scoredOrThrow(context: SessionContext, scored: ScoredReading): ScoredWorkbook {
  if (!scored.ok) throw new Error(nothingToScore(context));
  return scored;
}
