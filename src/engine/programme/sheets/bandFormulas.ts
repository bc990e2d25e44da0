// A band label by formula from the Programme sheet's rule cells, so that a coordinator who changes a
// band limit there sees every band on the sheet follow.

import { BLANK, eq, ge, ifThen, ref, text, type Expr } from "../../formula/expr";
import { PROGRAMME_SHEET, ruleCell, type ProgrammeRuleCell } from "./layout";

function banded(
  value: Expr,
  empty: string,
  bands: readonly (readonly [ProgrammeRuleCell, string])[],
  lowest: string,
): Expr {
  const ladder = bands.reduceRight<Expr>(
    (otherwise, [rule, label]) =>
      ifThen(ge(value, ref(PROGRAMME_SHEET, ruleCell(rule))), text(label), otherwise),
    text(lowest),
  );
  return ifThen(eq(value, BLANK), text(empty), ladder);
}

/** Advanced · Established · Developing · Weak of a 1–5 cell; `empty` when the cell is empty. */
export function principleBandFormula(value: Expr, empty: string): Expr {
  return banded(
    value,
    empty,
    [
      ["principleAdvanced", "Advanced"],
      ["principleEstablished", "Established"],
      ["principleDeveloping", "Developing"],
    ],
    "Weak",
  );
}

/** The SDSN band of a 0–100 cell; "No data" when the cell is empty. */
export function sdgBandFormula(value: Expr): Expr {
  return banded(
    value,
    "No data",
    [
      ["sdgAchieved", "Achieved"],
      ["sdgChallengesRemain", "Challenges remain"],
      ["sdgSignificantChallenges", "Significant challenges"],
    ],
    "Major challenges",
  );
}
