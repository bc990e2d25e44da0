// The C2C custom functions as Excel sees them. custom-functions-metadata reads the JSDoc of each
// function below to write functions.json (ids, descriptions, parameter help, help links), and its
// webpack plugin appends one `CustomFunctions.associate("ID", fn)` per function to this file, so
// the file holds no associate call of its own (a second one would register every id twice).
// Each function forwards to the implementation in the registry; keep the bodies one line.
//
// Types are written for the generator: `Array<Array<...>>` of a union becomes a matrix of `any`
// (a range whose cells may hold numbers, text, blanks or errors); `Array<Array<Array<...>>>` is a
// repeating parameter (the criteria pairs); `?` marks an optional argument, which Excel passes as
// null when left out. A parenthesised union such as `(number | string)[][]` is not understood by
// the generator, and a named type alias is refused, hence the spelled-out unions.

import { FUNCTIONS } from "./registry";

/**
 * Score of an indicator value on 0–100: 100·(value − worst)/(end − worst), clamped to 0–100; works for both polarities and on whole columns. Example: =C2C.SCORE(42.5, 5, 80) returns 50.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#c2c-score
 * @param value The indicator value in the indicator's unit (a cell or a range). A blank gives an empty result; text or an error gives an error in that cell only.
 * @param worst The worst value (score 0) in the same unit: a number, or a range of the same size as value.
 * @param end The end value (score 100, the 2030 target) in the same unit: a number, or a range of the same size as value. It must differ from worst.
 * @returns Scores from 0 to 100, one per value.
 */
export function score(
  value: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  worst: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  end: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return FUNCTIONS.SCORE.run(value, worst, end);
}

/**
 * Distance still to travel to the end value on 0–100 (100 − score); works on whole columns. Example: =C2C.DISTANCE(20, 50, 5) returns 33.33 (PM2.5 of 20 against worst 50 and the WHO end value 5).
 * @customfunction DISTANCE
 * @helpurl https://localhost:3000/help.html#c2c-distance
 * @param value The indicator value in the indicator's unit (a cell or a range). A blank gives an empty result.
 * @param worst The worst value (distance 100) in the same unit: a number, or a range of the same size as value.
 * @param end The end value (distance 0) in the same unit: a number, or a range of the same size as value. It must differ from worst.
 * @returns Distances from 0 to 100, one per value.
 */
export function distance(
  value: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  worst: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  end: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return FUNCTIONS.DISTANCE.run(value, worst, end);
}

/**
 * Goal index on 0–100: the mean score of one SDG goal over the rows matching the criteria (as AVERAGEIFS); blank scores are gaps. Example: =C2C.GOALINDEX(Indicators[Score], Indicators[Goal], 6) returns 82.5 for 75, 90 and a blank.
 * @customfunction GOALINDEX
 * @helpurl https://localhost:3000/help.html#c2c-goalindex
 * @param scores The indicator scores (0–100), usually the Score column of the Indicators table. Blanks, text, n/a and error cells are gaps.
 * @param goals The SDG goal (1–17) of each row: a range of the same size as scores.
 * @param goal The goal to average, a number from 1 to 17.
 * @param [criteria] Optional pairs of a criteria range (same size as scores) and its criterion, as in AVERAGEIFS: e.g. Indicators[City], "Nakuru", Indicators[Year], 2024. Text matches ignoring case, with * and ? wildcards; numbers can use ">=2020" style operators.
 * @returns The goal index (0–100), or #N/A when no indicator of the goal has a score.
 */
export function goalIndex(
  scores: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  goals: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  goal: number | string,
  criteria?: Array<Array<Array<number | string | boolean | null | CustomFunctions.Error>>>,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.GOALINDEX.run(scores, goals, goal, criteria);
}

/**
 * Objective index on 0–100: the mean score of one EC objective (GOV, INC, GRN, PRO) over the rows matching the criteria. Example: =C2C.OBJECTIVEINDEX(Indicators[Score], Indicators[Code], "GRN") returns 70 for scores 90 and 50.
 * @customfunction OBJECTIVEINDEX
 * @helpurl https://localhost:3000/help.html#c2c-objectiveindex
 * @param scores The indicator scores (0–100), usually the Score column of the Indicators table. Blanks, text, n/a and error cells are gaps.
 * @param objectives The objective of each row (GOV, INC, GRN, PRO) or its indicator code: a range of the same size as scores.
 * @param objective The objective to average: GOV (urban governance), INC (social inclusiveness), GRN (resilience and greening) or PRO (prosperity and innovation).
 * @param [criteria] Optional pairs of a criteria range (same size as scores) and its criterion, as in AVERAGEIFS: e.g. Indicators[City], "Nakuru". Text matches ignoring case, with * and ? wildcards; numbers can use ">=2020" style operators.
 * @returns The objective index (0–100), or #N/A when no indicator of the objective has a score.
 */
