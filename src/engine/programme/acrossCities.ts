// The indicator component across the programme: per goal, per EC objective and for the overall SDG
// index, how the cities' latest indices spread. Low-coverage cities are counted apart and never
// averaged in (a one-indicator index is not the goal); cities without a value are counted as no data.

import { catalogue, findGoal } from "../catalogue";
import { isLowCoverage, sdgBand, type SdgBand, type TrendClass } from "../scoring";
import type { ScoringSettings } from "../settings";
import { distributionOf, sharesOf } from "./distribution";
import { SDG_BANDS, TREND_CLASSES } from "./labels";
import type {
  GoalAcrossProgramme,
  IndexAcrossCities,
  ObjectiveAcrossProgramme,
  OverallAcrossProgramme,
  PartnershipSummary,
} from "./types";

type Rules = Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits">;

interface CityFigure {
  readonly index: number | null;
  readonly coverage: number;
}

export function goalsAcross(
  summaries: readonly PartnershipSummary[],
  rules: Rules,
): GoalAcrossProgramme[] {
  const entries = summaries.flatMap((summary) => summary.goals);
  const rows = summaries.flatMap((summary) => summary.goalRows);
  const goals = [...new Set(entries.map((entry) => entry.goal))].sort((a, b) => a - b);
  return goals.map((goal): GoalAcrossProgramme => {
    const ofGoal = entries.filter((entry) => entry.goal === goal);
    const rowsOfGoal = rows.filter((row) => row.goal === goal);
    const listed = rowsOfGoal.reduce((total, row) => total + row.rows, 0);
    const withValue = rowsOfGoal.reduce((total, row) => total + row.withValue, 0);
    return {
      goal,
      name: findGoal(goal)?.name ?? `Goal ${goal}`,
      ...indexAcross(ofGoal, rules),
      trendShares: sharesOf<TrendClass>(
        ofGoal.map((entry) => entry.trend),
        TREND_CLASSES,
      ),
      cities: ofGoal.length,
      dataCoverage: listed === 0 ? null : withValue / listed,
    };
  });
}

export function objectivesAcross(
  summaries: readonly PartnershipSummary[],
  rules: Rules,
): ObjectiveAcrossProgramme[] {
  const entries = summaries.flatMap((summary) => summary.objectives);
  return catalogue.objectives.map((objective): ObjectiveAcrossProgramme => ({
    objective: objective.id,
    name: objective.name,
    ...indexAcross(
      entries.filter((entry) => entry.objective === objective.id),
      rules,
    ),
  }));
}

export function overallAcross(
  summaries: readonly PartnershipSummary[],
  rules: Rules,
): OverallAcrossProgramme {
  const cities = summaries.flatMap((summary) => summary.sdgIndices);
  const indices = cities.flatMap((city) => (city.index === null ? [] : [city.index]));
  return {
    distribution: distributionOf(indices),
    noDataCities: cities.length - indices.length,
    bandShares: bandSharesOf(indices, rules),
    trendShares: sharesOf<TrendClass>(
      summaries.flatMap((summary) => summary.sdgTrends.map((city) => city.trend)),
      TREND_CLASSES,
    ),
  };
}

function indexAcross(figures: readonly CityFigure[], rules: Rules): IndexAcrossCities {
  const counted: number[] = [];
  let lowCoverageCities = 0;
  let noDataCities = 0;
  for (const figure of figures) {
    if (figure.index === null) noDataCities += 1;
    else if (isLow(figure.coverage, rules)) lowCoverageCities += 1;
    else counted.push(figure.index);
  }
  return {
    distribution: distributionOf(counted),
    lowCoverageCities,
    noDataCities,
    bandShares: bandSharesOf(counted, rules),
  };
}

function isLow(coverage: number, rules: Rules): boolean {
  const low = isLowCoverage(coverage, rules.coverageThreshold);
  return low.ok ? low.value : true;
}

function bandSharesOf(indices: readonly number[], rules: Rules): Record<SdgBand, number> {
  const bands = indices.flatMap((index) => {
    const band = sdgBand(index, rules.sdgBandLimits);
    return band.ok ? [band.value] : [];
  });
  return sharesOf<SdgBand>(bands, SDG_BANDS);
}
