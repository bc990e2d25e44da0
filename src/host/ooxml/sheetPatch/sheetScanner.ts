// A scanner over a worksheet part's text: where <sheetData> lies, its rows, and the <c> elements of a
// row, each as offsets into the text, found with indexOf rather than a parser, so a 30 MB sheet is
// walked without a tree and every byte the patch does not rewrite is copied as it was. The part is
// well-formed XML (the package reader has parsed it before), so the scanner only has to know where
// tags start and end: quoted attribute values may hold ">", and comments or processing
// instructions between rows are stepped over.

import { MAX_COLUMNS, MAX_ROWS, parseCellAddress } from "../../../engine/plan/address";

export class SheetScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetScanError";
  }
}

/** Where <sheetData> lies, and the namespace prefix its elements are written with ("" or "x:"). */
export interface SheetDataSpan {
  readonly prefix: string;
  /** The offset of "<sheetData". */
  readonly start: number;
  /** Just after the start tag; equals `end` for `<sheetData/>`. */
  readonly contentStart: number;
  /** The offset of "</sheetData>" (or of the end of `<sheetData/>`). */
  readonly contentEnd: number;
  /** Just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
}

export interface ElementSpan {
  /** The offset of "<". */
  readonly start: number;
  /** Just after the start tag's ">". */
  readonly tagEnd: number;
  /** Just after the element's end tag (or the start tag when self-closing). */
  readonly end: number;
  readonly selfClosing: boolean;
}

export interface RowSpan extends ElementSpan {
  /** Its r attribute, or the row after the one before when absent. */
  readonly number: number;
}

export interface CellSpan extends ElementSpan {
  readonly row: number;
  /** From its r attribute, or the column after the cell before when absent. */
  readonly column: number;
  /** Whether the cell states its r attribute. */
  readonly referenced: boolean;
}

/** The offset just after the ">" of the tag starting at `start`, stepping over quoted values. */
export function tagEndAt(xml: string, start: number): number {
  // Character codes, not one-character strings: this runs over every tag of a sheet.
  let quote = 0;
  for (let index = start + 1; index < xml.length; index++) {
    const code = xml.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return index + 1;
  }
  throw new SheetScanError("a tag is not closed");
}

function isSelfClosing(xml: string, tagEnd: number): boolean {
  return xml[tagEnd - 2] === "/";
}

/** Where the next comment starts, searched again only once the scan has passed it. */
class CommentFinder {
  private at = -2;
  constructor(private readonly xml: string) {}

  /** The first comment starting at or after `index`; -1 if none. */
  next(index: number): number {
    if (this.at === -1 || this.at >= index) return this.at;
    this.at = this.xml.indexOf("<!--", index);
    return this.at;
  }
}

/**
 * The first element named `qualified` at or after `from`, outside comments; -1 if none. Found with
 * indexOf on its name, so the text between is not walked tag by tag.
 */
function findStartTag(
  xml: string,
  qualified: string,
  from: number,
  until: number,
  comments = new CommentFinder(xml),
): number {
  const opening = `<${qualified}`;
  let index = from;
  while (index < until) {
    const open = xml.indexOf(opening, index);
    if (open < 0 || open >= until) return -1;
    const comment = comments.next(index);
    if (comment >= 0 && comment < open) {
      const close = xml.indexOf("-->", comment + 4);
      if (close < 0) throw new SheetScanError("a comment is not closed");
      index = close + 3;
      continue;
    }
    if (isNameEnd(xml.charCodeAt(open + opening.length))) return open;
    index = open + 1;
  }
  return -1;
}

/** Whitespace, "/" or ">": where a tag's name ends. */
function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** The qualified name of the tag at `open` ("x:row"), undefined for end tags and declarations. */
export function tagName(xml: string, open: number): string | undefined {
  const first = xml[open + 1];
  if (first === undefined || first === "/" || first === "!" || first === "?") return undefined;
  let end = open + 1;
  while (end < xml.length && !isNameEnd(xml.charCodeAt(end))) end++;
  return xml.slice(open + 1, end);
}

