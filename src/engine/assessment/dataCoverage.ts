// Data coverage (docs/method.md §5, "expand data collection"): the share of indicator rows with a
// value, and the share of values disaggregated (by sex, age, disability or location).

import type { DataCoverage } from "./types";

export interface CoverageRow {
  readonly value: number | null;
  readonly disaggregated: boolean | null;
}

export function dataCoverage(rows: readonly CoverageRow[]): DataCoverage {
  const withValue = rows.filter((row) => row.value !== null);
  const disaggregated = withValue.filter((row) => row.disaggregated === true).length;
  return {
    rows: rows.length,
    withValue: withValue.length,
    share: rows.length === 0 ? null : withValue.length / rows.length,
    disaggregated,
    disaggregationShare: withValue.length === 0 ? null : disaggregated / withValue.length,
  };
}
