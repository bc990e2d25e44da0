// Cell contents as rectangular `range.formulas` blocks, each small enough for one batch: a
// rectangle is cut into bands of whole rows, and a row too long for one block into pieces.

import { formatRange, type RangeBounds } from "../../engine/plan/address";
import { COMMAND_OVERHEAD_BYTES, jsonBytes, writeStep, type WriteStep } from "./batches";
import type { FormulaEntry } from "./cellEntries";

export interface ValueBlock {
  readonly bounds: RangeBounds;
  readonly formulas: FormulaEntry[][];
}

/** Bands of the rectangle whose JSON stays within maxBytes each. */
export function valueBlocks(
  bounds: RangeBounds,
  entryAt: (row: number, column: number) => FormulaEntry,
  maxBytes: number,
): ValueBlock[] {
  const blocks: ValueBlock[] = [];
  let rows: FormulaEntry[][] = [];
  let startRow = bounds.start.row;
  let bytes = 2;
  const flush = (): void => {
    if (rows.length === 0) return;
    blocks.push({
      bounds: {
        start: { row: startRow, column: bounds.start.column },
        end: { row: startRow + rows.length - 1, column: bounds.end.column },
      },
      formulas: rows,
    });
    rows = [];
    bytes = 2;
  };
  for (let row = bounds.start.row; row <= bounds.end.row; row++) {
    const entries: FormulaEntry[] = [];
    for (let column = bounds.start.column; column <= bounds.end.column; column++)
      entries.push(entryAt(row, column));
    const rowBytes = jsonBytes(entries) + 1;
    if (rowBytes + 2 > maxBytes) {
      flush();
      blocks.push(...rowPieces(row, bounds.start.column, entries, maxBytes));
      continue;
    }
    if (bytes + rowBytes > maxBytes) flush();
    if (rows.length === 0) startRow = row;
    rows.push(entries);
    bytes += rowBytes;
  }
  flush();
  return blocks;
}

function rowPieces(
  row: number,
  firstColumn: number,
  entries: readonly FormulaEntry[],
  maxBytes: number,
): ValueBlock[] {
  const pieces: ValueBlock[] = [];
  let piece: FormulaEntry[] = [];
  let pieceStart = firstColumn;
  let bytes = 4;
  entries.forEach((entry, index) => {
    const entryBytes = jsonBytes(entry) + 1;
    if (entryBytes + 4 > maxBytes)
      throw new RangeError(
        `the cell in row ${row}, column ${firstColumn + index} alone exceeds ${maxBytes} bytes`,
      );
    if (bytes + entryBytes > maxBytes) {
      pieces.push(pieceBlock(row, pieceStart, piece));
      piece = [];
      pieceStart = firstColumn + index;
      bytes = 4;
    }
    piece.push(entry);
    bytes += entryBytes;
  });
  if (piece.length > 0) pieces.push(pieceBlock(row, pieceStart, piece));
  return pieces;
}

function pieceBlock(row: number, startColumn: number, entries: FormulaEntry[]): ValueBlock {
  return {
    bounds: {
      start: { row, column: startColumn },
      end: { row, column: startColumn + entries.length - 1 },
    },
    formulas: [entries],
  };
}

/** Which 2-D range property a block sets. */
export type BlockProperty = "formulas" | "numberFormat";

/** Steps setting the property over the rectangle in blocks, each sized to fit a batch of `budget` bytes. */
export function blockSteps(
  sheetName: string,
  bounds: RangeBounds,
  entryAt: (row: number, column: number) => FormulaEntry,
  budget: number,
  property: BlockProperty,
): WriteStep[] {
  // Each step also sends its block's address, never longer than the whole rectangle's.
  const maxBytes = budget - 2 * COMMAND_OVERHEAD_BYTES - jsonBytes(formatRange(bounds));
  return valueBlocks(bounds, entryAt, maxBytes).map((block) => {
    const address = formatRange(block.bounds);
    return writeStep(2, [address, block.formulas], (session) => {
      session.sheet(sheetName).getRange(address)[property] = block.formulas;
    });
  });
}
