// The styles part of a package the runner writes into: the fonts, fills, borders, number formats,
// cell formats and differential formats its generated sheets need, appended to the lists of an
// existing styles.xml (or of a minimal one when the package has none). Nothing already there moves
// or changes, so every `s=` index of the user's cells and every dxfId of their conditional formats
// still means what it meant (README, "The headless runner").

import type { HighlightPlan } from "../engine/plan/types";
import { xmlText } from "../engine/sheetValues";
import { SPREADSHEET_NS, XML_HEADER } from "./ooxml";
import {
  BOTTOM_BORDER_XML,
  BUILT_IN_NUMBER_FORMATS,
  cellFormatXml,
  differentialXml,
  fontXml,
  setsFont,
  solidFillXml,
  type CellLook,
  type FormatIds,
} from "./styleParts";

// Custom number formats are numbered from 164; the lower ids are Excel's built-in formats.
const FIRST_CUSTOM_FORMAT = 164;

/** The lists of CT_Stylesheet the builder appends to, in the schema's order, with their entries' tag. */
const LISTS = [
  { list: "numFmts", entry: "numFmt" },
  { list: "fonts", entry: "font" },
  { list: "fills", entry: "fill" },
  { list: "borders", entry: "border" },
  { list: "cellStyleXfs", entry: "xf" },
  { list: "cellXfs", entry: "xf" },
  { list: "cellStyles", entry: "cellStyle" },
  { list: "dxfs", entry: "dxf" },
] as const;
type ListName = (typeof LISTS)[number]["list"];

