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
import { SPREADSHEET } from "./namespaces";
import {
  attributeOf,
  findSheetData,
  rowCells,
  sheetRows,
  tagEndAt,
  tagName,
  type CellSpan,
} from "../../ooxml/sheetPatch/sheetScanner";
import { transitionalNamespaces } from "../preflightParts";
import { unescapeXml } from "../xml";
import { decodeEscapes } from "./cellText";
import { cellValue } from "./cellValue";
import { PackageReadError } from "./packageReadError";
import { readWorksheetPart, SheetCells, type CellContext } from "./worksheetPart";

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
    xml = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
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
  return {
    row: (row) => ranges.some(({ start, end }) => row >= start.row && row <= end.row),
    cell: (row, column) =>
      ranges.some(
        ({ start, end }) =>
          row >= start.row && row <= end.row && column >= start.column && column <= end.column,
      ),
  };
}

function keptTo(cells: SheetCells, inRanges: RangeTest): SheetCells {
  const kept = new SheetCells();
  for (const { row, column, cell } of cells.entries())
    if (inRanges.cell(row, column)) kept.set(row, column, cell);
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
  if (xml.includes("<!DOCTYPE") || xml.includes("<![CDATA[")) return false;
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
  for (const row of sheetRows(xml, data)) {
    if (!inRanges.row(row.number)) continue;
    for (const cell of rowCells(xml, row, prefix)) {
      if (!inRanges.cell(cell.row, cell.column)) continue;
      const startTag = xml.slice(cell.start, cell.tagEnd);
      const type = attributeOf(startTag, "t") ?? "n";
      const style = attributeOf(startTag, "s");
      const styleIndex = Number(style === undefined ? "0" : unescapeXml(style)) || 0;
      const content = cell.selfClosing ? undefined : cellContent(xml, cell, prefix);
      const value = cellValue(
        unescapeXml(type),
        content?.value,
        content?.inline,
        styleIndex,
        context,
      );
      if (value !== null) cells.set(cell.row, cell.column, { value, styleIndex });
      else if (styleIndex !== 0) cells.set(cell.row, cell.column, { value: null, styleIndex });
    }
  }
  return cells;
}

interface CellContent {
  /** The text of its <v> ("" for `<v/>`), undefined without one. */
  readonly value?: string;
  /** The text of its <is>, undefined without one. */
  readonly inline?: string;
}

/** What a cell's <v> and <is> hold; its <f> (no markup inside) and <extLst> are stepped over. */
function cellContent(xml: string, cell: CellSpan, prefix: string): CellContent {
  const contentEnd = cell.end - `</${prefix}c>`.length;
  let value: string | undefined;
  let inline: string | undefined;
  let index = cell.tagEnd;
  while (index < contentEnd) {
    const open = xml.indexOf("<", index);
    if (open < 0 || open >= contentEnd) break;
    const name = tagName(xml, open);
    if (name === undefined) {
      index = stepOver(xml, open);
      continue;
    }
    const element = elementSpan(xml, open, name);
    if (name === `${prefix}v`)
      value = element.selfClosing ? "" : textOf(xml.slice(element.tagEnd, element.contentEnd));
    else if (name === `${prefix}is`)
      inline = element.selfClosing
        ? ""
        : stringItemText(xml, element.tagEnd, element.contentEnd, prefix);
    index = element.end;
  }
  return {
    ...(value === undefined ? {} : { value }),
    ...(inline === undefined ? {} : { inline }),
  };
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
 * elements, the runs' included, phonetic guides (<rPh>) left out, _xHHHH_ escapes decoded.
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
