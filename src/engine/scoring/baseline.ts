// The baseline of one unit's series (docs/method.md §4): the value in the partnership's start year,
// else the earliest value. Relative end values ("halve the baseline") and the baseline worst-value
// mode both start from it.

import { missingData, ok, type Result } from "../result";

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/**
 * The unit's value in `startYear` when it has one, else its earliest value. Observations whose
 * value or year is not a finite number are skipped; when a year holds several values, the first
 * one listed counts.
 */
export function baselineValue(
  observations: readonly YearValue[],
  startYear?: number,
): Result<number> {
  const usable = observations.filter((o) => Number.isFinite(o.year) && Number.isFinite(o.value));
  const inStartYear =
    startYear === undefined ? undefined : usable.find((o) => o.year === startYear);
  if (inStartYear) return ok(inStartYear.value);
  const earliest = usable.reduce<YearValue | undefined>(
    (first, o) => (first === undefined || o.year < first.year ? o : first),
    undefined,
  );
  if (earliest) return ok(earliest.value);
  return missingData("the unit has no value yet, so there is no baseline");
}