// A stylesheet of Excel's defaults: one font, the two reserved fills (none and gray125), an empty
// border, the Normal style.
const MINIMAL_STYLESHEET =
  `${XML_HEADER}<styleSheet xmlns="${SPREADSHEET_NS}">` +
  `<fonts count="1">${fontXml({})}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

/**
 * Entries appended to one list, interned by their XML so an equal entry is added once; an entry
 * already in the list as the same text (one an earlier run appended) is found there, so scoring a
 * scored copy again does not grow its styles.
 */
class AppendedEntries {
  private readonly indexOf = new Map<string, number>();
  readonly added: string[] = [];
  private readonly existing: number;

  /** `existingEntries` are looked up only when they are all of the list's `existing` entries. */
  constructor(existing: number, existingEntries: readonly string[]) {
    this.existing = existing;
    if (existingEntries.length !== existing) return;
    existingEntries.forEach((xml, index) => {
      if (!this.indexOf.has(xml)) this.indexOf.set(xml, index);
    });
  }

  add(xml: string): number {
    const known = this.indexOf.get(xml);
    if (known !== undefined) return known;
    const index = this.existing + this.added.length;
    this.added.push(xml);
    this.indexOf.set(xml, index);
    return index;
  }
}

export class StylesBuilder {
  private readonly source: string;
  private readonly entries: Record<ListName, AppendedEntries>;
  private readonly numberFormats = new Map<string, number>();
  /** The package's own custom formats: escaped code → id. */
  private readonly existingNumberFormats = new Map<string, number>();
  private nextNumberFormat: number;
  private readonly defaults: FormatIds = { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 };

  /** Appends to this styles.xml; a minimal stylesheet of Excel's defaults when there is none. */
  constructor(existing?: string) {
    this.source = existing ?? MINIMAL_STYLESHEET;
    if (/<\w+:styleSheet[\s>]/.test(this.source))
      throw new Error(
        "the styles part uses a namespace prefix, which this writer does not append to",
      );
    this.entries = Object.fromEntries(
      LISTS.map(({ list, entry }) => [
        list,
        new AppendedEntries(
          entryCount(this.source, list, entry),
          listEntries(this.source, list, entry),
        ),
      ]),
    ) as Record<ListName, AppendedEntries>;
    const ids = [...listBody(this.source, "numFmts").matchAll(/numFmtId="(\d+)"/g)].map((match) =>
      Number(match[1]),
    );
    // A custom number format already declared (by the user, or by an earlier run) keeps its id.
    for (const match of listBody(this.source, "numFmts").matchAll(
      /<numFmt\s+numFmtId="(\d+)"\s+formatCode="([^"]*)"\s*\/>/g,
    ))
      this.existingNumberFormats.set(match[2] ?? "", Number(match[1]));
    this.nextNumberFormat = Math.max(FIRST_CUSTOM_FORMAT, ...ids.map((id) => id + 1));
  }

  /** The index in cellXfs of a format showing this look; 0, the default format, for an empty look. */
  cellFormat(look: CellLook): number {
    const ids: FormatIds = {
      numFmtId: this.numberFormatId(look.numberFormat),
      fontId: setsFont(look) ? this.entries.fonts.add(fontXml(look)) : this.defaults.fontId,
      fillId:
        look.fill === undefined
          ? this.defaults.fillId
          : this.entries.fills.add(solidFillXml(look.fill)),
      borderId:
        look.bottomBorder === true
          ? this.entries.borders.add(BOTTOM_BORDER_XML)
          : this.defaults.borderId,
    };
    const xml = cellFormatXml(look, ids, this.defaults);
    return xml === cellFormatXml({}, this.defaults, this.defaults)
      ? 0
      : this.entries.cellXfs.add(xml);
  }

  /** The index in dxfs of a conditional format's highlight. */
  differential(highlight: HighlightPlan): number {
    return this.entries.dxfs.add(differentialXml(highlight));
  }

  /** The styles part: the source's text with the new entries appended to its lists. */
  xml(): string {
    let text = this.source;
    const numberFormats = [...this.numberFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    const appended: Record<ListName, readonly string[]> = {
      numFmts: numberFormats,
      fonts: this.entries.fonts.added,
      fills: this.entries.fills.added,
      borders: this.entries.borders.added,
      cellStyleXfs: [],
      cellXfs: this.entries.cellXfs.added,
      cellStyles: [],
      dxfs: this.entries.dxfs.added,
    };
    for (const [index, { list, entry }] of LISTS.entries()) {
      const items = appended[list];
      if (items.length === 0) continue;
      text = appendToList(
        text,
        list,
        entry,
        items,
        LISTS.slice(index + 1).map((later) => later.list),
      );
    }
    return text;
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined || code === "") return this.defaults.numFmtId;
    const builtIn = BUILT_IN_NUMBER_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.numberFormats.get(code) ?? this.existingNumberFormats.get(xmlText(code));
    if (known !== undefined) return known;
    const id = this.nextNumberFormat++;
    this.numberFormats.set(code, id);
    return id;
  }
}

/** The list element, `<fonts …>…</fonts>` or `<dxfs …/>`, where the stylesheet has one. */
function listElement(xml: string, list: string): RegExpExecArray | null {
  return new RegExp(`<${list}(\\s[^>]*?)?(/>|>[\\s\\S]*?</${list}>)`).exec(xml);
}

function listBody(xml: string, list: string): string {
  return listElement(xml, list)?.[0] ?? "";
}

// The entries are counted, not read from count="…", which some writers leave out or get wrong.
function entryCount(xml: string, list: string, entry: string): number {
  const body = listBody(xml, list);
  return [...body.matchAll(new RegExp(`<${entry}[\\s/>]`, "g"))].length;
}

/** Each entry of a list as written (`<xf …/>` or `<font>…</font>`); entries do not nest. */
function listEntries(xml: string, list: string, entry: string): string[] {
  const body = listBody(xml, list);
  const inner = body.endsWith("/>") && !body.includes(`</${list}>`) ? "" : innerOf(body, list);
  return [
    ...inner.matchAll(new RegExp(`<${entry}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${entry}>)`, "g")),
  ].map((match) => match[0]);
}

function appendToList(
  xml: string,
  list: string,
  entry: string,
  items: readonly string[],
  laterLists: readonly string[],
): string {
  const found = listElement(xml, list);
  if (found === null) {
    const element = `<${list} count="${items.length}">${items.join("")}</${list}>`;
    const later = laterLists
      .map((name) => listElement(xml, name)?.index)
      .find((index) => index !== undefined);
    const at = later ?? xml.search(/<(tableStyles|colors|extLst)[\s>/]|<\/styleSheet>/);
    return xml.slice(0, at) + element + xml.slice(at);
  }
  const whole = found[0];
  const count = entryCount(xml, list, entry) + items.length;
  const attributes = (found[1] ?? "").replace(/\s+count="\d*"/, "");
  const inner = whole.endsWith("/>") && !whole.includes(`</${list}>`) ? "" : innerOf(whole, list);
  const rebuilt = `<${list} count="${count}"${attributes}>${inner}${items.join("")}</${list}>`;
  return xml.slice(0, found.index) + rebuilt + xml.slice(found.index + whole.length);
}

function innerOf(element: string, list: string): string {
  return element.slice(element.indexOf(">") + 1, element.length - `</${list}>`.length);
}
