// The styles part of a values-only package: each distinct look of a cell (font, fill, bottom
// border, number format, alignment) becomes one cell format, and cells refer to it by index.
// Looks come from the plan's named styles (CellStylePlan), so the copy reads like the Scoreboard.

import type { CellStylePlan } from "../engine/plan/types";
import { argb, SPREADSHEET_NS, XML_HEADER } from "./ooxml";
import { xmlText } from "../engine/sheetValues";

// Custom number formats are numbered from 164; the lower ids are Excel's built-in formats.
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

function fontXml(look: CellStylePlan): string {
  const parts = [
    look.bold === true ? "<b/>" : "",
    look.italic === true ? "<i/>" : "",
    `<sz val="${look.fontSize ?? DEFAULT_FONT.size}"/>`,
    look.fontColour === undefined ? "" : `<color rgb="${argb(look.fontColour)}"/>`,
    `<name val="${DEFAULT_FONT.name}"/>`,
    '<family val="2"/>',
  ];
  return `<font>${parts.join("")}</font>`;
}

function fillXml(colour: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(colour)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const BOTTOM_BORDER =
  '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

/** Interns parts by their XML, so equal fonts or fills are written once. */
class PartList {
  private readonly indexOf = new Map<string, number>();
  readonly items: string[];

  constructor(initial: readonly string[]) {
    this.items = [...initial];
    this.items.forEach((item, index) => this.indexOf.set(item, index));
  }

  add(xml: string): number {
    const known = this.indexOf.get(xml);
    if (known !== undefined) return known;
    this.items.push(xml);
    this.indexOf.set(xml, this.items.length - 1);
    return this.items.length - 1;
  }
}

export class CellFormats {
  private readonly fonts = new PartList([fontXml({})]);
  // SpreadsheetML reserves the first two fills (none and gray125).
  private readonly fills = new PartList([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new PartList([NO_BORDER, BOTTOM_BORDER]);
  private readonly numberFormats = new Map<string, number>();
  private readonly formats = new PartList([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);

  /** The index of the cell format showing this look; 0 (the default) for an empty look. */
  indexOf(look: CellStylePlan): number {
    const fontId = this.fonts.add(fontXml(look));
    const fillId = look.fill === undefined ? 0 : this.fills.add(fillXml(look.fill));
    const borderId = look.bottomBorder === true ? 1 : 0;
    const numFmtId = this.numberFormatId(look.numberFormat);
    const alignment =
      look.horizontalAlignment === undefined && look.wrapText !== true
        ? ""
        : `<alignment${look.horizontalAlignment === undefined ? "" : ` horizontal="${look.horizontalAlignment}"`}${look.wrapText === true ? ' wrapText="1"' : ""}/>`;
    const applied = [
      numFmtId === 0 ? "" : ' applyNumberFormat="1"',
      fontId === 0 ? "" : ' applyFont="1"',
      fillId === 0 ? "" : ' applyFill="1"',
      borderId === 0 ? "" : ' applyBorder="1"',
      alignment === "" ? "" : ' applyAlignment="1"',
    ].join("");
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return this.formats.add(
      alignment === "" ? `<xf ${attributes}/>` : `<xf ${attributes}>${alignment}</xf>`,
    );
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined || code === "" || code.toLowerCase() === "general") return 0;
    const known = this.numberFormats.get(code);
    if (known !== undefined) return known;
    const id = FIRST_CUSTOM_FORMAT + this.numberFormats.size;
    this.numberFormats.set(code, id);
    return id;
  }

  xml(): string {
    const numberFormats = [...this.numberFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    const list = (tag: string, items: readonly string[]): string =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return [
      `${XML_HEADER}<styleSheet xmlns="${SPREADSHEET_NS}">`,
      numberFormats.length === 0 ? "" : list("numFmts", numberFormats),
      list("fonts", this.fonts.items),
      list("fills", this.fills.items),
      list("borders", this.borders.items),
      list("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']),
      list("cellXfs", this.formats.items),
      list("cellStyles", ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']),
      "</styleSheet>",
    ].join("");
  }
}
