// Goal, EC objective and overall SDG indices for every city and year with indicator rows
// (docs/method.md §4): a goal index over the rows of that goal, an objective index over the rows
// tagged with that objective, and the overall index as the mean of the goal indices that exist.

import { catalogue } from "../catalogue";
import type { ObjectiveId } from "../catalogue/types";
import { overallIndex, sdgBand } from "../scoring";
import type { ScoringSettings } from "../settings";
import type { CityYears } from "./cityYears";
import { indexFigures } from "./indexResult";
import { valueOrThrow } from "./invariant";
import type {
  GoalIndexResult,
  IndicatorResult,
  ObjectiveIndexResult,
  OverallIndexResult,
} from "./types";

type IndexSettings = Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits">;

export interface SdgIndices {
  readonly goals: readonly GoalIndexResult[];
  readonly objectives: readonly ObjectiveIndexResult[];
  readonly overall: readonly OverallIndexResult[];
}

export function sdgIndices(cities: readonly CityYears[], settings: IndexSettings): SdgIndices {
  const goals: GoalIndexResult[] = [];
  const objectives: ObjectiveIndexResult[] = [];
  const overall: OverallIndexResult[] = [];
  for (const { city, years } of cities) {
    for (const { year, rows } of years) {
      const yearGoals = goalIndicesOf(city, year, rows, settings);
      goals.push(...yearGoals);
      objectives.push(...objectiveIndicesOf(city, year, rows, settings));
      overall.push(overallIndexOf(city, year, yearGoals, settings));
    }
  }
  return { goals, objectives, overall };
}

function goalIndicesOf(
  city: string,
  year: number,
  rows: readonly IndicatorResult[],
  settings: IndexSettings,
): GoalIndexResult[] {
  const goalNumbers = [...new Set(rows.map((row) => row.goal))].sort((a, b) => a - b);
  return goalNumbers.map((goal) => ({
    city,
    year,
    goal,
    ...indexFigures(
      rows.filter((row) => row.goal === goal).map((row) => row.score),
      settings,
    ),
  }));
}

/** The objectives present among the rows, in the catalogue's order. */
function objectiveIndicesOf(
  city: string,
  year: number,
  rows: readonly IndicatorResult[],
  settings: IndexSettings,
): ObjectiveIndexResult[] {
  return catalogue.objectives.flatMap(({ id }) => {
    const tagged = rows.filter((row) => row.objective === id);
    return tagged.length === 0 ? [] : [objectiveIndex(city, year, id, tagged, settings)];
  });
}

export function objectiveIndex(
  city: string,
  year: number,
  objective: ObjectiveId,
  tagged: readonly IndicatorResult[],
  settings: IndexSettings,
): ObjectiveIndexResult {
  return {
    city,
    year,
    objective,
    ...indexFigures(
      tagged.map((row) => row.score),
      settings,
    ),
  };
}

export function overallIndexOf(
  city: string,
  year: number,
  goals: readonly GoalIndexResult[],
  settings: IndexSettings,
): OverallIndexResult {
  const indices = goals.map((goal) => goal.index);
  const goalsWithIndex = indices.filter((index) => index !== null).length;
  const combined = overallIndex(indices);
  if (!combined.ok)
    return {
      city,
      year,
      index: null,
      distance: null,
      band: "No data",
      goalsWithIndex,
      goals: goals.length,
    };
  return {
    city,
    year,
    index: combined.value,
    distance: 100 - combined.value,
    band: valueOrThrow(
      sdgBand(combined.value, settings.sdgBandLimits),
      "the band of an overall index",
    ),
    goalsWithIndex,
    goals: goals.length,
  };
}
