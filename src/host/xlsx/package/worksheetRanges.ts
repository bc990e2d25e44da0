// A worksheet's cells in the ranges a reader asks for (a contract table's ref, the Settings
// sheet's two columns), read by scanning the part's text with the patcher's scanner (rows by
// `<row`, cells by `<c`, offsets found with indexOf; sheetPatch/sheetScanner.ts) instead of
// parsing every element with saxes: rows outside the ranges are stepped over whole, and a cell
// outside them is never cut out of the text. The values are the saxes reader's (worksheetPart.ts),
// by the same rules (cellValue.ts, cellText.ts). A part the scanner cannot read as the saxes reader
// would — a DOCTYPE, CDATA, a processing instruction past the declaration, a namespace declared
// inside <sheetData>, a root not in SpreadsheetML's namespace, or a second prefix bound to it — is
// read by the saxes reader and its cells kept to the ranges.

import { type RangeBounds } from "../../../engine/plan/address";
import type { CellValue } from "../../../engine/sheetValues";
import { SPREADSHEET } from "./namespaces";
import {
  attributeOf,
  findSheetData,
  CellCursor,
  isNameEnd,
  RowCursor,
  tagEndAt,
  tagName,
  type CellSpan,
} from "../../ooxml/sheetPatch/sheetScanner";
import { transitionalNamespaces } from "../preflightParts";
import { unescapeXml } from "../xml";
import { memoised } from "../../../engine/read/memoised";
import { decodeEscapes } from "./cellText";
import { cellValue, numberCellValue } from "./cellValue";
import { PackageReadError } from "./packageReadError";
import { decodedPart } from "./partTextCache";
import { SheetCells } from "./sheetCells";
import { readWorksheetPart, type CellContext } from "./worksheetPart";

/**
 * The cells of one worksheet part inside `ranges` (every cell when undefined); blank unstyled cells
 * absent, as SheetCells holds them. Throws PackageReadError naming the part when it is malformed.
 */
export function readWorksheetRanges(
  path: string,
  bytes: Uint8Array,
  context: CellContext,
  ranges?: readonly RangeBounds[],
): SheetCells {
  let xml: string;
  try {
    xml = decodedPart(bytes);
  } catch (error: unknown) {
    throw PackageReadError.inPart(path, error);
  }
  const inRanges = rangeTest(ranges);
  let scanned: SheetCells | undefined;
  try {
    scanned = scannable(xml) ? scannedCells(xml, context, inRanges) : undefined;
  } catch (error: unknown) {
    throw PackageReadError.inPart(path, error);
  }
  return scanned ?? keptTo(readWorksheetPart(path, bytes, context), inRanges);
}

interface RangeTest {
  row(row: number): boolean;
  cell(row: number, column: number): boolean;
}

function rangeTest(ranges: readonly RangeBounds[] | undefined): RangeTest {
  if (ranges === undefined) return { row: () => true, cell: () => true };
  // The bounds as plain numbers, four per range, so a cell's test reads no objects.
  const bounds = ranges.flatMap(({ start, end }) => [start.row, end.row, start.column, end.column]);
  return {
    row: (row) => {
      for (let index = 0; index < bounds.length; index += 4)
        if (row >= (bounds[index] ?? 0) && row <= (bounds[index + 1] ?? 0)) return true;
      return false;
    },
    cell: (row, column) => {
      for (let index = 0; index < bounds.length; index += 4)
        if (
          row >= (bounds[index] ?? 0) &&
          row <= (bounds[index + 1] ?? 0) &&
          column >= (bounds[index + 2] ?? 0) &&
          column <= (bounds[index + 3] ?? 0)
        )
          return true;
      return false;
    },
  };
}

function keptTo(cells: SheetCells, inRanges: RangeTest): SheetCells {
  const kept = new SheetCells();
  for (const { row, column, cell } of cells.entries())
    if (inRanges.cell(row, column)) kept.store(row, column, cell.value, cell.styleIndex);
  return kept;
}

/**
 * Whether the text scanner reads this part as saxes would: the root element in SpreadsheetML's
 * namespace (transitional, or strict spelled so) under the prefix its rows and cells carry, no
 * other prefix bound to that namespace, no DOCTYPE, no CDATA section and no processing instruction
 * after the declaration (scannedCells checks that
 * no namespace is declared inside <sheetData>, which could rebind the prefix).
 */
