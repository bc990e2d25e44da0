// The score of one principle (docs/method.md §3): the mean of its answered item scores, reported only
// when enough of its applicable items are answered (half, by default), so that a principle does
// not rest on one or two items.

import { DEFAULT_SETTINGS } from "../settings";
import { mean } from "../stats";
import { decimal, phrase, type Phrase } from "../language/problemTexts";
import { failWith, ok, type Result } from "../result";
import { checkFivePointScore, checkShare, formatNumber } from "./checks";

export interface PrincipleScore {
  /** Mean of the answered item scores, 1–5. */
  readonly score: number;
  readonly answered: number;
  /** Items that are not n/a (answered or not). */
  readonly applicable: number;
}

// Counts are whole numbers, so a shortfall of the share test is at least 1/applicable; this margin
// only keeps a product such as 0.7 × 10 = 7.000000000000001 from refusing 7 answered items.
const SHARE_ROUNDING_MARGIN = 1e-9;

/**
 * One entry per item of the principle: its item score, "n/a" when the item is not applicable, or
 * null when it is applicable but unanswered (only "?" or no answers).
 */
export function principleScore(
  itemScores: readonly (number | "n/a" | null)[],
  minShare: number = DEFAULT_SETTINGS.halfAnsweredShare,
): Result<PrincipleScore> {
  const shareProblem = checkShare("the minimum answered share", minShare);
  if (shareProblem) return shareProblem;
  const answeredScores: number[] = [];
  let applicable = 0;
  for (const item of itemScores) {
    if (item === "n/a") continue;
    applicable += 1;
    if (item === null) continue;
    const problem = checkFivePointScore("the item score", item);
    if (problem) return problem;
    answeredScores.push(item);
  }
  const answered = answeredScores.length;
  if (applicable === 0)
    return failWith(
      "missing-data",
      phrase(itemScores.length === 0 ? "noScore.noItems" : "noScore.notApplicable"),
    );
  if (answered === 0)
    return failWith("missing-data", phrase("noScore.noneAnswered", { applicable }));
  if (answered < minShare * applicable - SHARE_ROUNDING_MARGIN) {
    return failWith(
      "missing-data",
      phrase("noScore.tooFewAnswered", { answered, applicable, needed: neededShare(minShare) }),
    );
  }
  return ok({ score: mean(answeredScores), answered, applicable });
}

function neededShare(share: number): Phrase {
  if (share === 0.5) return phrase("noScore.neededHalf");
  if (share === 1) return phrase("noScore.neededAll");
  return phrase("noScore.neededShare", { share: decimal(Number(formatNumber(share * 100))) });
}
