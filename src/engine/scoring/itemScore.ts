// The score of one checklist item (docs/method.md §3): the mean of the respondents' numeric answers
// (median as an option). n/a and ? do not count in it; an item whose answers are all n/a is not
// applicable.

import type { CellValue } from "../cells";
import { DEFAULT_SETTINGS, type ItemAggregation } from "../settings";
import { mean, median } from "../stats";
import { missingData, ok, type Result } from "../result";
import { sortAnswers } from "./answers";

/**
 * The item score on 1–5, or "n/a" when the only answers given are n/a. Blanks, other text and
 * error cells are skipped; "?" counts as an answer that is not n/a but carries no number.
 */
export function itemScore(
  answers: readonly CellValue[],
  method: ItemAggregation = DEFAULT_SETTINGS.itemAggregation,
): Result<number | "n/a"> {
  const sorted = sortAnswers(answers);
  if (!sorted.ok) return sorted;
  const { scores, notApplicable, dontKnow } = sorted.value;
  if (scores.length > 0) return ok(method === "median" ? median(scores) : mean(scores));
  if (notApplicable > 0 && dontKnow === 0) return ok("n/a");
  if (dontKnow > 0) return missingData(`no answer from 1 to 5 yet (${dontKnow} × "don't know")`);
  return missingData("no answer from 1 to 5 yet");
}
