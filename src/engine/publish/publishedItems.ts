// Checklist items as they may be published: an item's score, spread, standard deviation, consensus
// and contested flag only when at least minimumGroupSize answers back them. With one answer the score
// is that answer; with two, score and spread give both answers back.

import type { ItemResult } from "../assessment/types";

export interface PublishedItem {
  readonly principle: ItemResult["principle"];
  readonly itemId: string;
  readonly row: number;
  readonly numericAnswers: number;
  readonly notApplicable: number;
  readonly dontKnow: number;
  readonly score: ItemResult["score"];
  readonly spread: number | null;
  readonly standardDeviation: number | null;
  readonly consensus: number | null;
  /** null when suppressed. */
  readonly contested: boolean | null;
  /** Why the numbers above are null although the item has answers; null when nothing is suppressed. */
  readonly suppressed: string | null;
}

export function publishedItem(item: ItemResult, minimumGroupSize: number): PublishedItem {
  const counts = {
    principle: item.principle,
    itemId: item.itemId,
    row: item.row,
    numericAnswers: item.numericAnswers,
    notApplicable: item.notApplicable,
    dontKnow: item.dontKnow,
  };
  // "n/a" is a number-free score: it is backed by the n/a answers, a number by the numeric ones.
  const backing = item.score === "n/a" ? item.notApplicable : item.numericAnswers;
  if (item.score === null || backing >= minimumGroupSize) {
    return {
      ...counts,
      score: item.score,
      spread: item.spread,
      standardDeviation: item.standardDeviation,
      consensus: item.consensus,
      contested: item.contested,
      suppressed: null,
    };
  }
  const kind = `${item.score === "n/a" ? "n/a answer" : "answer"}${backing === 1 ? "" : "s"}${item.score === "n/a" ? "" : " from 1 to 5"}`;
  return {
    ...counts,
    score: null,
    spread: null,
    standardDeviation: null,
    consensus: null,
    contested: null,
    suppressed: `${backing} ${kind}, fewer than ${minimumGroupSize}: not published, to keep single answers private`,
  };
}
