// A formula repeated down a table column (an Indicators row's Score), printed once per shape rather
// than once per row: a long list has thousands of rows whose formulas differ only in the cells they
// refer to. The shape is printed with a placeholder reference in each slot, cut at the
// placeholders, and every row's formula is the cut text with the row's references put in.

import type { Expr } from "../formula/expr";
import { ref } from "../formula/expr";
import { planFormula } from "../formula/print";
import { absoluteReference } from "../plan/address";
import type { PlanFormula } from "../plan/types";

/** A cell the formula refers to, as ref() takes it: its sheet and its A1 address. */
export interface SlotReference {
  readonly sheet: string;
  readonly address: string;
}

// Excel allows no "[" or "]" in a sheet name, so the placeholder's printed text ('[slot]'!$A$1) is
// no real sheet's reference; its row number is the slot's position.
const PLACEHOLDER_SHEET = "[slot]";
const PLACEHOLDER = /'\[slot\]'!\$A\$(\d+)/g;

/** The printed text cut at the placeholders: the text before each slot, then the text after the last. */
interface CutText {
  readonly texts: readonly string[];
  readonly slots: readonly number[];
}

function cut(printed: string): CutText {
  const texts: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (const match of printed.matchAll(PLACEHOLDER)) {
    texts.push(printed.slice(from, match.index));
    slots.push(Number(match[1]) - 1);
    from = match.index + match[0].length;
  }
  texts.push(printed.slice(from));
  return { texts, slots };
}

// Joined, not concatenated: a join makes one flat string, where `+=` makes a chain of string pieces
// per row that outlives the plan, holds the row's printed references with it, and is copied flat
// again when the formula is first searched (validatePlan's "=" check).
function filled(text: CutText, references: readonly string[]): string {
  const parts = [text.texts[0] ?? ""];
  for (let index = 0; index < text.slots.length; index++)
    parts.push(references[text.slots[index] ?? 0] ?? "", text.texts[index + 1] ?? "");
  return parts.join("");
}

/**
 * `formula` built over `slots` cells, printed in both dialects for each set of references: the
 * same text `planFormula(formula(refs))` prints, the expression built and printed once.
 */
export function columnFormula<S extends string>(
  slots: readonly S[],
  formula: (cells: Readonly<Record<S, Expr>>) => Expr,
): (references: Readonly<Record<S, SlotReference>>) => PlanFormula {
  const placeholders = Object.fromEntries(
    slots.map((slot, index) => [slot, ref(PLACEHOLDER_SHEET, `A${index + 1}`)]),
  ) as Record<S, Expr>;
  const printed = planFormula(formula(placeholders));
  const live = cut(printed.live);
  const portable = cut(printed.portable);
  return (references) => {
    const printedReferences = slots.map((slot) =>
      absoluteReference(references[slot].sheet, references[slot].address),
    );
    return { live: filled(live, printedReferences), portable: filled(portable, printedReferences) };
  };
}
