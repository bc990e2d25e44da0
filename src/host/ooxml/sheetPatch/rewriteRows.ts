// One pass over <sheetData> that rewrites chosen cells and copies everything else as it was. The
// rows a rewrite names are opened; in them an existing <c> may be replaced or moved to another
// column (the same way for the whole row, so document order holds), and new cells are placed in
// column order between the ones there. A new row is inserted in row order with only its r
// attribute. Every byte outside the rewritten <c> elements is kept, except a row's spans when a
// cell now lies outside them (widened when the row has one span, else dropped: spans are an
// optional hint, ECMA-376 Part 1, 18.3.1.73).

import { formatCellAddress } from "../../../engine/plan/address";
import {
  attributeOf,
  findSheetData,
  CellCursor,
  isNameEnd,
  plainColumnAt,
  RowCursor,
  SheetScanError,
  tagEndAt,
  withAttribute,
  type CellSpan,
  type RowSpan,
  type SheetDataSpan,
} from "./sheetScanner";

export interface ExistingCell {
  readonly row: number;
  readonly column: number;
  /** The whole element, "<c …>…</c>". */
  readonly xml: string;
  /** Its start tag, "<c r=… s=…>". */
  readonly startTag: string;
}

/** A new cell's text given the cell that stood there (after any move), "" for no cell. */
export type PlacedCell = (replaced: ExistingCell | undefined) => string;

export interface RowRewrite {
  /** Whether the row's cells are visited; `rowXml` is the whole <row> element, for a quick look. */
  readonly visitsRow: (row: number, rowXml: string) => boolean;
  /**
   * An existing cell's new column and text ("" removes it); undefined keeps it where it is, as it
   * is. Columns must keep the row's order.
   */
  readonly existing?: (cell: ExistingCell) => { column: number; xml: string } | undefined;
  /** Cells to place, by row then column (columns as they are after any move). */
  readonly placed: ReadonlyMap<number, ReadonlyMap<number, PlacedCell>>;
}

interface OutputCell {
  readonly column: number;
  readonly xml: string;
}

export function rewriteRows(xml: string, rewrite: RowRewrite): string {
  const data = findSheetData(xml);
  const out: string[] = [];
  let copiedTo = 0;
  const pendingRows = [...rewrite.placed.keys()].sort((a, b) => a - b);
  let pending = 0;
  const newRowsBefore = (limit: number): string => {
    let text = "";
    while (pending < pendingRows.length && (pendingRows[pending] ?? 0) < limit) {
      const number = pendingRows[pending] ?? 0;
      text += newRow(number, rewrite.placed.get(number), data.prefix);
      pending++;
    }
    return text;
  };

  const row = new RowCursor(xml, data);
  const cells = new CellCursor(xml, data.prefix);
  const inPlace = new InPlaceRow(xml, data.prefix);
  while (row.next()) {
    const inserted = newRowsBefore(row.number);
    const placed = rewrite.placed.get(row.number);
    if (placed !== undefined && pendingRows[pending] === row.number) pending++;
    const rowXml = xml.slice(row.start, row.end);
    if (
      placed !== undefined &&
      placed.size > 0 &&
      rewrite.existing === undefined &&
      inPlace.read(row, rowXml)
    ) {
      if (inserted !== "") {
        out.push(xml.slice(copiedTo, row.start), inserted);
        copiedTo = row.start;
      }
      copiedTo = inPlace.place(placed, out, copiedTo);
      continue;
    }
    if (placed === undefined && !rewrite.visitsRow(row.number, rowXml)) {
      if (inserted !== "") {
        out.push(xml.slice(copiedTo, row.start), inserted);
        copiedTo = row.start;
      }
      continue;
    }
    const rewritten = rewriteRow(xml, row, data.prefix, cells, rewrite, placed);
    if (rewritten === undefined && inserted === "") continue;
    out.push(xml.slice(copiedTo, row.start), inserted, rewritten ?? rowXml);
    copiedTo = row.end;
  }
  const trailing = newRowsBefore(Number.POSITIVE_INFINITY);
  if (trailing === "") {
    if (out.length === 0) return xml;
    // Joined with its tail rather than concatenated to it: one flat string, which the next search
    // over it would otherwise copy (flatten) again.
    out.push(xml.slice(copiedTo));
    return out.join("");
  }
  return closeSheetData(xml, data, out, copiedTo, trailing);
}

