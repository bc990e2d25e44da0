// How a plan cell looks in a values-only copy: its named style, its own number format, and the
// highlight of the first "cell-equals" conditional rule its value meets (the Scoreboard colours its
// band labels that way). Rules written as formulas need a spreadsheet to evaluate them; the copy
// has no formulas, so they are left out and the cell keeps its own style.

import { parseCellAddress, parseRange, rangeContains } from "../engine/plan/address";
import type {
  CellPlan,
  CellStylePlan,
  ConditionalFormatPlan,
  SheetPlan,
} from "../engine/plan/types";

export type StyleTable = Readonly<Record<string, CellStylePlan>>;

export function cellLook(cell: CellPlan, sheet: SheetPlan, styles: StyleTable): CellStylePlan {
  const named = cell.style === undefined ? {} : (styles[cell.style] ?? {});
  const withFormat =
    cell.numberFormat === undefined ? named : { ...named, numberFormat: cell.numberFormat };
  const highlight = matchingHighlight(cell, sheet.conditionalFormats ?? []);
  if (highlight === undefined) return withFormat;
  return {
    ...withFormat,
    fill: highlight.fill,
    ...(highlight.fontColour === undefined ? {} : { fontColour: highlight.fontColour }),
    ...(highlight.bold === undefined ? {} : { bold: highlight.bold }),
  };
}

function matchingHighlight(
  cell: CellPlan,
  formats: readonly ConditionalFormatPlan[],
): { fill: string; fontColour?: string; bold?: boolean } | undefined {
  const position = parseCellAddress(cell.address);
  if (position === undefined || cell.value === null) return undefined;
  for (const format of formats) {
    const bounds = parseRange(format.range);
    if (bounds === undefined || !rangeContains(bounds, position)) continue;
    for (const rule of format.rules) {
      if (rule.kind === "cell-equals" && equalsRule(cell.value, rule.value)) return rule.highlight;
    }
  }
  return undefined;
}

// Excel's "Cell value equal to" compares text without case.
function equalsRule(value: string | number | boolean, wanted: string | number): boolean {
  if (typeof wanted === "number") return value === wanted;
  return typeof value === "string" && value.toLowerCase() === wanted.toLowerCase();
}
