// Relative end values ("halve the baseline", SDG 1.2) of an assessment built in code, resolved the
// way the reader resolves them from a workbook: factor × the city's value in the start year, else
// its earliest value. The Indicators template writes the same rule as a formula in the End value
// cell, so an assessment must be resolved before it is scored for that formula to agree.

import { findIndicator } from "../catalogue";
import type { Assessment, IndicatorRow } from "../model/types";
import { baselineValue, resolveEndValue, type YearValue } from "../scoring";
import { nameKey } from "../sheetValues";

const unitKey = (row: IndicatorRow): string =>
  `${row.code.trim().toLowerCase()}\u0000${nameKey(row.city)}`;

export function resolveRelativeEnds(assessment: Assessment): Assessment {
  const observations = new Map<string, YearValue[]>();
  for (const row of assessment.indicators) {
    if (row.value === null) continue;
    const list = observations.get(unitKey(row)) ?? [];
    list.push({ year: row.year, value: row.value });
    observations.set(unitKey(row), list);
  }
  const startYear = assessment.partnership.startYear ?? undefined;
  const indicators = assessment.indicators.map((row) => {
    const definition = findIndicator(row.code);
    if (row.end !== null || definition?.end.kind !== "relative-to-baseline") return row;
    const baseline = baselineValue(observations.get(unitKey(row)) ?? [], startYear);
    const end = resolveEndValue(definition.end, baseline.ok ? baseline.value : undefined);
    return end.ok ? { ...row, end: end.value } : row;
  });
  return { ...assessment, indicators };
}
