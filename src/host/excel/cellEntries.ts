// Cell contents between the plan and Office.js: what a plan cell becomes in a `range.formulas`
// block, and what a cell of `range.values` means to the engine. Excel parses text written through
// the API the way it parses typing ("2023.1" becomes a number, "11.1.1" a date in some locales,
// "TRUE" a boolean), so text that could be read as anything else is written behind an apostrophe,
// Excel's own "this is text" prefix, which the cell does not keep as part of its value.

import { isExcelErrorCode, type CellValue } from "../../engine/sheetValues";
import type { CellPlan, FormulaDialect, PlanScalar } from "../../engine/plan/types";

/** One entry of a 2-D `range.formulas` array. */
export type FormulaEntry = string | number | boolean;

/** The entry for a plan cell: its formula in the chosen dialect, else its value. */
export function formulaEntry(cell: CellPlan, dialect: FormulaDialect): FormulaEntry {
  return cell.formula === undefined ? valueEntry(cell.value) : cell.formula[dialect];
}

/** A plain value as an entry; a blank is "" (which leaves the cell empty). */
export function valueEntry(value: PlanScalar): FormulaEntry {
  if (value === null) return "";
  return typeof value === "string" ? textEntry(value) : value;
}

/**
 * Text as an entry Excel keeps as that text: behind an apostrophe when it starts like a formula, a
 * sign, an error or an apostrophe, holds a digit (numbers, dates, times, fractions, percentages),
 * or spells a boolean.
 */
export function textEntry(text: string): string {
  if (text === "") return "";
  const coercible =
    /^[=+\-@#']/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
  return coercible ? `'${text}` : text;
}

/** A cell of `range.values` as the engine reads it: "" is blank, an error text is an error. */
export function cellValueOf(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return isExcelErrorCode(value) ? { errorCode: value } : value;
  // Office.js returns only numbers, text and booleans in `values`; anything else is unreadable.
  return { errorCode: "#VALUE!" };
}