function closeSheetData(
  xml: string,
  data: SheetDataSpan,
  out: string[],
  copiedTo: number,
  trailing: string,
): string {
  if (!data.selfClosing)
    return (
      out.join("") + xml.slice(copiedTo, data.contentEnd) + trailing + xml.slice(data.contentEnd)
    );
  // <sheetData/> opens up to hold the rows.
  const startTag = xml.slice(data.start, data.contentStart);
  const open = `${startTag.slice(0, startTag.length - 2).trimEnd()}>`;
  return (
    xml.slice(0, data.start) + open + trailing + `</${data.prefix}sheetData>` + xml.slice(data.end)
  );
}

function newRow(
  number: number,
  placed: ReadonlyMap<number, PlacedCell> | undefined,
  prefix: string,
): string {
  const cells = [...(placed ?? new Map<number, PlacedCell>()).entries()]
    .sort(([a], [b]) => a - b)
    .map(([, cell]) => cell(undefined))
    .join("");
  return cells === "" ? "" : `<${prefix}row r="${number}">${cells}</${prefix}row>`;
}

/** The row's new text, or undefined when nothing in it changed. */
function rewriteRow(
  xml: string,
  row: RowSpan,
  prefix: string,
  cells: CellCursor,
  rewrite: RowRewrite,
  placed: ReadonlyMap<number, PlacedCell> | undefined,
): string | undefined {
  const toPlace = [...(placed ?? new Map<number, PlacedCell>()).entries()].sort(
    ([a], [b]) => a - b,
  );
  let next = 0;
  let changed = false;
  const parts: string[] = [];
  const columns: number[] = [];
  let copiedTo = row.tagEnd;
  const emit = (cell: OutputCell): void => {
    if (cell.xml !== "") columns.push(cell.column);
    parts.push(cell.xml);
  };
  const placeBefore = (limit: number): void => {
    while (next < toPlace.length && (toPlace[next]?.[0] ?? 0) < limit) {
      const [column, cell] = toPlace[next] ?? [0, (): string => ""];
      emit({ column, xml: cell(undefined) });
      changed = true;
      next++;
    }
  };

  // A cell kept as it is, with its r, stays in the run of text copied at once: only a change cuts it.
  let cellsEnd = row.tagEnd;
  cells.enter(row);
  const span = cells;
  while (span.next()) {
    cellsEnd = span.end;
    const existing = rewrite.existing === undefined ? undefined : existingCell(xml, span);
    const moved = existing === undefined ? undefined : rewrite.existing?.(existing);
    const column = moved?.column ?? span.column;
    const placing = (toPlace[next]?.[0] ?? Number.POSITIVE_INFINITY) <= column;
    if (moved === undefined && !placing && span.referenced) {
      columns.push(column);
      continue;
    }
    const cell = existing ?? existingCell(xml, span);
    parts.push(xml.slice(copiedTo, span.start));
    copiedTo = span.end;
    placeBefore(column);
    const here = toPlace[next];
    if (here !== undefined && here[0] === column) {
      const after = moved === undefined ? cell : { ...cell, ...cellParts(moved.xml), column };
      emit({ column, xml: here[1](after) });
      next++;
      changed = true;
    } else if (moved !== undefined) {
      emit({ column, xml: moved.xml });
      changed = true;
    } else emit({ column, xml: withReference(cell) });
  }
  parts.push(xml.slice(copiedTo, cellsEnd));
  const lastCellEnd = cellsEnd;
  placeBefore(Number.POSITIVE_INFINITY);
  if (!changed) return undefined;

  const startTag = spannedTag(xml.slice(row.start, row.tagEnd), columns);
  if (row.selfClosing) {
    const open = `${startTag.slice(0, startTag.length - 2).trimEnd()}>`;
    return `${open}${parts.join("")}</${prefix}row>`;
  }
  return startTag + parts.join("") + xml.slice(lastCellEnd, row.end);
}

