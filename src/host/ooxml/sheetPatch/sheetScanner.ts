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

/**
 * The first comment starting in [from, until); -1 if none. Only the gap before a found tag is looked
 * at (between two rows it is a few bytes), so a sheet without comments is not searched to its end
 * for one at every call.
 */
function commentIn(xml: string, from: number, until: number): number {
  for (let index = from; index < until; index++)
    if (xml.charCodeAt(index) === 60 && xml.startsWith("<!--", index)) return index;
  return -1;
}

/**
 * The first element named `qualified` at or after `from`, outside comments; -1 if none. Found with
 * indexOf on its name, so the text between is not walked tag by tag.
 */
function findStartTag(xml: string, qualified: string, from: number, until: number): number {
  const opening = `<${qualified}`;
  let index = from;
  while (index < until) {
    const open = xml.indexOf(opening, index);
    if (open < 0 || open >= until) return -1;
    // "<row" inside a comment: the comment starts in the gap before it.
    const comment = commentIn(xml, index, open);
    if (comment >= 0) {
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
export function isNameEnd(code: number): boolean {
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

/** The last text located, and its span: a patch asks for the same sheet's span several times. */
let located: { readonly xml: string; readonly span: SheetDataSpan } | undefined;

/** Locates <sheetData>; throws when the part has none (a worksheet always has one). */
export function findSheetData(xml: string): SheetDataSpan {
  if (located?.xml === xml) return located.span;
  const span = locatedSheetData(xml);
  located = { xml, span };
  return span;
}

function locatedSheetData(xml: string): SheetDataSpan {
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
  // Searched from the end: a worksheet has one <sheetData>, and what follows it is short.
  const contentEnd = xml.lastIndexOf(closing);
  if (contentEnd < contentStart) throw new SheetScanError("<sheetData> is not closed");
  return {
    prefix,
    start,
    contentStart,
    contentEnd,
    end: contentEnd + closing.length,
    selfClosing: false,
  };
}

/** An element's span, written into `into` (the cursors below move one object along a sheet). */
function locateElement(
  xml: string,
  start: number,
  qualified: string,
  closing: string,
  into: { start: number; tagEnd: number; end: number; selfClosing: boolean },
): void {
  const tagEnd = tagEndAt(xml, start);
  into.start = start;
  into.tagEnd = tagEnd;
  into.selfClosing = isSelfClosing(xml, tagEnd);
  if (into.selfClosing) {
    into.end = tagEnd;
    return;
  }
  const close = xml.indexOf(closing, tagEnd);
  if (close < 0) throw new SheetScanError(`<${qualified}> is not closed`);
  into.end = close + closing.length;
}

/**
 * The rows of <sheetData> in document order, as one object moved along by `next()`: a sheet has
 * 100,000 rows, and an object for each is what the scan would otherwise spend its time on. Its
 * fields describe the current row until the next call.
 */
export class RowCursor implements RowSpan {
  start = 0;
  tagEnd = 0;
  end = 0;
  selfClosing = false;
  number = 0;
  private index: number;
  private readonly qualified: string;
  private readonly closing: string;

  constructor(
    private readonly xml: string,
    private readonly data: SheetDataSpan,
  ) {
    this.index = data.contentStart;
    this.qualified = `${data.prefix}row`;
    this.closing = `</${this.qualified}>`;
  }

  /** Moves to the next row; false after the last. */
  next(): boolean {
    const start = findStartTag(this.xml, this.qualified, this.index, this.data.contentEnd);
    if (start < 0) return false;
    locateElement(this.xml, start, this.qualified, this.closing, this);
    const stated = rowNumberIn(this.xml, start, this.tagEnd);
    this.number = Number.isInteger(stated) && stated > 0 ? stated : this.number + 1;
    this.index = this.end;
    return true;
  }
}

/** The rows of <sheetData>, in document order, each its own object (RowCursor where it counts). */
export function* sheetRows(xml: string, data: SheetDataSpan): Generator<RowSpan> {
  const row = new RowCursor(xml, data);
  while (row.next()) {
    const { start, tagEnd, end, selfClosing, number } = row;
    yield { start, tagEnd, end, selfClosing, number };
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

/**
 * The <c> elements of a row in document order (a row's <extLst> is stepped over), as one object
 * moved along by `next()` after `enter(row)`, as RowCursor moves along the rows.
 */
export class CellCursor implements CellSpan {
  start = 0;
  tagEnd = 0;
  end = 0;
  selfClosing = false;
  row = 0;
  column = 0;
  referenced = true;
  private index = 0;
  private contentEnd = 0;
  private readonly cellName: string;
  private readonly cellClosing: string;
  private readonly rowClosingLength: number;
  /** Where an element other than a cell is located (its span is not the cell's). */
  private readonly other = { start: 0, tagEnd: 0, end: 0, selfClosing: false };

  constructor(
    private readonly xml: string,
    prefix: string,
  ) {
    this.cellName = `${prefix}c`;
    this.cellClosing = `</${this.cellName}>`;
    this.rowClosingLength = `</${prefix}row>`.length;
  }

  /** Starts on the cells of `row` (none for a self-closing row). */
  enter(row: RowSpan): void {
    this.row = row.number;
    this.column = 0;
    this.index = row.tagEnd;
    this.contentEnd = row.selfClosing ? row.tagEnd : row.end - this.rowClosingLength;
  }

  /** Moves to the row's next cell; false after the last. */
  next(): boolean {
    const { xml, cellName } = this;
    for (;;) {
      const open = findNextElement(xml, this.index, this.contentEnd);
      if (open < 0) return false;
      // A cell (nearly every element of a row) is told by its name in place, not by a slice of it.
      const isCell =
        xml.startsWith(cellName, open + 1) && isNameEnd(xml.charCodeAt(open + 1 + cellName.length));
      const name = isCell ? cellName : (tagName(xml, open) ?? "");
      if (!isCell && localName(name) !== "c") {
        locateElement(xml, open, name, `</${name}>`, this.other);
        this.index = this.other.end;
        continue;
      }
      locateElement(xml, open, name, isCell ? this.cellClosing : `</${name}>`, this);
      this.index = this.end;
      const previous = this.column;
      const column = columnIn(xml, open, this.tagEnd);
      this.referenced = true;
      if (column === undefined) {
        const reference = attributeOf(xml.slice(open, this.tagEnd), "r");
        this.referenced = reference !== undefined;
        this.column = parseCellAddress(reference ?? "")?.column ?? previous + 1;
      } else this.column = column;
      return true;
    }
  }
}

/** The <c> elements of a row, in document order, each its own object (CellCursor where it counts). */
export function* rowCells(xml: string, row: RowSpan, prefix: string): Generator<CellSpan> {
  const cell = new CellCursor(xml, prefix);
  cell.enter(row);
  while (cell.next()) {
    const { start, tagEnd, end, selfClosing, column, referenced } = cell;
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
  return plainColumnAt(xml, quoted + 4);
}

/**
 * The column of an r value spelled the plain way at `index` (capitals then digits, no "$", within
 * Excel's limits, closed by a quote), read in place; undefined for any other spelling.
 */
export function plainColumnAt(xml: string, index: number): number | undefined {
  let at = index;
  let column = 0;
  for (let code = xml.charCodeAt(at); code >= 65 && code <= 90; code = xml.charCodeAt(++at))
    column = column * 26 + (code - 64);
  const letters = at - index;
  if (letters === 0 || letters > 3 || column > MAX_COLUMNS) return undefined;
  let row = 0;
  const digitsStart = at;
  for (let code = xml.charCodeAt(at); code >= 48 && code <= 57; code = xml.charCodeAt(++at))
    row = row * 10 + (code - 48);
  const digits = at - digitsStart;
  if (digits === 0 || digits > 7 || row < 1 || row > MAX_ROWS || xml.charCodeAt(at) !== 34)
    return undefined;
  return column;
}

/** Whether the "<" at `open` starts an element (not an end tag, a declaration or an instruction). */
function isStartTagAt(xml: string, open: number): boolean {
  const first = xml.charCodeAt(open + 1);
  return !Number.isNaN(first) && first !== 47 && first !== 33 && first !== 63;
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
    if (isStartTagAt(xml, open)) return open;
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
