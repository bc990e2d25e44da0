// Reads the cells of many rectangles (whole tables, the band below one) in chunks whose responses stay under a byte
// budget: Excel on the web refuses a response over 5 MB as it refuses a request
// (ResponsePayloadSizeLimitExceeded; "Resource limits and performance optimization for Office
// Add-ins", learn.microsoft.com). Excel cannot say how many bytes cells hold before they are
// loaded, so each chunk is sized from what the previous ones weighed: the first is small, the next
// take as many rows as the heaviest row seen so far allows. A chunk Excel still refuses is split in
// two and read again (a read changes nothing, so it can be repeated). One sync per chunk.

import { formatRange, type RangeBounds } from "../../engine/plan/address";
import { jsonBytes } from "./batches";
import type { RangeApi, RequestContextApi } from "./excelApi";

/** A rectangle of one sheet to read. */
export interface ReadArea {
  readonly sheet: string;
  readonly bounds: RangeBounds;
}

/** The cells read of one area, row by row from its first row. */
export interface AreaCells {
  /** Values, or formulas where those were read (a constant reads as its value). */
  readonly values: unknown[][];
  /** Empty where formulas were read. */
  readonly numberFormats: unknown[][];
}

/** What is read of each cell: its value and number format (a table's data), or its formula. */
export type AreaContents = "values" | "formulas";

/** The guess of a cell's bytes (value and number format) before any has been read. */
const FIRST_GUESS_BYTES_PER_CELL = 64;

/** The first chunk's share of the budget and its most rows: it learns what the cells weigh, cheaply. */
const FIRST_CHUNK_SHARE = 8;
const FIRST_CHUNK_ROWS = 500;

/** Room left for the rows of the next chunk being heavier than the heaviest row seen. */
const SAFETY_FACTOR = 1.5;

/** What Office.js reports when a response passes the payload limit. */
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

interface Piece {
  readonly area: number;
  /** Row offsets within the area, first inclusive, end exclusive. */
  readonly first: number;
  readonly end: number;
}

interface LoadedPiece {
  readonly piece: Piece;
  readonly range: RangeApi;
}

/**
 * The values and number formats (or the formulas) of every area, in the order given, read in as
 * many syncs as the budget needs (none for no areas).
 */
export async function readAreasInChunks(
  context: RequestContextApi,
  areas: readonly ReadArea[],
  budget: number,
  contents: AreaContents = "values",
): Promise<AreaCells[]> {
  const cells: AreaCells[] = areas.map(() => ({ values: [], numberFormats: [] }));
  const heights = areas.map(({ bounds }) => bounds.end.row - bounds.start.row + 1);
  const widths = areas.map(({ bounds }) => bounds.end.column - bounds.start.column + 1);
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let allowance = budget / FIRST_CHUNK_SHARE;
  let maxRows = FIRST_CHUNK_ROWS;
  let next = { area: 0, row: 0 };
  // Halves of a refused chunk, the one to read first on top.
  const retries: Piece[][] = [];

  // One chunk per call, one sync each: recursion rather than a loop, so each sync stands alone.
  const readNextChunk = async (): Promise<void> => {
    let pieces = retries.pop();
    if (pieces === undefined) {
      pieces = planChunk(next, heights, widths, Math.floor(allowance / bytesPerCell), maxRows);
      if (pieces === undefined) return;
      const last = pieces[pieces.length - 1];
      if (last !== undefined) next = after(last, heights);
    }
    const loaded = pieces.map((piece) => queueLoad(context, areas, piece, contents));
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      retries.push(...splitChunk(pieces, error));
      return readNextChunk();
    }
    let heaviestCell = 0;
    for (const { piece, range } of loaded) {
      const target = cells[piece.area];
      if (target === undefined) continue;
      const values = contents === "values" ? range.values : range.formulas;
      const numberFormat = contents === "values" ? range.numberFormat : [];
      target.values.push(...values);
      target.numberFormats.push(...numberFormat);
      const width = widths[piece.area] ?? 1;
      values.forEach((row, index) => {
        const rowBytes = jsonBytes(row) + jsonBytes(numberFormat[index] ?? []);
        heaviestCell = Math.max(heaviestCell, rowBytes / width);
      });
    }
    bytesPerCell = Math.max(1, heaviestCell * SAFETY_FACTOR);
    allowance = budget;
    maxRows = Number.POSITIVE_INFINITY;
    return readNextChunk();
  };
  await readNextChunk();
  return cells;
}

/** The pieces of the next chunk from `next` on: `cells` cells and `maxRows` rows at most, one row at least. */
function planChunk(
  next: { readonly area: number; readonly row: number },
  heights: readonly number[],
  widths: readonly number[],
  cells: number,
  maxRows: number,
): Piece[] | undefined {
  const pieces: Piece[] = [];
  let left = cells;
  let rowsLeft = maxRows;
  let { area, row } = next;
  while (area < heights.length) {
    const height = heights[area] ?? 0;
    const width = widths[area] ?? 1;
    const fits = Math.min(height - row, Math.floor(left / width), rowsLeft);
    const rows = pieces.length === 0 ? Math.max(1, fits) : fits;
    if (rows <= 0) break;
    pieces.push({ area, first: row, end: row + rows });
    left -= rows * width;
    rowsLeft -= rows;
    row += rows;
    if (row < height) break;
    area += 1;
    row = 0;
  }
  return pieces.length === 0 ? undefined : pieces;
}

/** Where reading goes on after a piece. */
function after(piece: Piece, heights: readonly number[]): { area: number; row: number } {
  return piece.end >= (heights[piece.area] ?? 0)
    ? { area: piece.area + 1, row: 0 }
    : { area: piece.area, row: piece.end };
}

/** A refused chunk as two halves, the first to be read first (so they go on the stack last). */
function splitChunk(pieces: readonly Piece[], error: unknown): Piece[][] {
  const [only] = pieces;
  if (pieces.length === 1 && only !== undefined) {
    if (only.end - only.first <= 1) throw error;
    const middle = only.first + Math.floor((only.end - only.first) / 2);
    return [[{ ...only, first: middle }], [{ ...only, end: middle }]];
  }
  const middle = Math.ceil(pieces.length / 2);
  return [pieces.slice(middle), pieces.slice(0, middle)];
}

function queueLoad(
  context: RequestContextApi,
  areas: readonly ReadArea[],
  piece: Piece,
  contents: AreaContents,
): LoadedPiece {
  const area = areas[piece.area];
  if (area === undefined) throw new RangeError(`no area ${piece.area} to read`);
  const { start, end } = area.bounds;
  const address = formatRange({
    start: { row: start.row + piece.first, column: start.column },
    end: { row: start.row + piece.end - 1, column: end.column },
  });
  const range = context.workbook.worksheets.getItem(area.sheet).getRange(address);
  range.load(contents === "values" ? "values,numberFormat" : "formulas");
  return { piece, range };
}

function isResponseTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  return "code" in error && error.code === RESPONSE_TOO_LARGE;
}