/**
 * The common row of a patch, rewritten without the cell cursor: cells are only placed (none moves),
 * and the row holds nothing but cells whose start tags begin with r in the plain spelling
 * (`<c r="L12"`), as Excel and openpyxl write them. Its cells are found by searching for "<c", only
 * the replaced ones are located in full, and the row goes into the output as cuts of the sheet's
 * text around the new cells: a long list's rows are neither walked tag by tag nor copied into a
 * string of their own. The text is the one rewriteRow gives such a row.
 */
class InPlaceRow {
  private row: RowSpan = { start: 0, tagEnd: 0, end: 0, selfClosing: false, number: 0 };
  /** The current row's cells: where each starts, and its column (arrays kept from row to row). */
  private readonly starts: number[] = [];
  private readonly columns: number[] = [];
  private readonly opening: string;
  private readonly referenced: string;
  private readonly cellClosing: string;
  private readonly rowClosingLength: number;

  constructor(
    private readonly xml: string,
    prefix: string,
  ) {
    this.opening = `<${prefix}c`;
    this.referenced = `${this.opening} r="`;
    this.cellClosing = `</${prefix}c>`;
    this.rowClosingLength = `</${prefix}row>`.length;
  }

  /**
   * Reads the row's cells; false when the row is not one this handles: self-closing, with a
   * comment, CDATA, processing instruction or extension in it (where "<c" need not start a cell),
   * or with a cell whose r is not first and plain.
   */
  read(row: RowSpan, rowXml: string): boolean {
    if (row.selfClosing) return false;
    // Searched by their ends, whose first characters are rare in a sheet (a search for "<!" would
    // stop at every tag): a comment ends with "-->", CDATA with "]]>", an instruction with "?>".
    if (
      rowXml.includes("-->") ||
      rowXml.includes("]]>") ||
      rowXml.includes("?>") ||
      rowXml.includes("Lst")
    )
      return false;
    const { xml, opening, starts, columns } = this;
    starts.length = 0;
    columns.length = 0;
    const contentEnd = row.end - this.rowClosingLength;
    for (let open = xml.indexOf(opening, row.tagEnd); open >= 0 && open < contentEnd;) {
      // "<c" also starts <color> or <charset> in a rich text run.
      if (isNameEnd(xml.charCodeAt(open + opening.length))) {
        const column = xml.startsWith(this.referenced, open)
          ? plainColumnAt(xml, open + this.referenced.length)
          : undefined;
        if (column === undefined) return false;
        starts.push(open);
        columns.push(column);
      }
      open = xml.indexOf(opening, open + opening.length);
    }
    this.row = row;
    return true;
  }

