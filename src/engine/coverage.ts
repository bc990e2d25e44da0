// Coverage of a set of listed rows (docs/method.md §4, Aggregation): the share of them that have a
// value. Zero coverage is a result, not missing data: only an empty list has no coverage at all.

import { missingData, ok, type Result } from "./result";

export interface Coverage {
  /** Rows with a value. */
  readonly available: number;
  /** Rows listed, with or without a value. */
  readonly listed: number;
  /** available / listed, from 0 to 1. */
  readonly share: number;
}

/** `null` is a listed row without a value. */
export function coverageOf(values: readonly (number | null)[]): Result<Coverage> {
  if (values.length === 0)
    return missingData("no rows are listed, so there is no coverage to report");
  const available = values.filter((value) => value !== null).length;
  return ok({ available, listed: values.length, share: available / values.length });
}
