// A plan's named cell styles and highlights → ExcelJS style objects. Fresh objects every call:
// ExcelJS keeps a reference to what it is given, and cells sharing one object change together.

import type ExcelJS from "exceljs";
import type { CellStylePlan, HighlightPlan } from "../../../src/engine/plan/types";

/** "#0072B2" → { argb: "FF0072B2" }. */
export function excelColour(colour: string): Partial<ExcelJS.Color> {
  return { argb: `FF${colour.slice(1).toUpperCase()}` };
}

export function cellStyle(
  style: CellStylePlan | undefined,
  numberFormat: string | undefined,
): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style !== undefined) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColour !== undefined) font.color = excelColour(style.fontColour);
    if (Object.keys(font).length > 0) result.font = font;
    if (style.fill !== undefined)
      result.fill = { type: "pattern", pattern: "solid", fgColor: excelColour(style.fill) };
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
    if (style.wrapText !== undefined) alignment.wrapText = style.wrapText;
    if (Object.keys(alignment).length > 0) result.alignment = { vertical: "top", ...alignment };
    if (style.bottomBorder === true)
      result.border = { bottom: { style: "thin", color: { argb: "FF7F7F7F" } } };
  }
  const format = numberFormat ?? style?.numberFormat;
  if (format !== undefined) result.numFmt = format;
  return result;
}

/** The differential style of a conditional format (Excel reads a solid dxf fill from bgColor). */
export function highlightStyle(highlight: HighlightPlan): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {};
  if (highlight.fontColour !== undefined) font.color = excelColour(highlight.fontColour);
  if (highlight.bold !== undefined) font.bold = highlight.bold;
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: excelColour(highlight.fill) },
    ...(Object.keys(font).length > 0 ? { font } : {}),
  };
}
