// A band label by formula from the Programme sheet's rule cells, so that a coordinator who changes a
// band limit there sees every band on the sheet follow.

import { BLANK, eq, ge, ifThen, ref, text, type Expr } from "../../formula/expr";
import type { ProgrammeWords } from "../texts";
import { PROGRAMME_SHEET, ruleCell, type ProgrammeRuleCell } from "./layout";

function banded(
  value: Expr,
  empty: string,
  bands: readonly (readonly [ProgrammeRuleCell, string])[],
  lowest: string,
  words: ProgrammeWords,
): Expr {
  const label = (english: string): Expr => text(words.templates.label(english));
  const ladder = bands.reduceRight<Expr>(
    (otherwise, [rule, band]) =>
      ifThen(ge(value, ref(PROGRAMME_SHEET, ruleCell(rule))), label(band), otherwise),
    label(lowest),
  );
  return ifThen(eq(value, BLANK), text(empty), ladder);
}

/** Advanced · Established · Developing · Weak of a 1–5 cell, in the workbook's words; `empty` when the cell is empty. */
export function principleBandFormula(value: Expr, empty: string, words: ProgrammeWords): Expr {
  return banded(
    value,
    empty,
    [
      ["principleAdvanced", "Advanced"],
      ["principleEstablished", "Established"],
      ["principleDeveloping", "Developing"],
    ],
    "Weak",
    words,
  );
}

/** The SDSN band of a 0–100 cell, in the workbook's words; "No data" when the cell is empty. */
export function sdgBandFormula(value: Expr, words: ProgrammeWords): Expr {
  return banded(
    value,
    words.templates.label("No data"),
    [
      ["sdgAchieved", "Achieved"],
      ["sdgChallengesRemain", "Challenges remain"],
      ["sdgSignificantChallenges", "Significant challenges"],
    ],
    "Major challenges",
    words,
  );
}
