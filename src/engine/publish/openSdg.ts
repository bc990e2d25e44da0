// The SDG numbers in the tidy layout Open SDG reporting platforms load (open-sdg.org): one row per
// observation, the year, the breakdown (City), the special Series and Units columns, and Value; all
// indicators in one long file told apart by the Indicator column. Only observations with a number
// are rows (a tidy file leaves gaps out). Principle scores have no year and stay in --csv and --json.

import type { AssessmentScores } from "../assessment/types";
import { findIndicator } from "../catalogue";
import { csvLine, DEFAULT_CSV_OPTIONS, type CsvOptions } from "./csv";

export const OPEN_SDG_COLUMNS = ["Indicator", "Series", "Year", "City", "Units", "Value"] as const;

export interface OpenSdgRow {
  /** An indicator code (11.6.2), or the index it is ("SDG 11 index", "EC objective ENV index", "Overall SDG index"). */
  readonly indicator: string;
  readonly series: string;
  readonly year: number;
  readonly city: string;
  readonly units: string;
  readonly value: number;
}

export const OPEN_SDG_SERIES = {
  value: "Observed value",
  score: "Indicator score",
  goal: "Goal index",
  objective: "EC objective index",
  overall: "Overall SDG index",
} as const;

const INDEX_UNITS = "0–100";

export function openSdgRows(scores: AssessmentScores): readonly OpenSdgRow[] {
  const rows: OpenSdgRow[] = [];
  for (const indicator of scores.indicators) {
    const base = { indicator: indicator.code, year: indicator.year, city: indicator.city };
    if (indicator.value !== null)
      rows.push({
        ...base,
        series: OPEN_SDG_SERIES.value,
        units: findIndicator(indicator.code)?.unit ?? "",
        value: indicator.value,
      });
    if (indicator.score !== null)
      rows.push({
        ...base,
        series: OPEN_SDG_SERIES.score,
        units: INDEX_UNITS,
        value: indicator.score,
      });
  }
  for (const goal of scores.goalIndices) {
    if (goal.index !== null)
      rows.push({
        indicator: `SDG ${goal.goal} index`,
        series: OPEN_SDG_SERIES.goal,
        year: goal.year,
        city: goal.city,
        units: INDEX_UNITS,
        value: goal.index,
      });
  }
  for (const objective of scores.objectiveIndices) {
    if (objective.index !== null) {
      rows.push({
        indicator: `EC objective ${objective.objective} index`,
        series: OPEN_SDG_SERIES.objective,
        year: objective.year,
        city: objective.city,
        units: INDEX_UNITS,
        value: objective.index,
      });
    }
  }
  for (const overall of scores.overallIndices) {
    if (overall.index !== null)
      rows.push({
        indicator: "Overall SDG index",
        series: OPEN_SDG_SERIES.overall,
        year: overall.year,
        city: overall.city,
        units: INDEX_UNITS,
        value: overall.index,
      });
  }
  return rows;
}

export function openSdgCsv(
  scores: AssessmentScores,
  options: CsvOptions = DEFAULT_CSV_OPTIONS,
): string {
  const lines = [csvLine(OPEN_SDG_COLUMNS, options)];
  for (const row of openSdgRows(scores))
    lines.push(
      csvLine([row.indicator, row.series, row.year, row.city, row.units, row.value], options),
    );
  return lines.join("");
}
