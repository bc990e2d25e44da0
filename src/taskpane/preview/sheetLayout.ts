// What part of a memory sheet the preview grid draws: the used range (every cell with a value or a
// format, from A1), padded to a small minimum so an empty sheet still has cells to type into.

import {
  columnLetters,
  parseCellAddress,
  parseRange,
  rangeContains,
} from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import type { MemorySelection } from "../../host/memory/memoryWorkbook";
import type { MemorySheet } from "../../host/memory/memorySheet";

export const MIN_ROWS = 20;
export const MIN_COLUMNS = 6;

export interface SheetLayout {
  readonly rows: number;
  readonly columns: number;
  /** Column letters, A first. */
  readonly letters: readonly string[];
}

export function sheetLayout(sheet: MemorySheet): SheetLayout {
  let rows = 0;
  let columns = 0;
  for (const key of sheet.cells.keys()) {
    const position = parseCellAddress(key);
    if (position === undefined) continue;
    rows = Math.max(rows, position.row);
    columns = Math.max(columns, position.column);
  }
  const shownColumns = Math.max(columns, MIN_COLUMNS);
  return {
    rows: Math.max(rows, MIN_ROWS),
    columns: shownColumns,
    letters: Array.from({ length: shownColumns }, (_unused, index) => columnLetters(index + 1)),
  };
}

/** Whether a cell is inside the selection shown on this sheet. */
export function isSelected(
  selection: MemorySelection | null,
  sheetName: string,
  row: number,
  column: number,
): boolean {
  if (selection === null || !sameName(selection.sheet, sheetName)) return false;
  const bounds = parseRange(selection.range);
  return bounds !== undefined && rangeContains(bounds, { row, column });
}

/** The last row of the selection on this sheet (the grid shows at least that many rows); 0 without one. */
export function selectionLastRow(selection: MemorySelection | null, sheetName: string): number {
  if (selection === null || !sameName(selection.sheet, sheetName)) return 0;
  return parseRange(selection.range)?.end.row ?? 0;
}

/** Excel's column width unit is about one digit of the default font (7 px), plus padding. */
export function columnWidthPx(width: number | undefined): number {
  if (width === undefined) return 72;
  return Math.min(320, Math.max(32, Math.round(width * 7 + 5)));
}
