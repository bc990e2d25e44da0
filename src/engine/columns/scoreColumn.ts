// Columnar scoring: a whole column of indicator values in one pass over typed arrays, for the places
// where the count is large (a 100,000-row =C2C.SCORE range, a long-list workbook of ten cities).
// The arithmetic is indicatorScore's own (shareOfTheWay and the same clamp); only the checks are
// folded into the loop, and problems are collected per row instead of one Result object per value.
// NaN in `values` means "no value" (a blank cell): its score is NaN and it is not a problem.

import type { EngineError } from "../result";
import { indicatorScore, shareOfTheWay } from "../scoring/indicatorScore";

export interface RowProblem {
  readonly row: number;
  readonly error: EngineError;
}

/**
 * Writes the 0–100 score of row i to `out[i]` (NaN for blanks and problem rows) and returns the
 * problems. All four arrays have the same length.
 */
export function scoreColumn(
  values: ArrayLike<number>,
  worst: ArrayLike<number>,
  end: ArrayLike<number>,
  out: Float64Array,
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (let row = 0; row < values.length; row++) {
    const x = values[row] as number;
    const w = worst[row] as number;
    const e = end[row] as number;
    if (Number.isNaN(x)) {
      out[row] = NaN;
    } else if (Number.isFinite(x) && Number.isFinite(w) && Number.isFinite(e) && e !== w) {
      const share = shareOfTheWay(x, w, e);
      out[row] = 100 * (share < 0 ? 0 : share > 1 ? 1 : share);
    } else {
      out[row] = NaN;
      // The scalar function words the message, so both paths say the same thing.
      const scored = indicatorScore(x, w, e);
      if (!scored.ok) problems.push({ row, error: scored.error });
    }
  }
  return problems;
}