  /**
   * Pushes the row's text from `copiedTo` up to its last change, the placed cells in it, into
   * `out`; gives where the copy of the sheet's text resumes. `placed` holds at least one cell.
   */
  place(placed: ReadonlyMap<number, PlacedCell>, out: string[], copiedTo: number): number {
    const { xml, row, starts, columns } = this;
    const toPlace = [...placed.keys()];
    if (toPlace.length > 1) toPlace.sort((a, b) => a - b);
    const cellXml = (column: number, replaced: ExistingCell | undefined): string =>
      placed.get(column)?.(replaced) ?? "";
    let copied = copiedTo;
    // A row stating spans has its start tag apart, to be widened once the row's columns are known.
    const startTag = xml.slice(row.start, row.tagEnd);
    const written = attributeOf(startTag, "spans") === undefined ? undefined : ([] as number[]);
    const tagIndex = out.length + 1;
    if (written !== undefined) {
      out.push(xml.slice(copied, row.start), startTag);
      copied = row.tagEnd;
    }
    const cut = (at: number, resume: number, column: number, text: string): void => {
      out.push(xml.slice(copied, at), text);
      copied = resume;
      if (text !== "") written?.push(column);
    };
    let next = 0;
    for (let index = 0; index < starts.length; index++) {
      if (next >= toPlace.length && written === undefined) break;
      const start = starts[index] ?? 0;
      const column = columns[index] ?? 0;
      for (
        let wanted = toPlace[next];
        wanted !== undefined && wanted < column;
        wanted = toPlace[++next]
      )
        cut(start, start, wanted, cellXml(wanted, undefined));
      if (toPlace[next] === column) {
        const cell = this.cellAt(start, column);
        cut(start, start + cell.xml.length, column, cellXml(column, cell));
        next++;
      } else written?.push(column);
    }
    if (next < toPlace.length) {
      const last = starts[starts.length - 1];
      const cellsEnd = last === undefined ? row.tagEnd : last + this.cellAt(last, 0).xml.length;
      for (let wanted = toPlace[next]; wanted !== undefined; wanted = toPlace[++next])
        cut(cellsEnd, cellsEnd, wanted, cellXml(wanted, undefined));
    }
    if (written !== undefined) out[tagIndex] = spannedTag(startTag, written);
    return copied;
  }

  /** The current row's cell starting at `start`, located in full. */
  private cellAt(start: number, column: number): ExistingCell {
    const { xml } = this;
    const tagEnd = tagEndAt(xml, start);
    let end = tagEnd;
    if (xml.charCodeAt(tagEnd - 2) !== 47) {
      const close = xml.indexOf(this.cellClosing, tagEnd);
      if (close < 0) throw new SheetScanError(`<${this.opening.slice(1)}> is not closed`);
      end = close + this.cellClosing.length;
    }
    return {
      row: this.row.number,
      column,
      xml: xml.slice(start, end),
      startTag: xml.slice(start, tagEnd),
    };
  }
}

function existingCell(xml: string, span: CellSpan): ExistingCell {
  return {
    row: span.row,
    column: span.column,
    xml: xml.slice(span.start, span.end),
    startTag: xml.slice(span.start, span.tagEnd),
  };
}

function cellParts(cellXml: string): { xml: string; startTag: string } {
  const tagEnd = cellXml.indexOf(">") + 1;
  return { xml: cellXml, startTag: cellXml.slice(0, tagEnd) };
}

/** A kept cell written without r gets one, since a cell placed before it would change where it reads. */
function withReference(cell: ExistingCell): string {
  if (attributeOf(cell.startTag, "r") !== undefined) return cell.xml;
  const reference = formatCellAddress({ row: cell.row, column: cell.column });
  const tag = withAttribute(cell.startTag, "r", reference);
  return tag + cell.xml.slice(cell.startTag.length);
}

/** The row's start tag with its spans covering these columns. */
function spannedTag(startTag: string, columns: readonly number[]): string {
  const spans = attributeOf(startTag, "spans");
  if (spans === undefined || columns.length === 0) return startTag;
  const ranges = spans
    .trim()
    .split(/\s+/)
    .map((span) => span.split(":").map(Number));
  const inside = (column: number): boolean =>
    ranges.some(([low = 0, high = low]) => column >= low && column <= high);
  if (columns.every(inside)) return startTag;
  if (ranges.length !== 1) return withAttribute(startTag, "spans", undefined);
  const [low = 1, high = low] = ranges[0] ?? [];
  const first = Math.min(low, ...columns);
  const last = Math.max(high, ...columns);
  return withAttribute(startTag, "spans", `${first}:${last}`);
}