export function objectiveIndex(
  scores: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  objectives: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  objective: string,
  criteria?: Array<Array<Array<number | string | boolean | null | CustomFunctions.Error>>>,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.OBJECTIVEINDEX.run(scores, objectives, objective, criteria);
}

/**
 * Share (0–1) of the rows matching the criteria that have a numeric value, e.g. of a goal's listed indicators. Example: =C2C.COVERAGE(Indicators[Value], Indicators[Goal], 6) returns 0.667 when 2 of 3 rows have a value.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/help.html#c2c-coverage
 * @param values The values to count, usually the Value or Score column of the Indicators table. Blanks, text, n/a and error cells count as missing.
 * @param [criteria] Optional pairs of a criteria range (same size as values) and its criterion, as in AVERAGEIFS: e.g. Indicators[Goal], 6, Indicators[City], "Nakuru".
 * @returns The share of matching rows that have a value, from 0 to 1; #N/A when no row matches.
 */
export function coverage(
  values: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  criteria?: Array<Array<Array<number | string | boolean | null | CustomFunctions.Error>>>,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.COVERAGE.run(values, criteria);
}

/**
 * Item score of one checklist item: the mean (or median) of the 1–5 answers; n/a, ? and blanks are left out, and all n/a gives "n/a". Example: =C2C.ITEMSCORE(D5:H5) returns 3.667 for 2, 4, 5, n/a, ?.
 * @customfunction ITEMSCORE
 * @helpurl https://localhost:3000/help.html#c2c-itemscore
 * @param answers The respondents' answers to one item: whole numbers 1–5, n/a (not applicable) or ? (don't know). A number outside 1–5 is an error.
 * @param [method] "mean" (the default) or "median".
 * @returns The item score (1–5), "n/a" when the item is not applicable, or #N/A when no one answered.
 */
export function itemScore(
  answers: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  method?: string,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.ITEMSCORE.run(answers, method);
}

/**
 * Spread of the answers to one checklist item: highest minus lowest numeric answer (0–4); the item is contested at 3 or more. Example: =C2C.SPREAD(D5:H5) returns 3 for 2, 4, 5, n/a, ?.
 * @customfunction SPREAD
 * @helpurl https://localhost:3000/help.html#c2c-spread
 * @param answers The respondents' answers to one item: whole numbers 1–5, n/a or ?. Only the numbers count; at least two are needed.
 * @returns The spread (0–4), or #N/A with fewer than two numeric answers.
 */
export function spread(
  answers: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.SPREAD.run(answers);
}

/**
 * Agreement among the answers to one checklist item: 1 − population sd/2 (1 full agreement, 0 maximal split). Example: =C2C.CONSENSUS(D5:H5) returns 0.376 for 2, 4, 5, n/a, ?.
 * @customfunction CONSENSUS
 * @helpurl https://localhost:3000/help.html#c2c-consensus
 * @param answers The respondents' answers to one item: whole numbers 1–5, n/a or ?. Only the numbers count; at least two are needed.
 * @returns The consensus (0–1), or #N/A with fewer than two numeric answers.
 */
export function consensus(
  answers: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.CONSENSUS.run(answers);
}

/**
 * Principle score (1–5): mean of one principle's answered item scores over the whole checklist, if half its applicable items are answered. Example: =C2C.PRINCIPLE(Checklist[Item score], Checklist[Principle], "TA") returns 3 for 3, 4, 2, ?, n/a.
 * @customfunction PRINCIPLE
 * @helpurl https://localhost:3000/help.html#c2c-principle
 * @param itemScores The item scores of the whole checklist (1–5). "n/a" marks a not-applicable item; a blank, ? or error is an applicable item without answers.
 * @param principles The principle id of each item (TA, MLG, URL, DATA, ME, P2P, CAP, STK, FIN, DIG): a range of the same size as itemScores.
 * @param principle The principle to score, by its id, e.g. "TA".
 * @param [minShare] The share of applicable items that must be answered, from 0 to 1 (default 0.5).
 * @returns The principle score (1–5), or #N/A when too few items are answered.
 */
export function principleScore(
  itemScores: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  principles: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  principle: string,
  minShare?: number | string,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.PRINCIPLE.run(itemScores, principles, principle, minShare);
}

/**
 * Overall alignment (1–5): the weighted mean of the principle scores that exist, weights renormalised over them. Example: =C2C.ALIGNMENT(B2:B11) returns 3 for TA 3.5, MLG 2.5 and eight #N/A.
 * @customfunction ALIGNMENT
 * @helpurl https://localhost:3000/help.html#c2c-alignment
 * @param principleScores The principle scores (1–5). Blanks, text and errors (such as #N/A for too few answers) are left out.
 * @param [weights] Optional weights, one per principle score in the same order (e.g. the weights in the Settings table); equal weights when left out.
 * @returns The alignment (1–5), or #N/A when no principle has a score.
 */
