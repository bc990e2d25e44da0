// The partner cities of one partnership side by side (docs/method.md §5, peer-to-peer learning): each
// city's principle scores from its own respondents' answers, its goal indices and overall SDG index
// in its latest year, with the gap to the best city and who can learn from whom.

import type { AssessmentScores, CitySdgResult, GoalTableRow } from "../assessment/types";
import { catalogue, findGoal } from "../catalogue";
import type { Assessment } from "../model/types";
import { nameKey } from "../sheetValues";
import type { Result } from "../result";
import { buildComparison, type RowScores } from "./buildComparison";
import { cityPrinciples, type CityPrinciples } from "./cityPrinciples";
import { cityDetailText, type CityDetail, type ComparisonNote, type GoalLeftOut } from "./notes";
import type { ComparedUnit, Comparison } from "./types";

/**
 * `cities`: which partner cities to compare, in this order (default: all of them, in the
 * partnership's order). A city with neither indicator data nor respondents still appears, with nulls.
 */
export function compareCities(
  assessment: Assessment,
  scores: AssessmentScores,
  cities: readonly string[] = assessment.partnership.cities,
): Result<Comparison> {
  const settings = scores.settings;
  const tables = cities.map(
    (city) => scores.cities.find((table) => nameKey(table.city) === nameKey(city)) ?? null,
  );
  const principles = cities.map((city) => cityPrinciples(assessment, city, settings));
  const goals = [
    ...new Set(tables.flatMap((table) => table?.goals.map((row) => row.goal) ?? [])),
  ].sort((a, b) => a - b);

  const units = cities.map((city, index): ComparedUnit => {
    const cityDetail = unitDetail(tables[index] ?? null, principles[index]);
    return { name: city, detail: cityDetailText(cityDetail), cityDetail };
  });
  const rows: RowScores[] = [
    ...catalogue.principles.map((principle): RowScores => ({
      kind: "principle",
      id: principle.id,
      name: principle.name,
      scores: principles.map(
        (city) =>
          city.principles?.find((result) => result.principle === principle.id)?.score ?? null,
      ),
    })),
    {
      kind: "alignment",
      id: "Alignment",
      name: "Alignment with the G20 principles",
      scores: principles.map((city) => city.alignment?.score ?? null),
    },
    ...goals.map((goal): RowScores => ({
      kind: "goal",
      id: `SDG ${goal}`,
      name: findGoal(goal)?.name ?? `Goal ${goal}`,
      scores: tables.map((table) => comparableIndex(table?.goals.find((row) => row.goal === goal))),
    })),
    {
      kind: "sdg-index",
      id: "SDG index",
      name: "Overall SDG index",
      scores: tables.map((table) => table?.overall.index ?? null),
    },
  ];
  return buildComparison({
    kind: "cities",
    units,
    rows,
    settings,
    owner: assessment.partnership.name === "" ? "the partnership" : assessment.partnership.name,
    notes: [...principleNotes(assessment, scores, principles), ...sdgNotes(assessment, tables)],
  });
}

// A goal index of low coverage or without data is not compared: one indicator out of five does not
// stand for the goal (docs/method.md §4, Aggregation).
function comparableIndex(row: GoalTableRow | undefined): number | null {
  if (row === undefined || row.latest.band === "Low coverage" || row.latest.band === "No data")
    return null;
  return row.latest.index;
}

function unitDetail(
  table: CitySdgResult | null,
  principles: CityPrinciples | undefined,
): CityDetail {
  return { latestYear: table?.latestYear ?? null, respondents: principles?.respondents ?? 0 };
}

function principleNotes(
  assessment: Assessment,
  scores: AssessmentScores,
  cities: readonly CityPrinciples[],
): ComparisonNote[] {
  if (assessment.respondents.length === 0 || assessment.checklist.length === 0)
    return [{ kind: "no-checklist" }];
  const notes: ComparisonNote[] = [];
  const small = cities.filter((city) => city.principles === null);
  if (small.length > 0) {
    notes.push({
      kind: "few-city-respondents",
      minimum: scores.settings.minimumGroupSize,
      cities: small.map((city) => ({ city: city.city, respondents: city.respondents })),
    });
  }
  // A principle the partnership as a whole scores but a city's own respondents do not.
  const scoredOverall = new Set(
    scores.principles.filter((result) => result.score !== null).map((result) => result.principle),
  );
  for (const city of cities) {
    const missing =
      city.principles
        ?.filter((result) => result.score === null && scoredOverall.has(result.principle))
        .map((result) => result.principle) ?? [];
    if (missing.length > 0)
      notes.push({ kind: "city-principles-missing", city: city.city, principles: missing });
  }
  const compared = new Set(cities.map((city) => nameKey(city.city)));
  const elsewhere = assessment.respondents.filter(
    (respondent) => !compared.has(nameKey(respondent.city)),
  ).length;
  if (elsewhere > 0) notes.push({ kind: "respondents-elsewhere", count: elsewhere });
  return notes;
}

function sdgNotes(
  assessment: Assessment,
  tables: readonly (CitySdgResult | null)[],
): ComparisonNote[] {
  if (assessment.indicators.length === 0) return [{ kind: "no-indicators" }];
  const notes: ComparisonNote[] = [];
  const present = tables.filter((table): table is CitySdgResult => table !== null);
  const years = new Set(present.map((table) => table.latestYear));
  if (years.size > 1) {
    notes.push({
      kind: "latest-years-differ",
      cities: present.map((table) => ({ city: table.city, year: table.latestYear })),
    });
  }
  for (const table of present) {
    const left = table.goals.flatMap((row): GoalLeftOut[] => {
      if (row.latest.band === "Low coverage")
        return [
          {
            goal: row.goal,
            lowCoverage: { available: row.latest.available, listed: row.latest.listed },
          },
        ];
      if (row.latest.band === "No data") return [{ goal: row.goal }];
      return [];
    });
    if (left.length > 0)
      notes.push({
        kind: "goals-not-compared",
        city: table.city,
        year: table.latestYear,
        goals: left,
      });
  }
  return notes;
}
