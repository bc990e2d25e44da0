// One partnership's scored assessment → what the programme keeps of it: the principle scores and
// alignment, and per city its goals (each in the latest year in which it has an index), its EC
// objectives and overall SDG index in its latest year, with trends; and per goal how many of the
// city's indicator rows (over every year) have a value.

import { catalogue, type PrincipleId } from "../catalogue";
import type { AssessmentScores, CitySdgResult, GoalIndexResult } from "../assessment/types";
import type { Assessment } from "../model/types";
import type { CityGoal, CityObjective, GoalRows, PartnershipSummary } from "./types";

export function summarisePartnership(
  source: string,
  assessment: Assessment,
  scores: AssessmentScores,
): PartnershipSummary {
  const principleScores = Object.fromEntries(
    catalogue.principles.map((principle) => [principle.id, null]),
  ) as Record<PrincipleId, number | null>;
  for (const result of scores.principles) principleScores[result.principle] = result.score;
  return {
    source,
    name: assessment.partnership.name,
    cities: assessment.partnership.cities,
    list: assessment.partnership.list,
    worstValueMode: scores.settings.worstValueMode,
    catalogueVersion: assessment.partnership.catalogueVersion,
    settings: scores.settings,
    language: assessment.language ?? "en",
    principleScores,
    alignment: scores.alignment.score,
    respondents: scores.checklist.respondents,
    contestedItems: scores.checklist.contestedItems,
    dataCoverage: scores.dataCoverage.share,
    sdgIndices: scores.cities.map((city) => ({
      city: city.city,
      year: city.overall.year,
      index: city.overall.index,
    })),
    sdgTrends: scores.cities.map((city) => ({
      city: city.city,
      trend: city.overallTrend.trendClass,
    })),
    goals: cityGoals(scores),
    objectives: scores.cities.flatMap((city) =>
      city.objectives.map((objective): CityObjective => ({
        city: city.city,
        objective: objective.objective,
        year: objective.year,
        index: objective.index,
        coverage: objective.coverage,
        band: objective.band,
      })),
    ),
    goalRows: goalRows(scores),
  };
}

function cityGoals(scores: AssessmentScores): CityGoal[] {
  const byCityAndGoal = new Map<string, GoalIndexResult[]>();
  for (const result of scores.goalIndices) {
    const key = `${result.city}\u0000${result.goal}`;
    const series = byCityAndGoal.get(key);
    if (series === undefined) byCityAndGoal.set(key, [result]);
    else series.push(result);
  }
  return scores.cities.flatMap((city: CitySdgResult) =>
    city.goals.map((row): CityGoal => {
      // goalIndices run by year within a city, so the last with an index is the latest.
      const series = byCityAndGoal.get(`${city.city}\u0000${row.goal}`) ?? [];
      const latest = [...series].reverse().find((result) => result.index !== null) ?? row.latest;
      return {
        city: city.city,
        goal: row.goal,
        year: latest.year,
        index: latest.index,
        coverage: latest.coverage,
        band: latest.band,
        trend: row.trend.trendClass,
      };
    }),
  );
}

function goalRows(scores: AssessmentScores): GoalRows[] {
  const counts = new Map<string, { city: string; goal: number; rows: number; withValue: number }>();
  for (const row of scores.indicators) {
    const key = `${row.city}\u0000${row.goal}`;
    const count = counts.get(key) ?? { city: row.city, goal: row.goal, rows: 0, withValue: 0 };
    count.rows += 1;
    if (row.value !== null) count.withValue += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((a, b) => a.goal - b.goal);
}
