// The trend of one index series over a city's years (docs/method.md §4, Progress over time), with
// every figure of the SDSN rule kept so the Scoreboard can show why a class was given.

import { trend, type YearScore } from "../scoring";
import { valueOrThrow } from "./invariant";
import type { TrendResult } from "./types";

/** `points`: one per year, null where the series has no index that year. */
export function trendResult(points: readonly YearScore[], targetYear: number): TrendResult {
  // One point per year of 0–100 indices and a whole target year: trend cannot refuse them.
  const figures = valueOrThrow(trend(points, targetYear), "the trend of an index series");
  return {
    trendClass: figures.trendClass,
    baseYear: figures.baseYear ?? null,
    latestYear: figures.latestYear ?? null,
    observedPerYear: figures.observedPerYear ?? null,
    requiredPerYear: figures.requiredPerYear ?? null,
    ratio: figures.ratio ?? null,
    distanceClosed: figures.distanceClosed ?? null,
  };
}
