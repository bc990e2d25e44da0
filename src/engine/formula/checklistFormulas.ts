// Formulas of the self-assessment (docs/method.md §3) in both dialects. Each computed cell shows the
// empty text when the framework has no value yet (no answers, too few answers), never an error, so
// standard aggregates over the column (AVERAGEIFS, COUNTIFS) keep working in any spreadsheet.

import {
  BLANK,
  and,
  c2c,
  call,
  dialects,
  div,
  eq,
  ge,
  gt,
  ifThen,
  lt,
  mul,
  num,
  sub,
  sum,
  text,
  concat,
  type Expr,
} from "./expr";
import { blanksAsEmptyText } from "./blankGuards";
import { ENGLISH_FORMULA_WORDS, countToken, isToken, type FormulaWords } from "./formulaWords";
import type { PrincipleBandRefs } from "./settingRefs";

const isNumber = (expr: Expr): Expr => call("ISNUMBER", expr);
const count = (range: Expr): Expr => call("COUNT", range);

/** Share margin of the engine's half-answered test (principleScore.ts): refuses no item to rounding. */
const SHARE_ROUNDING_MARGIN = 1e-9;

/** The label a principle without a score shows in its band column. */
export const INSUFFICIENT_ANSWERS = "Insufficient answers";

/** Item score: mean (or median) of the numeric answers; "n/a" when only n/a was answered; "" without answers. */
export function itemScoreFormula(
  answers: Expr,
  method: Expr,
  words: FormulaWords = ENGLISH_FORMULA_WORDS,
): Expr {
  const notApplicableOnly = and(
    gt(countToken(answers, "answer", "n/a"), num(0)),
    eq(countToken(answers, "answer", "?"), num(0)),
  );
  return words.worded(
    call("IFERROR", c2c("ITEMSCORE", blanksAsEmptyText(answers), method), BLANK),
    ifThen(
      gt(count(answers), num(0)),
      ifThen(
        isToken(method, "itemAggregation", "median"),
        call("MEDIAN", answers),
        call("AVERAGE", answers),
      ),
      ifThen(notApplicableOnly, words.token("answer", "n/a"), BLANK),
    ),
  );
}

/** Spread: highest minus lowest answer; "" with fewer than two numeric answers. */
export function spreadFormula(answers: Expr): Expr {
  return dialects(
    call("IFERROR", c2c("SPREAD", blanksAsEmptyText(answers)), BLANK),
    ifThen(lt(count(answers), num(2)), BLANK, sub(call("MAX", answers), call("MIN", answers))),
  );
}

/** "contested" when the spread reaches the threshold; "" otherwise (and without a spread). */
export function contestedFormula(
  spread: Expr,
  threshold: Expr,
  words: FormulaWords = ENGLISH_FORMULA_WORDS,
): Expr {
  return ifThen(
    isNumber(spread),
    ifThen(ge(spread, threshold), words.label("contested"), BLANK),
    BLANK,
  );
}

/** The checklist columns a principle formula reads: the whole Item score and Principle columns. */
export interface ChecklistColumns {
  readonly itemScores: Expr;
  readonly principles: Expr;
  readonly spreads: Expr;
}

/** Items of the principle with a numeric item score. */
export function answeredItemsFormula(columns: ChecklistColumns, principle: string): Expr {
  return call("COUNTIFS", columns.principles, text(principle), columns.itemScores, text(">=1"));
}

/** Items of the principle that are not n/a (answered or not). */
export function applicableItemsFormula(columns: ChecklistColumns, principle: string): Expr {
  return sub(
    call("COUNTIFS", columns.principles, text(principle)),
    countToken(columns.itemScores, "answer", "n/a", [columns.principles, text(principle)]),
  );
}

/** Items of the principle whose spread reaches the contested threshold. */
export function contestedItemsFormula(
  columns: ChecklistColumns,
  principle: string,
  threshold: Expr,
): Expr {
  return call(
    "COUNTIFS",
    columns.principles,
    text(principle),
    columns.spreads,
    concat(text(">="), threshold),
  );
}

