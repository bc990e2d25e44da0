// One goal or objective index from the scores of its listed rows (framework.md §4, Aggregation):
// the mean of the available scores, the coverage, the distance and the band. A listed row without a
// score is a gap; low coverage keeps its index but is banded grey, so no reader takes a
// one-indicator index for the whole goal.

import { goalIndex, isLowCoverage, sdgBand } from "../scoring";
import type { ScoringSettings } from "../settings";
import { valueOrThrow } from "./invariant";
import type { IndexBand } from "./types";

export interface IndexFigures {
  readonly index: number | null;
  readonly distance: number | null;
  readonly coverage: number;
  readonly available: number;
  readonly listed: number;
  readonly band: IndexBand;
}

/** `scores`: one per listed row, null for a row without a score. */
export function indexFigures(scores: readonly (number | null)[], settings: Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits">): IndexFigures {
  const listed = scores.length;
  const available = scores.filter((score) => score !== null).length;
  if (available === 0) return { index: null, distance: null, coverage: 0, available, listed, band: "No data" };
  const figures = valueOrThrow(goalIndex(scores), "a goal index over 0–100 scores");
  const low = valueOrThrow(isLowCoverage(figures.coverage, settings.coverageThreshold), "the low-coverage test");
  const band: IndexBand = low ? "Low coverage" : valueOrThrow(sdgBand(figures.index, settings.sdgBandLimits), "the band of an index");
  return { index: figures.index, distance: figures.distance, coverage: figures.coverage, available, listed, band };
}
