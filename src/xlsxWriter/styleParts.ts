// The XML of one entry of each list in styles.xml (a font, a fill, a border, a cell format, a
// differential format) for a plan's looks, as the xlsx host's ExcelJS path styled them: a solid
// fill, a thin grey bottom border under header rows, top-aligned text wherever an alignment is set.

import type { CellStylePlan, HighlightPlan } from "../engine/plan/types";
import { argb } from "./ooxml";

/** A cell's look in a generated sheet: its plan style, and whether sheet protection leaves it editable. */
export interface CellLook extends CellStylePlan {
  /** False for a cell of a protection plan's unlocked ranges; cells are locked by default. */
  readonly locked?: boolean;
}

export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;
const BORDER_GREY = "#7F7F7F";

export function fontXml(look: CellStylePlan): string {
  return [
    "<font>",
    look.bold === true ? "<b/>" : "",
    look.italic === true ? "<i/>" : "",
    `<sz val="${look.fontSize ?? DEFAULT_FONT.size}"/>`,
    look.fontColour === undefined ? "" : `<color rgb="${argb(look.fontColour)}"/>`,
    `<name val="${DEFAULT_FONT.name}"/><family val="2"/>`,
    "</font>",
  ].join("");
}

/** Whether the look sets anything of the font, so the cell format applies its own font. */
export function setsFont(look: CellStylePlan): boolean {
  return (
    look.bold !== undefined ||
    look.italic !== undefined ||
    look.fontSize !== undefined ||
    look.fontColour !== undefined
  );
}

export function solidFillXml(colour: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(colour)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

export const BOTTOM_BORDER_XML = `<border><left/><right/><top/><bottom style="thin"><color rgb="${argb(BORDER_GREY)}"/></bottom><diagonal/></border>`;

export interface FormatIds {
  readonly numFmtId: number;
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
}

/** A `<xf>` of cellXfs: the ids of its parts, its alignment and its protection. */
export function cellFormatXml(look: CellLook, ids: FormatIds, defaults: FormatIds): string {
  const alignment =
    look.horizontalAlignment === undefined && look.wrapText === undefined
      ? ""
      : `<alignment${look.horizontalAlignment === undefined ? "" : ` horizontal="${look.horizontalAlignment}"`} vertical="top"${look.wrapText === true ? ' wrapText="1"' : ""}/>`;
  const protection = look.locked === false ? '<protection locked="0"/>' : "";
  const applied = [
    ids.numFmtId === defaults.numFmtId ? "" : ' applyNumberFormat="1"',
    ids.fontId === defaults.fontId ? "" : ' applyFont="1"',
    ids.fillId === defaults.fillId ? "" : ' applyFill="1"',
    ids.borderId === defaults.borderId ? "" : ' applyBorder="1"',
    alignment === "" ? "" : ' applyAlignment="1"',
    protection === "" ? "" : ' applyProtection="1"',
  ].join("");
  const attributes = `numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"${applied}`;
  const children = alignment + protection;
  return children === "" ? `<xf ${attributes}/>` : `<xf ${attributes}>${children}</xf>`;
}

/** A conditional format's differential style; a dxf's solid fill takes its colour from bgColor. */
export function differentialXml(highlight: HighlightPlan): string {
  const font =
    highlight.bold === undefined && highlight.fontColour === undefined
      ? ""
      : `<font>${highlight.bold === undefined ? "" : `<b val="${highlight.bold ? 1 : 0}"/>`}${highlight.fontColour === undefined ? "" : `<color rgb="${argb(highlight.fontColour)}"/>`}</font>`;
  return `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="${argb(highlight.fill)}"/></patternFill></fill></dxf>`;
}

// Excel's built-in number formats the plans use, by code: these are referred to by id, not
// declared in numFmts (ECMA-376 Part 1, 18.8.30).
export const BUILT_IN_NUMBER_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["mm-dd-yy", 14],
  ["@", 49],
]);
