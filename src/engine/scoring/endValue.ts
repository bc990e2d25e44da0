// An end value is a number, or a factor of the unit's baseline ("halve": 0.5 × baseline, SDG 1.2).

import type { EndValue } from "../catalogue/types";
import { missingData, ok, type Result } from "../result";
import { checkFinite, formatNumber } from "./checks";

/** The end value as a number; `baseline` is the unit's baseline value (see baselineValue). */
export function resolveEndValue(end: EndValue, baseline: number | undefined): Result<number> {
  if (end.kind === "absolute") return checkFinite("the end value", end.value) ?? ok(end.value);
  const problem = checkFinite("the end value's factor", end.factor);
  if (problem) return problem;
  if (baseline === undefined) {
    return missingData(
      `the end value is ${formatNumber(end.factor)} × the baseline, and the unit has no baseline value`,
    );
  }
  return checkFinite("the baseline value", baseline) ?? ok(end.factor * baseline);
}
