// Trend classes (docs/method.md §4; the SDSN trend-arrow rule with the end value as the achievement
// line): the yearly change observed between the base and latest years, against the yearly change
// still required to reach 100 by the target year.

import { DEFAULT_SETTINGS } from "../settings";
import { invalidInput, ok, type Result } from "../result";
import { checkFinite, checkHundredScore } from "./checks";
import { distanceClosed } from "./distanceClosed";

export type TrendClass =
  | "Achieved"
  | "Insufficient data"
  | "Target year passed"
  | "On track"
  | "Moderately improving"
  | "Stagnating"
  | "Decreasing";

export interface Trend {
  readonly trendClass: TrendClass;
  /** Earliest year with a score. */
  readonly baseYear?: number;
  /** Latest year with a score. */
  readonly latestYear?: number;
  /** (s_latest − s_base) / (latestYear − baseYear); needs two years. */
  readonly observedPerYear?: number;
  /** (100 − s_base) / (targetYear − baseYear); needs the target year after the base year. */
  readonly requiredPerYear?: number;
  /** observed / required; needs a positive required change. */
  readonly ratio?: number;
  /** (s_latest − s_base) / (100 − s_base); needs two years and a base score below 100. */
  readonly distanceClosed?: number;
}

export interface YearScore {
  readonly year: number;
  /** 0–100, or null for a year without a score (skipped). */
  readonly score: number | null;
}

interface ScoredYear {
  readonly year: number;
  readonly score: number;
}

export function trend(
  points: readonly YearScore[],
  targetYear: number = DEFAULT_SETTINGS.targetYear,
): Result<Trend> {
  const scored = scoredYears(points);
  if (!scored.ok) return scored;
  const targetProblem = checkFinite("the target year", targetYear);
  if (targetProblem) return targetProblem;

  const series = scored.value;
  const base = series[0];
  const latest = series[series.length - 1];
  if (base === undefined || latest === undefined) return ok({ trendClass: "Insufficient data" });
  if (series.length < 2) {
    return ok({
      trendClass: latest.score === 100 ? "Achieved" : "Insufficient data",
      baseYear: base.year,
      latestYear: latest.year,
    });
  }

  const observedPerYear = (latest.score - base.score) / (latest.year - base.year);
  const requiredPerYear =
    targetYear > base.year ? (100 - base.score) / (targetYear - base.year) : undefined;
  const ratio =
    requiredPerYear !== undefined && requiredPerYear > 0
      ? observedPerYear / requiredPerYear
      : undefined;
  const closed = distanceClosed(base.score, latest.score);
  return ok({
    trendClass: classify(latest, targetYear, ratio),
    baseYear: base.year,
    latestYear: latest.year,
    observedPerYear,
    ...(requiredPerYear === undefined ? {} : { requiredPerYear }),
    ...(ratio === undefined ? {} : { ratio }),
    ...(closed.ok ? { distanceClosed: closed.value } : {}),
  });
}

// The precedence of docs/method.md: Achieved · (Insufficient data, handled by the caller) · Target
// year passed · On track · Moderately improving · Stagnating · Decreasing.
function classify(latest: ScoredYear, targetYear: number, ratio: number | undefined): TrendClass {
  if (latest.score === 100) return "Achieved";
  if (latest.year >= targetYear) return "Target year passed";
  // Before the target year a ratio is missing only when nothing was required: the base score was
  // already 100, and the latest, below 100, shows a fall.
  if (ratio === undefined) return "Decreasing";
  if (ratio >= 1) return "On track";
  if (ratio >= 0.5) return "Moderately improving";
  if (ratio >= 0) return "Stagnating";
  return "Decreasing";
}

// The years with a score, earliest first. Two scores for one year are an input error: a trend over
// them would depend on which one came first (usually two cities or indicators mixed in one range).
function scoredYears(points: readonly YearScore[]): Result<readonly ScoredYear[]> {
  const series: ScoredYear[] = [];
  for (const { year, score } of points) {
    if (score === null) continue;
    const problem = checkFinite("the year", year) ?? checkHundredScore("the score", score);
    if (problem) return problem;
    if (series.some((p) => p.year === year)) {
      return invalidInput(
        `there are two scores for ${year}; give one score per year (filter by city and indicator)`,
      );
    }
    series.push({ year, score });
  }
  return ok(series.sort((a, b) => a.year - b.year));
}
