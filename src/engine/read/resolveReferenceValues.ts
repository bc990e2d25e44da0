// Worst and end values of the indicator rows (docs/method.md §4): the row's own when typed, else the
// catalogue's. A relative end value ("halve the baseline", 0.5 × baseline) is resolved from the
// city's value in the partnership's start year, else its earliest value.

import type { IndicatorRow } from "../model/types";
import { baselineValue, resolveEndValue } from "../scoring";
import type { ParsedIndicatorRow } from "./indicatorCells";
import type { ProblemList } from "./problemList";

/** `unitKeys[i]` is row i's indicator and city as one key (readIndicators' unitKeys), made once. */
export function resolveReferenceValues(
  rows: readonly ParsedIndicatorRow[],
  unitKeys: readonly string[],
  startYear: number | null,
  tableName: string,
  problems: ProblemList,
): IndicatorRow[] {
  const baselines = baselinesByUnit(rows, unitKeys, startYear);
  return rows.map((parsed, index): IndicatorRow => {
    const { definition } = parsed;
    const worst = parsed.typedWorst ?? definition?.worst ?? null;
    if (worst === null) {
      problems.warn(parsed.cells.worst?.address ?? tableName, "indicator.noWorst", {
        code: parsed.code,
      });
    }
    let end = parsed.typedEnd;
    if (end === null && definition !== undefined) {
      const resolved = resolveEndValue(definition.end, baselines.get(unitKeys[index] ?? ""));
      // A relative end value without a baseline means the city has no value for the indicator at
      // all: nothing to score, nothing to report.
      end = resolved.ok ? resolved.value : null;
    } else if (end === null) {
      problems.warn(parsed.cells.end?.address ?? tableName, "indicator.noEnd", {
        code: parsed.code,
      });
    }
    return {
      code: parsed.code,
      indicator: parsed.indicator,
      goal: parsed.goal,
      city: parsed.city,
      year: parsed.year,
      value: parsed.value,
      worst,
      end,
      unit: parsed.unit,
      source: parsed.source,
      disaggregated: parsed.disaggregated,
      objective: parsed.objective,
      row: parsed.row,
      ...(parsed.percentScaled.length === 0 ? {} : { percentScaled: parsed.percentScaled }),
    };
  });
}

function baselinesByUnit(
  rows: readonly ParsedIndicatorRow[],
  unitKeys: readonly string[],
  startYear: number | null,
): Map<string, number> {
  const series = new Map<string, { year: number; value: number }[]>();
  rows.forEach((row, index) => {
    if (row.value === null) return;
    const unit = unitKeys[index] ?? "";
    const points = series.get(unit);
    if (points === undefined) series.set(unit, [{ year: row.year, value: row.value }]);
    else points.push({ year: row.year, value: row.value });
  });
  const baselines = new Map<string, number>();
  for (const [unit, points] of series) {
    const baseline = baselineValue(points, startYear ?? undefined);
    if (baseline.ok) baselines.set(unit, baseline.value);
  }
  return baselines;
}
