// The score of one indicator value (the OECD localised method, docs/method.md §4):
// score = clamp(100 · (x − worst) / (end − worst), 0, 100). One formula serves both polarities:
// for lower-is-better indicators the end value lies below the worst value.

import { clamp } from "../stats";
import { decimal, phrase } from "../language/problemTexts";
import { failWith, ok, type Result } from "../result";
import { checkFinite, formatNumber } from "./checks";

export function indicatorScore(value: number, worst: number, end: number): Result<number> {
  const problem =
    checkFinite("the value", value) ??
    checkFinite("the worst value", worst) ??
    checkFinite("the end value", end);
  if (problem) return problem;
  if (end === worst)
    return failWith(
      "invalid-input",
      phrase("noScore.endEqualsWorst", { worst: decimal(Number(formatNumber(worst))) }),
    );
  return ok(100 * clamp(shareOfTheWay(value, worst, end), 0, 1));
}

/** Distance still to travel to the end value: 100 − score. */
export function distanceToEnd(value: number, worst: number, end: number): Result<number> {
  const score = indicatorScore(value, worst, end);
  return score.ok ? ok(100 - score.value) : score;
}

// (x − worst) / (end − worst). When worst and end lie so far apart that their difference overflows
// to infinity, halving every term first keeps the ratio exact and finite; the ratio itself may still
// be infinite (x far beyond a tiny span), which the clamp handles.
export function shareOfTheWay(value: number, worst: number, end: number): number {
  const span = end - worst;
  if (Number.isFinite(span)) return (value - worst) / span;
  return (value / 2 - worst / 2) / (end / 2 - worst / 2);
}
