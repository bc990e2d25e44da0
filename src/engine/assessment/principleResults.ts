// Principle results and the overall alignment (docs/method.md §3): each principle's score from its
// items, on 1–5 and 0–100, with its band and the counts the Scoreboard shows beside it.

import { catalogue } from "../catalogue";
import type { PrincipleId } from "../catalogue/types";
import { alignment, principleBand, principleScore, toHundred } from "../scoring";
import type { ScoringSettings } from "../settings";
import { mean } from "../stats";
import { reasonOrThrow, valueOrThrow } from "./invariant";
import type { AlignmentResult, ItemResult, PrincipleResult } from "./types";

export function principleResults(
  items: readonly ItemResult[],
  settings: ScoringSettings,
): PrincipleResult[] {
  return catalogue.principles.map((principle) =>
    principleResult(
      principle.id,
      principle.name,
      items.filter((item) => item.principle === principle.id),
      settings,
    ),
  );
}

function principleResult(
  principle: PrincipleId,
  name: string,
  items: readonly ItemResult[],
  settings: ScoringSettings,
): PrincipleResult {
  const consensus = items.flatMap((item) => (item.consensus === null ? [] : [item.consensus]));
  const counts = {
    items: items.length,
    itemsAnswered: items.filter((item) => typeof item.score === "number").length,
    itemsApplicable: items.filter((item) => item.score !== "n/a").length,
    contestedItems: items.filter((item) => item.contested).length,
    meanConsensus: consensus.length === 0 ? null : mean(consensus),
  };
  const scored = principleScore(
    items.map((item) => item.score),
    settings.halfAnsweredShare,
  );
  if (!scored.ok) {
    return {
      principle,
      name,
      score: null,
      scoreOutOf100: null,
      band: null,
      ...counts,
      note: reasonOrThrow(scored.error, `the score of ${principle}`),
    };
  }
  const score = scored.value.score;
  return {
    principle,
    name,
    score,
    scoreOutOf100: valueOrThrow(toHundred(score), `the 0–100 form of ${principle}`),
    band: valueOrThrow(
      principleBand(score, settings.principleBandLimits),
      `the band of ${principle}`,
    ),
    ...counts,
    note: null,
  };
}

/** The weighted mean of the principle scores that exist, weights from the settings renormalised over them. */
export function alignmentResult(
  principles: readonly PrincipleResult[],
  settings: ScoringSettings,
): AlignmentResult {
  const scores = principles.map((principle) => principle.score);
  const weights = principles.map((principle) => settings.principleWeights[principle.principle]);
  const principlesScored = scores.filter((score) => score !== null).length;
  const overall = alignment(scores, weights);
  if (!overall.ok)
    return {
      score: null,
      scoreOutOf100: null,
      band: null,
      principlesScored,
      note: reasonOrThrow(overall.error, "the alignment"),
    };
  return {
    score: overall.value,
    scoreOutOf100: valueOrThrow(toHundred(overall.value), "the 0–100 form of the alignment"),
    band: valueOrThrow(
      principleBand(overall.value, settings.principleBandLimits),
      "the band of the alignment",
    ),
    principlesScored,
    note: null,
  };
}