/** Principle score 1–5: mean of the answered item scores when enough applicable items are answered; "" otherwise. */
export function principleScoreFormula(
  columns: ChecklistColumns,
  principle: string,
  minShare: Expr,
): Expr {
  const answered = answeredItemsFormula(columns, principle);
  const applicable = applicableItemsFormula(columns, principle);
  return dialects(
    call(
      "IFERROR",
      c2c("PRINCIPLE", columns.itemScores, columns.principles, text(principle), minShare),
      BLANK,
    ),
    ifThen(
      eq(answered, num(0)),
      BLANK,
      ifThen(
        lt(answered, sub(mul(minShare, applicable), num(SHARE_ROUNDING_MARGIN))),
        BLANK,
        call("AVERAGEIFS", columns.itemScores, columns.principles, text(principle)),
      ),
    ),
  );
}

/** A 1–5 score on 0–100: (s − 1) / 4 · 100; "" without a score. */
export function hundredFormula(score: Expr): Expr {
  return ifThen(isNumber(score), mul(div(sub(score, num(1)), num(4)), num(100)), BLANK);
}

/** Band label of a 1–5 principle score; INSUFFICIENT_ANSWERS without a score. */
export function principleBandFormula(
  score: Expr,
  limits: PrincipleBandRefs,
  words: FormulaWords = ENGLISH_FORMULA_WORDS,
): Expr {
  const portable = ifThen(
    ge(score, limits.advanced),
    words.label("Advanced"),
    ifThen(
      ge(score, limits.established),
      words.label("Established"),
      ifThen(ge(score, limits.developing), words.label("Developing"), words.label("Weak")),
    ),
  );
  const live =
    limits.range === null ? portable : c2c("BAND", score, text("principle"), limits.range);
  return ifThen(isNumber(score), words.worded(live, portable), words.label(INSUFFICIENT_ANSWERS));
}

/**
 * Mean consensus (1 − population sd / 2) over the principle's items that have two or more numeric
 * answers; `answerRows` holds each item's row of answers. "" when no item has two answers.
 * Portable uses STDEVP, not STDEV.P: a file must spell the newer name _xlfn.STDEV.P, and
 * LibreOffice reads a bare STDEV.P as an unknown function.
 */
export function meanConsensusFormula(answerRows: readonly Expr[]): Expr {
  const hasTwo = (answers: Expr): Expr => ge(count(answers), num(2));
  const counted = sum(answerRows.map((answers) => mul(hasTwo(answers), num(1))));
  const live = sum(
    answerRows.map((answers) =>
      call("IFERROR", c2c("CONSENSUS", blanksAsEmptyText(answers)), num(0)),
    ),
  );
  const portable = sum(
    answerRows.map((answers) =>
      ifThen(hasTwo(answers), sub(num(1), div(call("STDEVP", answers), num(2))), num(0)),
    ),
  );
  return call("IFERROR", div(dialects(live, portable), counted), BLANK);
}

/**
 * Overall alignment: the weighted mean of the principle scores that exist, weights renormalised.
 * `scores` is the column of principle scores, `scoreCells` its cells and `weights` their weights,
 * both in the same order; "" when no principle has a score.
 */
export function alignmentFormula(
  scores: Expr,
  scoreCells: readonly Expr[],
  weights: readonly Expr[],
  weightsRange: Expr | null,
): Expr {
  const weighted = sum(
    scoreCells.map((cell, index) =>
      ifThen(isNumber(cell), mul(cell, weights[index] ?? num(1)), num(0)),
    ),
  );
  const weightSum = sum(
    scoreCells.map((cell, index) => mul(isNumber(cell), weights[index] ?? num(1))),
  );
  const portable = div(weighted, weightSum);
  // Without a weights range C2C.ALIGNMENT can only weigh equally, which is right only for equal literal weights.
  const equalLiterals = weights.every(
    (weight) =>
      weight.kind === "number" &&
      weight.value === (weights[0]?.kind === "number" ? weights[0].value : NaN),
  );
  const live =
    weightsRange !== null
      ? c2c("ALIGNMENT", scores, weightsRange)
      : equalLiterals
        ? c2c("ALIGNMENT", scores)
        : portable;
  return call("IFERROR", dialects(live, portable), BLANK);
}
