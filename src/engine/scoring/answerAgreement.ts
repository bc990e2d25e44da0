// How far respondents agree on one item (docs/method.md §3): spread = max − min of the numeric
// answers, consensus = 1 − sd/2 with the population sd (1 = full agreement; 0 = half answered 1 and
// half answered 5, the largest sd the 1–5 scale allows). Both need at least two numeric answers.

import type { CellValue } from "../cells";
import { DEFAULT_SETTINGS } from "../settings";
import { maximum, minimum, populationSd } from "../stats";
import { missingData, ok, type Result } from "../result";
import { sortAnswers } from "./answers";

function numericAnswers(answers: readonly CellValue[], measure: string): Result<readonly number[]> {
  const sorted = sortAnswers(answers);
  if (!sorted.ok) return sorted;
  const count = sorted.value.scores.length;
  if (count < 2)
    return missingData(
      `the ${measure} needs at least two answers from 1 to 5; ${count === 0 ? "there is none" : "there is one"}`,
    );
  return ok(sorted.value.scores);
}

/** max − min of the numeric answers. */
export function answerSpread(answers: readonly CellValue[]): Result<number> {
  const scores = numericAnswers(answers, "spread");
  return scores.ok ? ok(maximum(scores.value) - minimum(scores.value)) : scores;
}

/** Population standard deviation of the numeric answers. */
export function answerStandardDeviation(answers: readonly CellValue[]): Result<number> {
  const scores = numericAnswers(answers, "standard deviation");
  return scores.ok ? ok(populationSd(scores.value)) : scores;
}

/** 1 − population sd / 2, between 0 and 1. */
export function answerConsensus(answers: readonly CellValue[]): Result<number> {
  const scores = numericAnswers(answers, "consensus");
  return scores.ok ? ok(1 - populationSd(scores.value) / 2) : scores;
}

/** An item is contested when its spread is at least the threshold (3 by default). */
export function isContested(
  spread: number,
  threshold: number = DEFAULT_SETTINGS.contestedThreshold,
): boolean {
  return spread >= threshold;
}
