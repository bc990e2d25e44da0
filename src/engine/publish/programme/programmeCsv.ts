// `c2c report programme.xlsx --csv`: one tidy table, a row per figure of the programme. Columns:
// section (principle, alignment, goal, objective, overall, dac, goal-trend, overall-trend; then
// partnership-principle, partnership-dac, city-goal, city-objective), id, name, partnership, city,
// year, value (mean, a trend class's share of the cities, or the partnership's or city's figure),
// band, count, median, lower_quartile, upper_quartile, minimum, maximum, low_coverage, no_data,
// coverage, trend (a city's goal trend, or the class a trend row's share is of). The overall
// trend rows are left out when the workbook read back does not hold the cities' overall trends.
// The columns, sections, ids and tokens (bands, trends) are the same in every language, for the
// tools that read them; the name column is in the report's language.

import { catalogueWording } from "../../catalogue/texts";
import type { Language } from "../../language";
import { csvLine, type CsvField, type CsvOptions } from "../csv";
import { programmeReportText } from "./texts";
import type { Distribution } from "../../programme/distribution";
import type { Programme } from "../../programme/types";
import { TREND_CLASSES } from "../../programme/labels";
import { sdgBand, type TrendClass } from "../../scoring";

const HEADER = [
  "section",
  "id",
  "name",
  "partnership",
  "city",
  "year",
  "value",
  "band",
  "count",
  "median",
  "lower_quartile",
  "upper_quartile",
  "minimum",
  "maximum",
  "low_coverage",
  "no_data",
  "coverage",
  "trend",
];

function spread(distribution: Distribution): CsvField[] {
  return [
    distribution.count,
    distribution.median,
    distribution.lowerQuartile,
    distribution.upperQuartile,
    distribution.minimum,
    distribution.maximum,
  ];
}

function trendRows(
  section: string,
  id: CsvField,
  name: string,
  shares: Readonly<Record<TrendClass, number>>,
): CsvField[][] {
  const none = [null, null, null, null, null, null, null, null, null, null];
  return TREND_CLASSES.map((trend) => [
    section,
    id,
    name,
    null,
    null,
    null,
    shares[trend],
    ...none,
    trend,
  ]);
}

export function programmeCsv(
  programme: Programme,
  options: CsvOptions,
  overallTrends: boolean,
  language: Language = "en",
): string {
  const t = programmeReportText(language);
  const rows: CsvField[][] = [];
  const limits = programme.settings.sdgBandLimits;
  const sdgBandOf = (mean: number | null): string | null => {
    if (mean === null) return null;
    const band = sdgBand(mean, limits);
    return band.ok ? band.value : null;
  };
  for (const principle of programme.principles)
    rows.push([
      "principle",
      principle.principle,
      catalogueWording(language, "principleNames", principle.principle, principle.name),
      null,
      null,
      null,
      principle.average,
      principle.band,
      ...spread(principle.distribution),
      null,
      null,
      null,
      null,
    ]);
  const { alignment } = programme;
  rows.push([
    "alignment",
    "Alignment",
    t("principles.alignment"),
    null,
    null,
    null,
    alignment.average,
    alignment.band,
    ...spread(alignment.distribution),
    null,
    null,
    null,
    null,
  ]);
  for (const goal of programme.goals)
    rows.push([
      "goal",
      goal.goal,
      catalogueWording(language, "goalNames", String(goal.goal), goal.name),
      null,
      null,
      null,
      goal.distribution.mean,
      sdgBandOf(goal.distribution.mean),
      ...spread(goal.distribution),
      goal.lowCoverageCities,
      goal.noDataCities,
      goal.dataCoverage,
      null,
    ]);
  for (const objective of programme.objectives)
    rows.push([
      "objective",
      objective.objective,
      catalogueWording(language, "objectiveNames", objective.objective, objective.name),
      null,
      null,
      null,
      objective.distribution.mean,
      sdgBandOf(objective.distribution.mean),
      ...spread(objective.distribution),
      objective.lowCoverageCities,
      objective.noDataCities,
      null,
      null,
    ]);
  const { overall } = programme;
  rows.push([
    "overall",
    "SDG",
    t("indices.overall"),
    null,
    null,
    null,
    overall.distribution.mean,
    sdgBandOf(overall.distribution.mean),
    ...spread(overall.distribution),
    null,
    overall.noDataCities,
    null,
    null,
  ]);
  for (const criterion of programme.dacCriteria)
    rows.push([
      "dac",
      criterion.criterion,
      catalogueWording(language, "dacCriteria", criterion.criterion, criterion.name),
      null,
      null,
      null,
      criterion.distribution.mean,
      null,
      ...spread(criterion.distribution),
      null,
      null,
      null,
      null,
    ]);
  for (const goal of programme.goals)
    rows.push(...trendRows("goal-trend", goal.goal, goal.name, goal.trendShares));
  if (overallTrends)
    rows.push(
      ...trendRows("overall-trend", "SDG", "Overall SDG index", programme.overall.trendShares),
    );
  const none = [null, null, null, null, null, null, null, null];
  programme.partnerships.forEach((partnership, index) => {
    for (const [id, score] of Object.entries(partnership.principleScores))
      rows.push([
        "partnership-principle",
        id,
        null,
        partnership.name,
        null,
        null,
        score,
        null,
        ...none,
        null,
        null,
      ]);
    rows.push([
      "partnership-principle",
      "Alignment",
      null,
      partnership.name,
      null,
      null,
      partnership.alignment,
      null,
      ...none,
      null,
      null,
    ]);
    for (const criterion of programme.dacCriteria)
      rows.push([
        "partnership-dac",
        criterion.criterion,
        null,
        partnership.name,
        null,
        null,
        criterion.partnerships[index]?.score ?? null,
        null,
        ...none,
        null,
        null,
      ]);
    for (const goal of partnership.goals)
      rows.push([
        "city-goal",
        goal.goal,
        null,
        partnership.name,
        goal.city,
        goal.year,
        goal.index,
        goal.band,
        ...none.slice(0, 6),
        null,
        null,
        goal.coverage,
        goal.trend,
      ]);
    for (const objective of partnership.objectives)
      rows.push([
        "city-objective",
        objective.objective,
        null,
        partnership.name,
        objective.city,
        objective.year,
        objective.index,
        objective.band,
        ...none.slice(0, 6),
        null,
        null,
        objective.coverage,
        null,
      ]);
  });
  return [HEADER, ...rows].map((row) => csvLine(row, options)).join("");
}
