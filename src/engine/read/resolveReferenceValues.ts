// Worst and end values of the indicator rows (docs/method.md §4): the row's own when typed, else the
// catalogue's. A relative end value ("halve the baseline", 0.5 × baseline) is resolved from the
// city's value in the partnership's start year, else its earliest value.

import type { IndicatorRow } from "../model/types";
import { baselineValue, resolveEndValue } from "../scoring";
import type { ParsedIndicatorRow } from "./indicatorCells";
import type { ProblemList } from "./problemList";
import { nameKey } from "../sheetValues";

export function resolveReferenceValues(
  rows: readonly ParsedIndicatorRow[],
  startYear: number | null,
  tableName: string,
  problems: ProblemList,
): IndicatorRow[] {
  const baselines = baselinesByUnit(rows, startYear);
  return rows.map((parsed): IndicatorRow => {
    const { definition } = parsed;
    const worst = parsed.typedWorst ?? definition?.worst ?? null;
    if (worst === null) {
      problems.warn(parsed.cells.worst?.address ?? tableName, "indicator.noWorst", {
        code: parsed.code,
      });
    }
    let end = parsed.typedEnd;
    if (end === null && definition !== undefined) {
      const resolved = resolveEndValue(definition.end, baselines.get(unitOf(parsed)));
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

function unitOf(row: ParsedIndicatorRow): string {
  return `${row.code.toLowerCase()}\u0000${nameKey(row.city)}`;
}

function baselinesByUnit(
  rows: readonly ParsedIndicatorRow[],
  startYear: number | null,
): Map<string, number> {
  const series = new Map<string, { year: number; value: number }[]>();
  for (const row of rows) {
    if (row.value === null) continue;
    const points = series.get(unitOf(row)) ?? [];
    points.push({ year: row.year, value: row.value });
    series.set(unitOf(row), points);
  }
  const baselines = new Map<string, number>();
  for (const [unit, points] of series) {
    const baseline = baselineValue(points, startYear ?? undefined);
    if (baseline.ok) baselines.set(unit, baseline.value);
  }
  return baselines;
}
