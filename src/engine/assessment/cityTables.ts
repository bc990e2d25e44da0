// The latest-year tables of the Scoreboard, one per partner city: every goal the city has rows for,
// with its index in the city's latest year and its trend over all years; the four EC objectives and
// the overall index in that year; and the city's data coverage in that year.

import { catalogue, findGoal } from "../catalogue";
import type { ScoringSettings } from "../settings";
import type { CityYears } from "./cityYears";
import { dataCoverage } from "./dataCoverage";
import { indexFigures } from "./indexResult";
import { goalIndicesOf, objectiveIndex, overallIndexOf } from "./sdgIndices";
import { trendResult } from "./trendResult";
import type { CitySdgResult, GoalIndexResult, GoalTableRow, OverallIndexResult } from "./types";

type TableSettings = Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits" | "targetYear">;

export function cityTables(cities: readonly CityYears[], settings: TableSettings): CitySdgResult[] {
  return cities.flatMap((city): CitySdgResult[] => {
    const latest = city.years[city.years.length - 1];
    if (latest === undefined) return [];
    const goalsByYear = city.years.map(({ year, rows }) => ({ year, goals: goalIndicesOf(city.city, year, rows, settings) }));
    const overallByYear = goalsByYear.map(({ year, goals }) => overallIndexOf(city.city, year, goals, settings));
    const latestGoals = goalsByYear[goalsByYear.length - 1]?.goals ?? [];
    const goalNumbers = [...new Set(goalsByYear.flatMap(({ goals }) => goals.map((goal) => goal.goal)))].sort((a, b) => a - b);

    const goals = goalNumbers.map((goal): GoalTableRow => {
      const points = goalsByYear.map(({ year, goals: yearGoals }) => ({ year, score: yearGoals.find((entry) => entry.goal === goal)?.index ?? null }));
      return {
        goal,
        name: findGoal(goal)?.name ?? `Goal ${goal}`,
        latest: latestGoals.find((entry) => entry.goal === goal) ?? emptyGoal(city.city, latest.year, goal, settings),
        trend: trendResult(points, settings.targetYear),
      };
    });
    const objectives = catalogue.objectives.map(({ id }) =>
      objectiveIndex(
        city.city,
        latest.year,
        id,
        latest.rows.filter((row) => row.objective === id),
        settings,
      ),
    );
    const overall: OverallIndexResult = overallByYear[overallByYear.length - 1] ?? overallIndexOf(city.city, latest.year, [], settings);
    const overallTrend = trendResult(
      overallByYear.map(({ year, index }) => ({ year, score: index })),
      settings.targetYear,
    );
    const coverage = dataCoverage(latest.rows);
    return [{ city: city.city, latestYear: latest.year, goals, objectives, overall, overallTrend, coverage }];
  });
}

// A goal the city reported in earlier years but has no row for in its latest year.
function emptyGoal(city: string, year: number, goal: number, settings: TableSettings): GoalIndexResult {
  return { city, year, goal, ...indexFigures([], settings) };
}
