// Formulas of the indicator side (docs/method.md §4) in both dialects: the score of one value, goal
// and objective indices with their coverage, bands, the overall index and the trend class. Cells
// without a value show the empty text, never an error, so charts and aggregates keep working.

import { ENGLISH_FORMULA_WORDS, type FormulaWords } from "./formulaWords";
import {
  BLANK,
  c2c,
  call,
  dialects,
  div,
  eq,
  ge,
  ifThen,
  lt,
  mul,
  num,
  sub,
  text,
  type Expr,
} from "./expr";
import { blanksAsEmptyText } from "./blankGuards";
import type { SdgBandRefs } from "./settingRefs";

const isNumber = (expr: Expr): Expr => call("ISNUMBER", expr);

/** A `criteria_range, criterion` pair, as AVERAGEIFS and the C2C aggregates take them. */
export interface CriterionPair {
  readonly range: Expr;
  readonly criterion: Expr;
}

const flatten = (criteria: readonly CriterionPair[]): Expr[] =>
  criteria.flatMap((pair) => [pair.range, pair.criterion]);

/** Labels shown beside an index that has no band. */
export const NO_DATA = "No data";
export const LOW_COVERAGE = "Low coverage";

/** Which of a score's input cells hold a fraction under a percent format (0.71 shown as 71 %). */
export interface PercentInputs {
  readonly value: boolean;
  readonly worst: boolean;
  readonly end: boolean;
}

const NO_PERCENT_INPUTS: PercentInputs = { value: false, worst: false, end: false };

/**
 * Score 0–100 of one value between worst and end: 100 · clamp((x − worst)/(end − worst), 0, 1); ""
 * for a blank value. A cell in `percent` is read as the number it shows, cell·100, as the engine
 * reads it (README "Values as Excel stores them"); its blank test stays on the cell itself, since
 * a cleared cell times 100 is 0, not blank.
 */
export function scoreFormula(
  value: Expr,
  worst: Expr,
  end: Expr,
  percent: PercentInputs = NO_PERCENT_INPUTS,
): Expr {
  const shown = (cell: Expr, isPercent: boolean): Expr => (isPercent ? mul(cell, num(100)) : cell);
  const [x, low, high] = [
    shown(value, percent.value),
    shown(worst, percent.worst),
    shown(end, percent.end),
  ];
  const share = div(sub(x, low), sub(high, low));
  return dialects(
    c2c(
      "SCORE",
      ...[
        [value, percent.value] as const,
        [worst, percent.worst] as const,
        [end, percent.end] as const,
      ].map(([cell, isPercent]) => shownOrEmptyText(cell, isPercent)),
    ),
    ifThen(eq(value, BLANK), BLANK, mul(num(100), call("MAX", num(0), call("MIN", num(1), share)))),
  );
}

/**
 * A live SCORE argument: "" for a blank cell (blankGuards.ts), else the number the cell shows
 * (cell·100 for a percent-formatted one); the blank test stays on the cell itself.
 */
function shownOrEmptyText(cell: Expr, isPercent: boolean): Expr {
  return isPercent
    ? call("IF", call("ISBLANK", cell), BLANK, mul(cell, num(100)))
    : blanksAsEmptyText(cell);
}

/** Mean of the available scores of one goal among the rows matching the criteria; "" when none has a score. */
export function goalIndexFormula(
  scores: Expr,
  goals: Expr,
  goal: number,
  criteria: readonly CriterionPair[],
): Expr {
  return call(
    "IFERROR",
    dialects(
      c2c("GOALINDEX", scores, goals, num(goal), ...flatten(criteria)),
      call("AVERAGEIFS", scores, goals, num(goal), ...flatten(criteria)),
    ),
    BLANK,
  );
}

/** Mean of the available scores of one EC objective (the Objective column holds GOV/INC/GRN/PRO). */
export function objectiveIndexFormula(
  scores: Expr,
  objectives: Expr,
  objective: string,
  criteria: readonly CriterionPair[],
): Expr {
  return call(
    "IFERROR",
    dialects(
      c2c("OBJECTIVEINDEX", scores, objectives, text(objective), ...flatten(criteria)),
      call("AVERAGEIFS", scores, objectives, text(objective), ...flatten(criteria)),
    ),
    BLANK,
  );
}

/**
 * Share of the rows matching the criteria that have a score (the template writes a row for every
 * listed indicator, so a row without a score is a gap); "" when no row matches.
 */
export function coverageFormula(scores: Expr, criteria: readonly CriterionPair[]): Expr {
  const matching = call("COUNTIFS", ...flatten(criteria));
  const scored = call("COUNTIFS", ...flatten(criteria), scores, text(">=0"));
  return call(
    "IFERROR",
    dialects(c2c("COVERAGE", scores, ...flatten(criteria)), div(scored, matching)),
    BLANK,
  );
}

/** Distance to travel: 100 − index; "" without an index. */
export function distanceFormula(index: Expr): Expr {
  return ifThen(isNumber(index), sub(num(100), index), BLANK);
}

