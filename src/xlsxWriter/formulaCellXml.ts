// One `<c>` element of a generated sheet: a value, or a formula with its computed value as the
// cached result (the portable dialect), so the file shows numbers in any spreadsheet program before
// it recalculates. Text is written inline, never into the shared-string table, so a package the
// runner writes into keeps its sharedStrings.xml as it was.

import type { PlanScalar } from "../engine/plan/types";
import { xmlText } from "../engine/sheetValues";

export interface SheetCell {
  /** "B7", as formatCellAddress writes it. */
  readonly reference: string;
  readonly value: PlanScalar;
  /** The formula without its leading "=". */
  readonly formula?: string;
  /** The index of its format in cellXfs; 0 is the default. */
  readonly format: number;
}

export function sheetCellXml(cell: SheetCell): string {
  const start = `<c r="${cell.reference}"${cell.format === 0 ? "" : ` s="${cell.format}"`}`;
  if (cell.formula !== undefined) return formulaCellXml(start, cell.formula, cell.value);
  const { value } = cell;
  if (value === null) return cell.format === 0 ? "" : `${start}/>`;
  if (typeof value === "number")
    return Number.isFinite(value) ? `${start}><v>${String(value)}</v></c>` : errorCell(start);
  if (typeof value === "boolean") return `${start} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `${start} t="inlineStr"><is>${textElement(value)}</is></c>`;
}

function formulaCellXml(start: string, formula: string, value: PlanScalar): string {
  const f = `<f>${xmlText(formula)}</f>`;
  if (typeof value === "number")
    return Number.isFinite(value)
      ? `${start}>${f}<v>${String(value)}</v></c>`
      : errorCell(start, f);
  if (typeof value === "boolean") return `${start} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  // A formula showing nothing caches the empty text, as Excel does for ="".
  return `${start} t="str">${f}<v>${xmlText(value ?? "")}</v></c>`;
}

// A plan never holds NaN or infinity on purpose; if one slips through it shows as #NUM!, as in Excel.
function errorCell(start: string, formula = ""): string {
  return `${start} t="e">${formula}<v>#NUM!</v></c>`;
}

/** A text as a `<t>` element; leading and trailing spaces and line breaks kept. */
function textElement(text: string): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlText(text)}</t>`;
}