function scannable(xml: string): boolean {
  // A sheet without "<!" (most: no comment either) has neither; one search of the text, not two.
  if (xml.includes("<!") && (xml.includes("<!DOCTYPE") || xml.includes("<![CDATA["))) return false;
  const root = rootTag(xml);
  if (root === undefined || xml.includes("<?", root.start)) return false;
  const name = tagName(xml, root.start) ?? "";
  const colon = name.indexOf(":");
  const prefix = colon < 0 ? "" : name.slice(0, colon);
  const startTag = xml.slice(root.start, root.end);
  const declared = attributeOf(startTag, prefix === "" ? "xmlns" : `xmlns:${prefix}`);
  if (declared === undefined || transitionalNamespaces(declared) !== SPREADSHEET) return false;
  const bindings = startTag.match(/\sxmlns(:[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g) ?? [];
  const spreadsheetBindings = bindings.filter(
    (binding) =>
      transitionalNamespaces(binding.replace(/^[^=]*=\s*["']|["']$/g, "")) === SPREADSHEET,
  );
  return spreadsheetBindings.length === 1;
}

/** The root element's start tag, past the declaration, comments and processing instructions. */
function rootTag(xml: string): { start: number; end: number } | undefined {
  let index = 0;
  for (;;) {
    const open = xml.indexOf("<", index);
    if (open < 0) return undefined;
    if (tagName(xml, open) !== undefined) return { start: open, end: tagEndAt(xml, open) };
    if (xml.startsWith("<!--", open)) {
      const close = xml.indexOf("-->", open + 4);
      if (close < 0) return undefined;
      index = close + 3;
    } else index = open + 1;
  }
}

/** The cells in the ranges; undefined when a namespace is declared inside <sheetData>. */
function scannedCells(
  xml: string,
  context: CellContext,
  inRanges: RangeTest,
): SheetCells | undefined {
  const cells = new SheetCells();
  const data = findSheetData(xml);
  if (data.selfClosing) return cells;
  const declaration = xml.indexOf("xmlns", data.contentStart);
  if (declaration >= 0 && declaration < data.contentEnd) return undefined;
  const { prefix } = data;
  const tag = new CellTag();
  const content = new CellContent(prefix);
  const row = new RowCursor(xml, data);
  const cell = new CellCursor(xml, prefix);
  while (row.next()) {
    if (!inRanges.row(row.number)) continue;
    cell.enter(row);
    while (cell.next()) {
      if (!inRanges.cell(cell.row, cell.column)) continue;
      tag.read(xml, cell.start, cell.tagEnd);
      const { styleIndex } = tag;
      content.read(xml, cell);
      const value = scannedValue(xml, tag.type, content, styleIndex, context);
      if (value !== null || styleIndex !== 0) cells.store(cell.row, cell.column, value, styleIndex);
    }
  }
  return cells;
}

/**
 * A cell's value: a shared string's index and a plain decimal number read in place, without
 * cutting its text out of the sheet; anything else through cellValue, as the saxes reader does.
 */
function scannedValue(
  xml: string,
  type: string,
  content: CellContent,
  styleIndex: number,
  context: CellContext,
): CellValue {
  if (content.valueStart >= 0 && content.inlineStart < 0) {
    if (type === "s") {
      const index = digitsAt(xml, content.valueStart, content.valueEnd);
      if (index >= 0) return context.sharedStrings[index] ?? null;
    } else if (type === "n") {
      const number = plainDecimalAt(xml, content.valueStart, content.valueEnd);
      if (number !== undefined) return numberCellValue(number, styleIndex, context);
    }
  }
  return cellValue(type, content.value(xml), content.inline(xml), styleIndex, context);
}

/** The number spelled by the digits in [start, end); -1 when empty or anything else is there. */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let number = 0;
  for (let index = start; index < end; index++) {
    const digit = xml.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Exact powers of ten a double holds (10^22 is the last). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power);

/**
 * `Number(text)` for text of the form -?digits(.digits)? with at most 15 digits, undefined for any
 * other text (exponents, spaces, entities, longer numbers: the caller reads those with Number).
 * Exact: the digits as an integer are below 2^53 and 10^k is exact, so the one division rounds
 * correctly, as Number's conversion does (Clinger's fast path).
 */
function plainDecimalAt(xml: string, start: number, end: number): number | undefined {
  let index = start;
  const negative = xml.charCodeAt(index) === 45;
  if (negative) index++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; index < end; index++) {
    const code = xml.charCodeAt(index);
    if (code === 46 && fraction < 0) {
      fraction = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return undefined;
    mantissa = mantissa * 10 + digit;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return undefined;
  const magnitude = fraction > 0 ? mantissa / (POWERS_OF_TEN[fraction] ?? 1) : mantissa;
  return negative ? -magnitude : magnitude;
}

/**
 * A cell's t and s attributes, read in place from its start tag (as attributeOf reads them: the
 * name in no namespace, either quote). One instance is refilled for every cell of a sheet.
 */
class CellTag {
  type = "n";
  styleIndex = 0;

  read(xml: string, start: number, tagEnd: number): void {
    this.type = "n";
    this.styleIndex = 0;
    let index = start + 1;
    while (index < tagEnd && !isSpace(xml.charCodeAt(index))) index++;
    for (;;) {
      while (index < tagEnd && isSpace(xml.charCodeAt(index))) index++;
      const nameStart = index;
      while (index < tagEnd) {
        const code = xml.charCodeAt(index);
        if (isSpace(code) || code === 61 || code === 47 || code === 62) break;
        index++;
      }
      const nameEnd = index;
      while (index < tagEnd && isSpace(xml.charCodeAt(index))) index++;
      if (nameEnd === nameStart || xml.charCodeAt(index) !== 61) return;
      index++;
      while (index < tagEnd && isSpace(xml.charCodeAt(index))) index++;
      const quote = xml.charCodeAt(index);
      if (quote !== 34 && quote !== 39) return;
      const valueStart = index + 1;
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
      if (valueEnd < 0 || valueEnd >= tagEnd) return;
      index = valueEnd + 1;
      if (nameEnd - nameStart !== 1) continue;
      const name = xml.charCodeAt(nameStart);
      if (name === 116) this.type = typeAt(xml, valueStart, valueEnd);
      else if (name === 115) {
        const digits = digitsAt(xml, valueStart, valueEnd);
        this.styleIndex =
          digits >= 0 ? digits : Number(unescapeXml(xml.slice(valueStart, valueEnd))) || 0;
      }
    }
  }
}

/** The cell types a file writes, so the usual t="s" or t="n" costs no slice of the text. */
const CELL_TYPES = ["s", "n", "str", "inlineStr", "b", "e", "d"];

/** A t attribute's value: one of CELL_TYPES read in place, anything else cut out and unescaped. */
function typeAt(xml: string, start: number, end: number): string {
  for (const type of CELL_TYPES)
    if (type.length === end - start && xml.startsWith(type, start)) return type;
  return unescapeXml(xml.slice(start, end));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Where a cell's <v> and <is> lie (-1 without one); its <f> (no markup inside) and <extLst> are
 * stepped over. One instance is refilled for every cell of a sheet; the text is cut out only when
 * asked for.
 */
class CellContent {
  valueStart = -1;
  valueEnd = -1;
  inlineStart = -1;
  inlineEnd = -1;
  private readonly closing: number;
  private readonly cellName: string;
  private readonly valueName: string;
  private readonly inlineName: string;
  /**
   * The texts of string items that needed decoding (entities, runs, escapes), by their raw XML: a
   * long list repeats the same few texts in every row ("&#8212;" in a basis column), and a lookup
   * costs less than decoding each again.
   */
  private readonly decodedItem = memoised((raw: string) =>
    stringItemText(raw, 0, raw.length, this.prefix),
  );

  constructor(private readonly prefix: string) {
    this.closing = `</${prefix}c>`.length;
    this.cellName = `${prefix}c`;
    this.valueName = `${prefix}v`;
    this.inlineName = `${prefix}is`;
  }

  read(xml: string, cell: CellSpan): void {
    this.valueStart = this.valueEnd = this.inlineStart = this.inlineEnd = -1;
    if (cell.selfClosing) return;
    const contentEnd = cell.end - this.closing;
    let index = cell.tagEnd;
    while (index < contentEnd) {
      const open = xml.indexOf("<", index);
      if (open < 0 || open >= contentEnd) break;
      // <v> and <is>, nearly all a cell holds, are told in place; other names are cut out.
      const name = this.named(xml, open, this.valueName)
        ? this.valueName
        : this.named(xml, open, this.inlineName)
          ? this.inlineName
          : tagName(xml, open);
      if (name === undefined) {
        index = stepOver(xml, open);
        continue;
      }
      // A cell whose end tag is missing runs on into the next cell: read as one, the next would be
      // lost from the copy. The saxes reader refuses such a part as not well-formed; so does this.
      if (name === this.cellName) throw new Error(`a <${name}> is not closed before the next one`);
      const element = elementSpan(xml, open, name);
      if (name === this.valueName) {
        this.valueStart = element.tagEnd;
        this.valueEnd = element.contentEnd;
      } else if (name === this.inlineName) {
        this.inlineStart = element.tagEnd;
        this.inlineEnd = element.contentEnd;
      }
      index = element.end;
    }
  }

  private named(xml: string, open: number, name: string): boolean {
    return xml.startsWith(name, open + 1) && isNameEnd(xml.charCodeAt(open + 1 + name.length));
  }

  /** The text of its <v> ("" for `<v/>`), undefined without one. */
  value(xml: string): string | undefined {
    if (this.valueStart < 0) return undefined;
    return textOf(xml.slice(this.valueStart, this.valueEnd));
  }

  /** The text of its <is>, undefined without one. */
  inline(xml: string): string | undefined {
    if (this.inlineStart < 0) return undefined;
    const { inlineStart, inlineEnd, prefix } = this;
    return (
      plainTextItem(xml, inlineStart, inlineEnd, prefix) ??
      this.decodedItem(xml.slice(inlineStart, inlineEnd))
    );
  }
}

interface Span {
  readonly tagEnd: number;
  /** The offset of its end tag (the tag's end when self-closing). */
  readonly contentEnd: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

/**
 * An element's extent. Its end tag is the first `</name>` after it: the elements read here (v, is,
 * t, rPh, and what a cell or a string item holds) never nest an element of their own name.
 */
function elementSpan(xml: string, open: number, name: string): Span {
  const tagEnd = tagEndAt(xml, open);
  if (xml[tagEnd - 2] === "/")
    return { tagEnd, contentEnd: tagEnd, end: tagEnd, selfClosing: true };
  const closing = `</${name}`;
  for (let from = tagEnd; ;) {
    const close = xml.indexOf(closing, from);
    if (close < 0) throw new Error(`<${name}> is not closed`);
    const after = xml.charCodeAt(close + closing.length);
    // "</t>" or "</t >", not "</tx>".
    if (after === 62 || after === 32 || after === 9 || after === 10 || after === 13) {
      const end = xml.indexOf(">", close);
      return { tagEnd, contentEnd: close, end: end + 1, selfClosing: false };
    }
    from = close + closing.length;
  }
}

/** Past an end tag, comment or processing instruction at `open`. */
function stepOver(xml: string, open: number): number {
  const closer = xml.startsWith("<!--", open) ? "-->" : xml.startsWith("<?", open) ? "?>" : ">";
  const close = xml.indexOf(closer, open + 1);
  if (close < 0) throw new Error("a tag is not closed");
  return close + closer.length;
}

const ENTITY_OR_AMPERSAND = /&(?!(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);)/;

/** Character data as an XML parser hands it on: line ends normalised, entities replaced. */
function textOf(raw: string): string {
  const lines = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!lines.includes("&")) return lines;
  if (ENTITY_OR_AMPERSAND.test(lines)) throw new Error("an undefined entity or a bare &");
  return unescapeXml(lines);
}

/**
 * A string item's text (<is>, as cellText.ts's StringItemText reads it): the text of its <t>
 * elements, the runs' included, phonetic guides (<rPh>) left out, _xHHHH_ escapes decoded. (The
 * caller tries plainTextItem first.)
 */
function stringItemText(xml: string, from: number, until: number, prefix: string): string {
  const parts: string[] = [];
  let index = from;
  while (index < until) {
    const open = xml.indexOf("<", index);
    if (open < 0 || open >= until) break;
    const name = tagName(xml, open);
    if (name === undefined) {
      index = stepOver(xml, open);
      continue;
    }
    if (name === `${prefix}t`) {
      const element = elementSpan(xml, open, name);
      if (!element.selfClosing) parts.push(textOf(xml.slice(element.tagEnd, element.contentEnd)));
      index = element.end;
    } else if (name === `${prefix}rPh`) index = elementSpan(xml, open, name).end;
    else index = tagEndAt(xml, open);
  }
  return decodeEscapes(parts.join(""));
}

/**
 * The text of a string item that is one `<t>` (attributes allowed, xml:space among them) holding
 * no markup, entity, carriage return or _x escape: cut out as it stands, which is what
 * stringItemText would make of it. Undefined for any other item.
 */
function plainTextItem(
  xml: string,
  from: number,
  until: number,
  prefix: string,
): string | undefined {
  const name = `${prefix}t`;
  if (xml.charCodeAt(from) !== 60 || !xml.startsWith(name, from + 1)) return undefined;
  if (!isNameEnd(xml.charCodeAt(from + 1 + name.length))) return undefined;
  const tagEnd = tagEndAt(xml, from);
  if (xml.charCodeAt(tagEnd - 2) === 47) return undefined;
  const closing = `</${name}>`;
  const close = xml.indexOf("<", tagEnd);
  if (close < 0 || close + closing.length !== until || !xml.startsWith(closing, close))
    return undefined;
  for (let index = tagEnd; index < close; index++) {
    const code = xml.charCodeAt(index);
    // "&", "\r", and "_" (a possible _xHHHH_ escape): the general reading handles those.
    if (code === 38 || code === 13 || code === 95) return undefined;
  }
  return xml.slice(tagEnd, close);
}
