// A goal or objective index as the scoreboard and =C2C.PROFILE show it (docs/method.md §4,
// Aggregation): the mean of the available scores, the coverage, the distance and the band. A listed
// row without a score is a gap; a goal with no score at all is "No data"; low coverage keeps its
// index but is banded "Low coverage" (grey), so no reader takes a one-indicator index for the goal.

import type { Result } from "../result";
import { ok } from "../result";
import type { ScoringSettings } from "../settings";
import { sdgBand, type SdgBand } from "./bands";
import { goalIndex, isLowCoverage } from "./goalIndex";

export type IndexBand = SdgBand | "Low coverage" | "No data";

export interface BandedIndex {
  /** Mean of the available scores, 0–100; null when none is available. */
  readonly index: number | null;
  /** 100 − index. */
  readonly distance: number | null;
  /** available / listed, 0–1 (0 when nothing is listed). */
  readonly coverage: number;
  readonly available: number;
  readonly listed: number;
  readonly band: IndexBand;
}

/** `scores`: one per listed row, null for a row without a score. Fails only on a score outside 0–100 or bad settings. */
export function bandedIndex(
  scores: readonly (number | null)[],
  settings: Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits">,
): Result<BandedIndex> {
  const listed = scores.length;
  const available = scores.filter((score) => score !== null).length;
  if (available === 0)
    return ok({ index: null, distance: null, coverage: 0, available, listed, band: "No data" });
  const figures = goalIndex(scores);
  if (!figures.ok) return figures;
  const low = isLowCoverage(figures.value.coverage, settings.coverageThreshold);
  if (!low.ok) return low;
  const band = low.value
    ? ok<IndexBand>("Low coverage")
    : sdgBand(figures.value.index, settings.sdgBandLimits);
  if (!band.ok) return band;
  const { index, distance, coverage } = figures.value;
  return ok({ index, distance, coverage, available, listed, band: band.value });
}
