// Overall alignment with the G20 principles (docs/method.md §3): the weighted mean of the principle
// scores that exist, the weights renormalised over those principles, so a principle without a score
// neither counts as zero nor shifts weight silently onto one principle.

import { weightedMean } from "../stats";
import { phrase } from "../language/problemTexts";
import { failWith, invalidInput, ok, type Result } from "../result";
import { checkFinite, checkFivePointScore, formatNumber } from "./checks";

/**
 * `principleScores`: one per principle, null when the principle has no score. `weights`: one per
 * principle in the same order, non-negative; equal weights when omitted.
 */
export function alignment(
  principleScores: readonly (number | null)[],
  weights?: readonly number[],
): Result<number> {
  if (weights !== undefined && weights.length !== principleScores.length) {
    return invalidInput(
      `there are ${principleScores.length} principle scores but ${weights.length} weights; give one weight per principle`,
    );
  }
  const scores: number[] = [];
  const scoreWeights: number[] = [];
  for (const [i, score] of principleScores.entries()) {
    const weight = weights?.[i] ?? 1;
    const weightProblem = checkFinite("a weight", weight);
    if (weightProblem) return weightProblem;
    if (weight < 0)
      return invalidInput(
        `the weight ${formatNumber(weight)} is negative; weights must be 0 or more`,
      );
    if (score === null) continue;
    const problem = checkFivePointScore("the principle score", score);
    if (problem) return problem;
    scores.push(score);
    scoreWeights.push(weight);
  }
  if (scores.length === 0) return failWith("missing-data", phrase("noScore.noPrincipleScored"));
  if (scoreWeights.every((w) => w === 0))
    return failWith("missing-data", phrase("noScore.weightsZero"));
  return ok(weightedMean(scores, scoreWeights));
}

/** A 1–5 score on the 0–100 scale: (s − 1) / 4 · 100. */
export function toHundred(principleScore: number): Result<number> {
  const problem = checkFivePointScore("the score", principleScore);
  if (problem) return problem;
  return ok(((principleScore - 1) / 4) * 100);
}
