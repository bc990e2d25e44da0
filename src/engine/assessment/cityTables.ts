// The latest-year tables of the Scoreboard, one per partner city: every goal the city has rows for,
// with its index in the city's latest year and its trend over all years; the four EC objectives and
// the overall index in that year; and the city's data coverage in that year.

import { catalogue, findGoal } from "../catalogue";
import type { ScoringSettings } from "../settings";
import type { CityYears } from "./cityYears";
import { dataCoverage } from "./dataCoverage";
import { indexFigures } from "./indexResult";
import { objectiveIndex, overallIndexOf, type SdgIndices } from "./sdgIndices";
import { trendResult } from "./trendResult";
import type { CitySdgResult, GoalIndexResult, GoalTableRow } from "./types";

type TableSettings = Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits" | "targetYear">;

/** `indices` were computed from the same `cities`. */
export function cityTables(
  cities: readonly CityYears[],
  indices: SdgIndices,
  settings: TableSettings,
): CitySdgResult[] {
  return cities.flatMap((city): CitySdgResult[] => {
    const latest = city.years[city.years.length - 1];
    if (latest === undefined) return [];
    const years = city.years.map(({ year }) => year);
    const goalResults = indices.goals.filter((result) => result.city === city.city);
    const overallResults = indices.overall.filter((result) => result.city === city.city);
    const goalNumbers = [...new Set(goalResults.map((result) => result.goal))].sort(
      (a, b) => a - b,
    );

    const goals = goalNumbers.map((goal): GoalTableRow => {
      const series = goalResults.filter((result) => result.goal === goal);
      const points = years.map((year) => ({
        year,
        score: series.find((result) => result.year === year)?.index ?? null,
      }));
      return {
        goal,
        name: findGoal(goal)?.name ?? `Goal ${goal}`,
        latest:
          series.find((result) => result.year === latest.year) ??
          emptyGoal(city.city, latest.year, goal, settings),
        trend: trendResult(points, settings.targetYear),
      };
    });
    // All four objectives, so the Scoreboard's block has a fixed shape; No data where none is tagged.
    const objectives = catalogue.objectives.map(({ id }) =>
      objectiveIndex(
        city.city,
        latest.year,
        id,
        latest.rows.filter((row) => row.objective === id),
        settings,
      ),
    );
    const overall =
      overallResults.find((result) => result.year === latest.year) ??
      overallIndexOf(city.city, latest.year, [], settings);
    const overallTrend = trendResult(
      overallResults.map(({ year, index }) => ({ year, score: index })),
      settings.targetYear,
    );
    return [
      {
        city: city.city,
        latestYear: latest.year,
        goals,
        objectives,
        overall,
        overallTrend,
        coverage: dataCoverage(latest.rows),
      },
    ];
  });
}

// A goal the city reported in earlier years but has no row for in its latest year.
function emptyGoal(
  city: string,
  year: number,
  goal: number,
  settings: TableSettings,
): GoalIndexResult {
  return { city, year, goal, ...indexFigures([], settings) };
}
