// Progress between two years (docs/method.md §4): the share of the distance to the end value that
// has been closed, (s_latest − s_base) / (100 − s_base). Negative when the score fell.

import { missingData, ok, type Result } from "../result";
import { checkHundredScore } from "./checks";

export function distanceClosed(baseScore: number, latestScore: number): Result<number> {
  const problem =
    checkHundredScore("the base score", baseScore) ??
    checkHundredScore("the latest score", latestScore);
  if (problem) return problem;
  if (baseScore === 100)
    return missingData("the base score is already 100: there was no distance left to close");
  return ok((latestScore - baseScore) / (100 - baseScore));
}
