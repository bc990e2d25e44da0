// The words formulas compare and return, by the workbook's language (docs/decisions/0018). A cell
// people fill may hold a token in any of the three languages, so a formula counts or compares every
// language's word; a word a formula returns (a band, a trend class, "contested") is the workbook
// language's. The custom functions answer in English, so a workbook in another language computes
// its worded results with the portable formula in both dialects.

import {
  labelIn,
  tokenIn,
  tokenWords,
  type Language,
  type TokenKind,
  type TokenOfKind,
} from "../language";
import { call, dialects, eq, gt, num, sum, text, type Expr } from "./expr";

export interface FormulaWords {
  readonly language: Language;
  /** A result label as the workbook shows it. */
  label(english: string): Expr;
  /** The same label as the cell's value (what the formula computes). */
  labelText(english: string): string;
  /** The workbook's word for a token (the item score's "n/a"). */
  token<K extends TokenKind>(kind: K, token: TokenOfKind[K]): Expr;
  /** A formula whose result is a word: live where the custom function speaks the language, else portable. */
  worded(live: Expr, portable: Expr): Expr;
}

export function formulaWords(language: Language): FormulaWords {
  return {
    language,
    label: (english) => text(labelIn(language, english)),
    labelText: (english) => labelIn(language, english),
    token: (kind, token) => text(tokenIn(language, kind, token)),
    worded: (live, portable) => (language === "en" ? dialects(live, portable) : portable),
  };
}

export const ENGLISH_FORMULA_WORDS: FormulaWords = formulaWords("en");

/** COUNTIFS's criterion for a word: ? and * are wildcards there, so they are escaped with ~. */
function criterion(word: string): string {
  return word.replace(/[~?*]/gu, (character) => `~${character}`);
}

/**
 * How many cells of `range` hold the token in any language (COUNTIFS ignores case), within the
 * rows the leading criteria pairs select.
 */
export function countToken<K extends TokenKind>(
  range: Expr,
  kind: K,
  token: TokenOfKind[K],
  criteria: readonly Expr[] = [],
): Expr {
  return sum(
    tokenWords(kind, token).map((word) =>
      call("COUNTIFS", ...criteria, range, text(criterion(word))),
    ),
  );
}

/** TRUE when the cell holds the token in any language ("=" ignores case in every spreadsheet). */
export function isToken<K extends TokenKind>(cell: Expr, kind: K, token: TokenOfKind[K]): Expr {
  const words = tokenWords(kind, token);
  if (words.length === 1) return eq(cell, text(words[0] ?? token));
  return gt(sum(words.map((word) => eq(cell, text(word)))), num(0));
}
