// Aggregating indicator scores (docs/method.md §4): a goal (or EC objective) index is the mean of the
// available scores among the indicators listed for it; the overall SDG index is the mean of the
// goal indices that exist.

import { DEFAULT_SETTINGS } from "../settings";
import { mean } from "../stats";
import { missingData, ok, type Result } from "../result";
import { checkHundredScore, checkShare } from "./checks";

export interface GoalIndex {
  /** Mean of the available scores, 0–100. */
  readonly index: number;
  /** Distance to the goal: 100 − index. */
  readonly distance: number;
  /** available / listed, a share between 0 and 1. */
  readonly coverage: number;
  readonly available: number;
  readonly listed: number;
}

/**
 * One entry per listed indicator: its 0–100 score, or null when it has no value (a gap that lowers
 * coverage). Coverage counts gaps because the template writes a row for every listed indicator.
 */
export function goalIndex(scores: readonly (number | null)[]): Result<GoalIndex> {
  const available: number[] = [];
  for (const score of scores) {
    if (score === null) continue;
    const problem = checkHundredScore("the indicator score", score);
    if (problem) return problem;
    available.push(score);
  }
  if (scores.length === 0) return missingData("no indicator is listed for this goal");
  if (available.length === 0)
    return missingData(`none of the ${scores.length} listed indicators has a score`);
  const index = mean(available);
  return ok({
    index,
    distance: 100 - index,
    coverage: available.length / scores.length,
    available: available.length,
    listed: scores.length,
  });
}

/** Mean of the goal indices that exist (equal goal weights); null marks a goal without an index. */
export function overallIndex(indices: readonly (number | null)[]): Result<number> {
  const existing: number[] = [];
  for (const index of indices) {
    if (index === null) continue;
    const problem = checkHundredScore("the goal index", index);
    if (problem) return problem;
    existing.push(index);
  }
  if (existing.length === 0) return missingData("no goal has an index yet");
  return ok(mean(existing));
}

/** Low coverage is shown grey, not hidden: true when coverage is below the threshold (50 % by default). */
export function isLowCoverage(
  coverage: number,
  threshold: number = DEFAULT_SETTINGS.coverageThreshold,
): Result<boolean> {
  const problem =
    checkShare("the coverage", coverage) ?? checkShare("the coverage threshold", threshold);
  if (problem) return problem;
  return ok(coverage < threshold);
}