/** The prefix the root element is written with ("" for the default namespace, else "x:"). */
function prefixOf(xml: string): string {
  let index = 0;
  for (;;) {
    const open = xml.indexOf("<", index);
    if (open < 0) return "";
    const name = tagName(xml, open);
    if (name !== undefined) {
      const colon = name.indexOf(":");
      return colon < 0 ? "" : name.slice(0, colon + 1);
    }
    index = xml.startsWith("<!--", open) ? xml.indexOf("-->", open) + 3 : open + 1;
    if (index < 3) return "";
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Locates <sheetData>; throws when the part has none (a worksheet always has one). */
export function findSheetData(xml: string): SheetDataSpan {
  const prefix = prefixOf(xml);
  const start = findStartTag(xml, `${prefix}sheetData`, 0, xml.length);
  if (start < 0) throw new SheetScanError("the worksheet has no <sheetData>");
  const contentStart = tagEndAt(xml, start);
  if (isSelfClosing(xml, contentStart))
    return {
      prefix,
      start,
      contentStart,
      contentEnd: contentStart,
      end: contentStart,
      selfClosing: true,
    };
  const closing = `</${prefix}sheetData>`;
  const contentEnd = xml.indexOf(closing, contentStart);
  if (contentEnd < 0) throw new SheetScanError("<sheetData> is not closed");
  return {
    prefix,
    start,
    contentStart,
    contentEnd,
    end: contentEnd + closing.length,
    selfClosing: false,
  };
}

/** `closing`: the element's end tag, `</${qualified}>`, when the caller has it at hand. */
function elementAt(
  xml: string,
  start: number,
  qualified: string,
  closing = `</${qualified}>`,
): ElementSpan {
  const tagEnd = tagEndAt(xml, start);
  if (isSelfClosing(xml, tagEnd)) return { start, tagEnd, end: tagEnd, selfClosing: true };
  const close = xml.indexOf(closing, tagEnd);
  if (close < 0) throw new SheetScanError(`<${qualified}> is not closed`);
  return { start, tagEnd, end: close + closing.length, selfClosing: false };
}

/** The rows of <sheetData>, in document order. */
export function* sheetRows(xml: string, data: SheetDataSpan): Generator<RowSpan> {
  let index = data.contentStart;
  let previous = 0;
  const qualified = `${data.prefix}row`;
  const closing = `</${qualified}>`;
  const comments = new CommentFinder(xml);
  for (;;) {
    const start = findStartTag(xml, qualified, index, data.contentEnd, comments);
    if (start < 0) return;
    const element = elementAt(xml, start, qualified, closing);
    const stated = rowNumberIn(xml, start, element.tagEnd);
    previous = Number.isInteger(stated) && stated > 0 ? stated : previous + 1;
    yield { ...element, number: previous };
    index = element.end;
  }
}

/** A row tag's r as a number, read in place (the common spelling r="12" without a slice). */
function rowNumberIn(xml: string, start: number, tagEnd: number): number {
  const quoted = xml.indexOf(' r="', start);
  if (quoted > 0 && quoted < tagEnd) {
    let number = 0;
    for (let index = quoted + 4; index < tagEnd; index++) {
      const digit = xml.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return xml[index] === '"' ? number : Number.NaN;
      number = number * 10 + digit;
    }
  }
  return Number(attributeOf(xml.slice(start, tagEnd), "r"));
}

/** The <c> elements of a row, in document order (a row's <extLst> is stepped over). */
export function* rowCells(xml: string, row: RowSpan, prefix: string): Generator<CellSpan> {
  if (row.selfClosing) return;
  const contentEnd = row.end - `</${prefix}row>`.length;
  const cellName = `${prefix}c`;
  const cellClosing = `</${cellName}>`;
  let index = row.tagEnd;
  let previous = 0;
  for (;;) {
    const open = findNextElement(xml, index, contentEnd);
    if (open < 0) return;
    // A cell (nearly every element of a row) is told by its name in place, not by a slice of it.
    const isCell =
      xml.startsWith(cellName, open + 1) && isNameEnd(xml.charCodeAt(open + 1 + cellName.length));
    const name = isCell ? cellName : (tagName(xml, open) ?? "");
    const element = elementAt(xml, open, name, isCell ? cellClosing : undefined);
    index = element.end;
    if (!isCell && localName(name) !== "c") continue;
    let column = columnIn(xml, open, element.tagEnd);
    let referenced = true;
    if (column === undefined) {
      const reference = attributeOf(xml.slice(open, element.tagEnd), "r");
      referenced = reference !== undefined;
      column = parseCellAddress(reference ?? "")?.column ?? previous + 1;
    }
    previous = column;
    const { start, tagEnd, end, selfClosing } = element;
    yield { start, tagEnd, end, selfClosing, row: row.number, column, referenced };
  }
}

/**
 * A cell tag's column read in place when its r is spelled the common way (r="AB12", capitals, no
 * "$", within Excel's limits), without slicing the tag; undefined sends the caller to the general
 * reading (attributeOf and parseCellAddress), which gives the same column for those.
 */
function columnIn(xml: string, start: number, tagEnd: number): number | undefined {
  const quoted = xml.indexOf(' r="', start);
  if (quoted < 0 || quoted >= tagEnd) return undefined;
  let index = quoted + 4;
  let column = 0;
  let letters = 0;
  for (let code = xml.charCodeAt(index); code >= 65 && code <= 90; code = xml.charCodeAt(++index)) {
    column = column * 26 + (code - 64);
    letters++;
  }
  if (letters === 0 || letters > 3 || column > MAX_COLUMNS) return undefined;
  let row = 0;
  let digits = 0;
  for (let code = xml.charCodeAt(index); code >= 48 && code <= 57; code = xml.charCodeAt(++index)) {
    row = row * 10 + (code - 48);
    digits++;
  }
  if (digits === 0 || digits > 7 || row < 1 || row > MAX_ROWS || xml[index] !== '"')
    return undefined;
  return column;
}

function findNextElement(xml: string, from: number, until: number): number {
  let index = from;
  while (index < until) {
    const open = xml.indexOf("<", index);
    if (open < 0 || open >= until) return -1;
    if (xml.startsWith("<!--", open)) {
      const close = xml.indexOf("-->", open + 4);
      if (close < 0) throw new SheetScanError("a comment is not closed");
      index = close + 3;
      continue;
    }
    if (tagName(xml, open) !== undefined) return open;
    index = open + 1;
  }
  return -1;
}

const attributePatterns = new Map<string, RegExp>();

/** One attribute's raw (still escaped) value in a start tag's text; undefined when absent. */
export function attributeOf(startTag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name.replace(".", "\\.")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(startTag);
  if (match === null) return undefined;
  return match[2] ?? match[3];
}

/**
 * The start tag with one attribute set (in place when present, else appended before the tag's end)
 * or removed (`value` undefined); every other byte of the tag kept.
 */
export function withAttribute(startTag: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`(\\s+)${name.replace(".", "\\.")}\\s*=\\s*("[^"]*"|'[^']*')`);
  const match = pattern.exec(startTag);
  if (match !== null) {
    const replacement = value === undefined ? "" : `${match[1] ?? " "}${name}="${value}"`;
    return (
      startTag.slice(0, match.index) + replacement + startTag.slice(match.index + match[0].length)
    );
  }
  if (value === undefined) return startTag;
  const close = startTag.endsWith("/>") ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, close)} ${name}="${value}"${startTag.slice(close)}`;
}
