// Small helpers for placing cells on a sheet by row and column numbers.

import { columnLetters, formatCellAddress } from "../plan/address";

/** Every input table's header row: a title, a note and a blank row stand above it. */
export const TABLE_HEADER_ROW = 4;

export function at(row: number, column: number): string {
  return formatCellAddress({ row, column });
}

export function span(
  firstRow: number,
  firstColumn: number,
  lastRow: number,
  lastColumn: number,
): string {
  return `${at(firstRow, firstColumn)}:${at(lastRow, lastColumn)}`;
}

export function letters(column: number): string {
  return columnLetters(column);
}

/** Column widths keyed by letter, from widths listed left to right starting at column A. */
export function widthsFrom(widths: readonly number[], firstColumn = 1): Record<string, number> {
  return Object.fromEntries(
    widths.map((width, index) => [columnLetters(firstColumn + index), width]),
  );
}
