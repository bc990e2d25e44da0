// Writing a plan beside the user's sheets. The "pick-free-name" policy writes a plan's sheet under a
// free name ("About (2)") when the user has a sheet of that name; the plan's formulas still say
// About!… and would read the user's sheet, so placement renames the sheets inside the plan — sheet
// names, formula references, defined names and edits — before any host writes it.

import { quoteSheetName } from "./address";
import { freeSheetName, sameName } from "./names";
import type { CellPlan, WorkbookPlan } from "./types";

/** Plan sheet name → the free name it is written under, for the plan's sheets that clash. */
export type SheetRenames = ReadonlyMap<string, string>;

export function freeNamesFor(
  plan: WorkbookPlan,
  existingSheets: readonly string[],
  reserved: readonly string[] = [],
): SheetRenames {
  const taken = [...existingSheets, ...reserved, ...plan.sheets.map((sheet) => sheet.name)];
  const renames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (!existingSheets.some((name) => sameName(name, sheet.name))) continue;
    const free = freeSheetName(sheet.name, taken);
    taken.push(free);
    renames.set(sheet.name, free);
  }
  return renames;
}

export function renamePlanSheets(plan: WorkbookPlan, renames: SheetRenames): WorkbookPlan {
  if (renames.size === 0) return plan;
  const renamed = (sheet: string): string => lookup(renames, sheet) ?? sheet;
  const cell = (entry: CellPlan): CellPlan =>
    entry.formula === undefined
      ? entry
      : {
          ...entry,
          formula: {
            live: renameInFormula(entry.formula.live, renames),
            portable: renameInFormula(entry.formula.portable, renames),
          },
        };
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      name: renamed(sheet.name),
      cells: sheet.cells.map(cell),
    })),
    names: plan.names.map((name) => ({ ...name, sheet: renamed(name.sheet) })),
    ...(plan.edits === undefined
      ? {}
      : {
          edits: plan.edits.map((edit) => ({
            sheet: renamed(edit.sheet),
            cells: edit.cells.map(cell),
          })),
        }),
  };
}

function lookup(renames: SheetRenames, sheet: string): string | undefined {
  for (const [from, to] of renames) if (sameName(from, sheet)) return to;
  return undefined;
}

const IDENTIFIER = /[A-Za-z0-9_.]/;

/**
 * Every sheet reference of the formula (`About!B3`, `'About'!B3`) to a renamed sheet points at its
 * new name; text in double quotes is left alone.
 */
export function renameInFormula(formula: string, renames: SheetRenames): string {
  let result = "";
  let index = 0;
  while (index < formula.length) {
    const character = formula.charAt(index);
    if (character === '"') {
      const end = closingQuote(formula, index, '"');
      result += formula.slice(index, end);
      index = end;
    } else if (character === "'") {
      const end = closingQuote(formula, index, "'");
      const name = formula.slice(index + 1, end - 1).replace(/''/g, "'");
      const target = formula.charAt(end) === "!" ? lookup(renames, name) : undefined;
      result += target === undefined ? formula.slice(index, end) : quoteSheetName(target);
      index = end;
    } else if (IDENTIFIER.test(character) && !IDENTIFIER.test(formula.charAt(index - 1))) {
      let end = index;
      while (end < formula.length && IDENTIFIER.test(formula.charAt(end))) end++;
      const word = formula.slice(index, end);
      const target = formula.charAt(end) === "!" ? lookup(renames, word) : undefined;
      result += target === undefined ? word : quoteSheetName(target);
      index = end;
    } else {
      result += character;
      index++;
    }
  }
  return result;
}

// The index just past the quote that closes the one at `start` (a doubled quote is an escaped one).
function closingQuote(text: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < text.length) {
    if (text.charAt(index) === quote) {
      if (text.charAt(index + 1) === quote) index += 2;
      else return index + 1;
    } else {
      index++;
    }
  }
  return text.length;
}