/** SDSN band of a 0–100 score (no check of coverage). */
export function sdgBandFormula(
  score: Expr,
  limits: SdgBandRefs,
  words: FormulaWords = ENGLISH_FORMULA_WORDS,
): Expr {
  const portable = ifThen(
    ge(score, limits.achieved),
    words.label("Achieved"),
    ifThen(
      ge(score, limits.challengesRemain),
      words.label("Challenges remain"),
      ifThen(
        ge(score, limits.significantChallenges),
        words.label("Significant challenges"),
        words.label("Major challenges"),
      ),
    ),
  );
  return limits.range === null
    ? portable
    : words.worded(c2c("BAND", score, text("sdg"), limits.range), portable);
}

/** The band of a goal or objective index: No data without an index, Low coverage below the threshold, else its SDSN band. */
export function indexBandFormula(
  index: Expr,
  coverage: Expr,
  limits: SdgBandRefs,
  coverageThreshold: Expr,
  words: FormulaWords = ENGLISH_FORMULA_WORDS,
): Expr {
  return ifThen(
    isNumber(index),
    ifThen(
      lt(coverage, coverageThreshold),
      words.label(LOW_COVERAGE),
      sdgBandFormula(index, limits, words),
    ),
    words.label(NO_DATA),
  );
}

/** Mean of the index cells that hold a number (the overall SDG index over the goals); "" when none does. */
export function meanOfNumbersFormula(range: Expr): Expr {
  return call("IFERROR", call("AVERAGE", range), BLANK);
}

/** One year of a score series: the score cell and the cell (or number) of its year. */
export interface SeriesPoint {
  readonly score: Expr;
  readonly year: Expr;
}

// Years are unique in a series, so a sentinel far outside any year never wins MIN or MAX.
const NO_YEAR = 1e9;

/** Earliest year with a score; "" when no year has one. */
export function baseYearFormula(points: readonly SeriesPoint[], scores: Expr): Expr {
  const years = points.map((point) => ifThen(isNumber(point.score), point.year, num(NO_YEAR)));
  return ifThen(eq(call("COUNT", scores), num(0)), BLANK, call("MIN", ...years));
}

/** Latest year with a score; "" when no year has one. */
export function latestYearFormula(points: readonly SeriesPoint[], scores: Expr): Expr {
  const years = points.map((point) => ifThen(isNumber(point.score), point.year, num(-NO_YEAR)));
  return ifThen(eq(call("COUNT", scores), num(0)), BLANK, call("MAX", ...years));
}

/** The score of the series in a year (years are unique, so the sum is that one score); "" without the year. */
export function scoreInYearFormula(scores: Expr, years: Expr, year: Expr): Expr {
  return ifThen(isNumber(year), call("SUMIFS", scores, years, year), BLANK);
}

/** The helper cells the portable trend formula reads (all computed on the same row). */
export interface TrendCells {
  readonly count: Expr;
  readonly baseYear: Expr;
  readonly baseScore: Expr;
  readonly latestYear: Expr;
  readonly latestScore: Expr;
}

/**
 * SDSN trend class (docs/method.md §4): live C2C.TRENDCLASS over the series; portable, the same rule
 * over the helper cells, in the framework's order of precedence.
 */
export function trendFormula(
  scores: Expr,
  years: Expr,
  targetYear: Expr,
  cells: TrendCells,
  words: FormulaWords = ENGLISH_FORMULA_WORDS,
): Expr {
  const label = (english: string): Expr => words.label(english);
  const { count, baseYear, baseScore, latestYear, latestScore } = cells;
  const observed = div(sub(latestScore, baseScore), sub(latestYear, baseYear));
  const required = div(sub(num(100), baseScore), sub(targetYear, baseYear));
  const ratio = div(observed, required);
  const byRatio = ifThen(
    ge(ratio, num(1)),
    label("On track"),
    ifThen(
      ge(ratio, num(0.5)),
      label("Moderately improving"),
      ifThen(ge(ratio, num(0)), label("Stagnating"), label("Decreasing")),
    ),
  );
  const portable = ifThen(
    eq(count, num(0)),
    label("Insufficient data"),
    ifThen(
      eq(latestScore, num(100)),
      label("Achieved"),
      ifThen(
        lt(count, num(2)),
        label("Insufficient data"),
        ifThen(
          ge(latestYear, targetYear),
          label("Target year passed"),
          ifThen(ge(baseScore, num(100)), label("Decreasing"), byRatio),
        ),
      ),
    ),
  );
  return words.worded(
    call("IFERROR", c2c("TRENDCLASS", scores, years, targetYear), BLANK),
    portable,
  );
}

/** Share of the distance closed between base and latest: (latest − base)/(100 − base); "" with fewer than two years or a base of 100. */
export function distanceClosedFormula(cells: TrendCells): Expr {
  const { count, baseScore, latestScore } = cells;
  return ifThen(
    lt(count, num(2)),
    BLANK,
    ifThen(
      ge(baseScore, num(100)),
      BLANK,
      div(sub(latestScore, baseScore), sub(num(100), baseScore)),
    ),
  );
}
