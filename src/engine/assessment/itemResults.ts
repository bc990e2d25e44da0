// Item results (docs/method.md §3): item score, spread, sd, consensus and the contested flag of every
// checklist row, from the respondents' raw answers. An answer that is not an answer (7, 2.5, "yes",
// an error cell) was reported by the reader and counts as missing here, so one slip does not take
// the whole item down with it.

import { readAnswer, type CellValue } from "../cells";
import type { ChecklistItemRow } from "../model/types";
import {
  answerConsensus,
  answerSpread,
  answerStandardDeviation,
  isContested,
  itemScore,
} from "../scoring";
import { sortAnswers } from "../scoring/answers";
import type { Result } from "../result";
import type { ScoringSettings } from "../settings";
import { valueOrThrow } from "./invariant";
import type { ItemResult } from "./types";

/** The answers with every cell that is not 1–5, n/a, ? or blank replaced by a blank. */
export function usableAnswers(answers: readonly CellValue[]): CellValue[] {
  return answers.map((answer) => (readAnswer(answer).kind === "invalid" ? null : answer));
}

export function itemResult(
  row: ChecklistItemRow,
  settings: Pick<ScoringSettings, "itemAggregation" | "contestedThreshold">,
): ItemResult {
  const answers = usableAnswers(row.answers);
  const sorted = valueOrThrow(sortAnswers(answers), "sorting usable answers");
  const score = itemScore(answers, settings.itemAggregation);
  const spread = valueOrNull(answerSpread(answers));
  return {
    principle: row.principle,
    itemId: row.itemId,
    row: row.row,
    score: score.ok ? score.value : null,
    numericAnswers: sorted.scores.length,
    notApplicable: sorted.notApplicable,
    dontKnow: sorted.dontKnow,
    spread,
    standardDeviation: valueOrNull(answerStandardDeviation(answers)),
    consensus: valueOrNull(answerConsensus(answers)),
    contested: spread !== null && isContested(spread, settings.contestedThreshold),
  };
}

// Missing data (fewer than two answers) is the only way these fail on usable answers.
function valueOrNull<T>(result: Result<T>): T | null {
  return result.ok ? result.value : null;
}
