// One goal or objective index of the scoreboard, from the scores of its listed rows: the engine's
// bandedIndex, which =C2C.PROFILE shows too. Scores reaching this point are checked 0–100 values,
// so an error here is a bug in the scorer, not bad data.

import { bandedIndex, type BandedIndex } from "../scoring";
import type { ScoringSettings } from "../settings";
import { valueOrThrow } from "./invariant";

export type IndexFigures = BandedIndex;

/** `scores`: one per listed row, null for a row without a score. */
export function indexFigures(
  scores: readonly (number | null)[],
  settings: Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits">,
): IndexFigures {
  return valueOrThrow(bandedIndex(scores, settings), "a banded index over 0–100 scores");
}