export function alignment(
  principleScores: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  weights?: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.ALIGNMENT.run(principleScores, weights);
}

/**
 * Band label of a score: Achieved, Challenges remain, Significant or Major challenges (SDG scale, 0–100) or Weak, Developing, Established, Advanced (principle scale, 1–5). Example: =C2C.BAND(82.5) returns Challenges remain.
 * @customfunction BAND
 * @helpurl https://localhost:3000/help.html#c2c-band
 * @param score The score (a cell or a range): 0–100 for the SDG scale, 1–5 for the principle scale. A blank gives an empty result.
 * @param [scale] "sdg" (0–100, the default) or "principle" (1–5).
 * @param [limits] Optional lower limits of the three upper bands, as three numbers: for "sdg" Achieved, Challenges remain, Significant challenges (default 100, 75, 50); for "principle" Developing, Established, Advanced (default 2, 3, 4).
 * @returns The band label of each score.
 */
export function band(
  score: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  scale?: string,
  limits?: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return FUNCTIONS.BAND.run(score, scale, limits);
}

/**
 * Trend class of a series of scores (SDSN rule): Achieved, Insufficient data, Target year passed, On track, Moderately improving, Stagnating or Decreasing. Example: =C2C.TRENDCLASS({40;52}, {2015;2022}) returns Stagnating.
 * @customfunction TRENDCLASS
 * @helpurl https://localhost:3000/help.html#c2c-trendclass
 * @param scores The scores (0–100) of one indicator or index over the years. Blanks are years without a score.
 * @param years The year of each score: a range of the same size as scores.
 * @param [targetYear] The year the end value should be reached (default 2030).
 * @returns The trend class as text.
 */
export function trendClass(
  scores: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  years: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  targetYear?: number | string,
): number | string | CustomFunctions.Error {
  return FUNCTIONS.TRENDCLASS.run(scores, years, targetYear);
}

/**
 * Share of the distance to the end value closed between two scores: (latest − base)/(100 − base); works on whole columns. Example: =C2C.PROGRESS(40, 52) returns 0.2 (20 %).
 * @customfunction PROGRESS
 * @helpurl https://localhost:3000/help.html#c2c-progress
 * @param baseScore The score (0–100) in the base year (a cell or a range). A blank gives an empty result.
 * @param latestScore The score (0–100) in the latest year: a cell, or a range of the same size as baseScore.
 * @returns The distance closed as a fraction (format it as a percentage); #N/A when the base score is already 100.
 */
export function progress(
  baseScore: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  latestScore: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return FUNCTIONS.PROGRESS.run(baseScore, latestScore);
}

/**
 * A field of a catalogue indicator: name, goal, target, unit, polarity, end, worst, basis, objective or list; works on columns of codes. Example: =C2C.INDICATOR("11.6.2", "end") returns 5.
 * @customfunction INDICATOR
 * @helpurl https://localhost:3000/help.html#c2c-indicator
 * @param code The indicator code, e.g. "11.6.2" (a cell or a range). Case and spaces are ignored; a blank gives an empty result.
 * @param field The field to read: name, goal, target, unit, polarity, end, worst, basis, objective or list (a cell, or a range of the same size as code).
 * @returns The field's value for each code.
 */
export function indicator(
  code: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  field: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return FUNCTIONS.INDICATOR.run(code, field);
}

/**
 * SDG profile: spills one row per goal (goal, index, coverage, band) over the rows matching the criteria; no score shows No data, coverage under 50 % Low coverage. Example: =C2C.PROFILE(Indicators[Score], Indicators[Goal], Indicators[City], "Nakuru").
 * @customfunction PROFILE
 * @helpurl https://localhost:3000/help.html#c2c-profile
 * @param scores The indicator scores (0–100), usually the Score column of the Indicators table. Blanks, text, n/a and error cells are gaps.
 * @param goals The SDG goal (1–17) of each row: a range of the same size as scores.
 * @param [criteria] Optional pairs of a criteria range (same size as scores) and its criterion, as in AVERAGEIFS: e.g. Indicators[City], "Nakuru", Indicators[Year], 2024.
 * @returns One row per goal, in goal order: goal, index, coverage, band.
 */
export function profile(
  scores: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  goals: Array<Array<number | string | boolean | null | CustomFunctions.Error>>,
  criteria?: Array<Array<Array<number | string | boolean | null | CustomFunctions.Error>>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return FUNCTIONS.PROFILE.run(scores, goals, criteria);
}
