// A sheet template is data: cells whose formulas are expression trees, plus tables, validations,
// formats and charts exactly as the plan has them. compileSheet prints each tree in both dialects;
// nothing else changes, so a template can be stored, compared and reviewed as JSON.

import type { Expr } from "../formula/expr";
import { planFormula } from "../formula/print";
import { columnLetters, parseCellAddress } from "../plan/address";
import type { CellPlan, PlanFormula, PlanScalar, PrintPlan, SheetPlan } from "../plan/types";
import type { StyleId } from "./styles";

export interface TemplateCell {
  readonly address: string;
  /** What the cell shows; for a formula cell, the engine's value of the formula. */
  readonly value: PlanScalar;
  readonly expr?: Expr;
  /**
   * The formula already printed in both dialects, instead of `expr`: a column's formula printed
   * once per shape and filled in for each row (columnFormula.ts).
   */
  readonly formula?: PlanFormula;
  readonly style?: StyleId;
  readonly numberFormat?: string;
}

export interface SheetTemplate extends Omit<SheetPlan, "cells"> {
  readonly cells: readonly TemplateCell[];
}

/**
 * Every generated sheet prints landscape, scaled to one page wide: a table cut over several pages
 * of columns cannot be read, and the Checklist and Indicators tables are wider than a page.
 */
export const PRINT_ONE_PAGE_WIDE: PrintPlan = { orientation: "landscape", fitToWidth: true };

/** Whether the cell holds a formula, as a tree or printed. */
export function hasFormula(cell: TemplateCell): boolean {
  return cell.expr !== undefined || cell.formula !== undefined;
}

export function compileCell(cell: TemplateCell): CellPlan {
  const formula = cell.formula ?? (cell.expr === undefined ? undefined : planFormula(cell.expr));
  return {
    address: cell.address,
    value: cell.value,
    ...(formula === undefined ? {} : { formula }),
    ...(cell.style === undefined ? {} : { style: cell.style }),
    ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
  };
}

export function compileSheet(template: SheetTemplate): SheetPlan {
  return {
    ...template,
    cells: template.cells.map(compileCell),
    columnWidths: widthsThatFit(template),
  };
}

// Cells do not wrap: LibreOffice and a printed page do not grow a row to fit wrapped text (a plan
// has no row heights), and a clipped text prints cut. So every column is at least as wide as the
// texts of its headers and table cells: a character of width per character, plus a margin, up to a
// cap that keeps a sheet printable on one page wide. Titles, notes and section headings are left
// out: they stand alone in their row and run on over the empty cells beside them.
const TEXT_MARGIN = 2;
const MAX_FITTED_WIDTH = 64;
const FITTED_STYLES: ReadonlySet<StyleId> = new Set<StyleId>([
  "header",
  "label",
  "prefilled",
  "input",
  "computedText",
]);

function widthsThatFit(template: SheetTemplate): Record<string, number> {
  const widths: Record<string, number> = { ...template.columnWidths };
  for (const cell of template.cells) {
    if (
      cell.style === undefined ||
      !FITTED_STYLES.has(cell.style) ||
      typeof cell.value !== "string"
    )
      continue;
    const position = parseCellAddress(cell.address);
    if (position === undefined) continue;
    const letters = columnLetters(position.column);
    const needed = Math.min(MAX_FITTED_WIDTH, cell.value.length + TEXT_MARGIN);
    if ((widths[letters] ?? 0) < needed) widths[letters] = needed;
  }
  return widths;
}

/** A computed value as a cell shows it: a missing number is the empty text the formula returns. */
export function shown(value: number | string | boolean | null | undefined): PlanScalar {
  return value === null || value === undefined ? "" : value;
}
