// What growing a table needs to know of a user's sheet before it changes anything, read from the
// part's text without a tree (the interpreter's reads for the package host): the last column
// holding a cell in the table's rows, the covered cells that hold something, and the style index
// of given cells. Only the rows asked about are opened.

import type { CellPosition } from "../../../engine/plan/address";
import { newlyCoveredPositions, type TableGrowth } from "../../../engine/plan/tableGrowth";
import { findSheetData, rowCells, sheetRows, attributeOf } from "./sheetScanner";

interface FoundCell {
  readonly position: CellPosition;
  readonly xml: string;
  readonly startTag: string;
}

function cellsInRows(xml: string, first: number, last: number): FoundCell[] {
  const data = findSheetData(xml);
  const found: FoundCell[] = [];
  for (const row of sheetRows(xml, data)) {
    if (row.number < first) continue;
    if (row.number > last) break;
    for (const cell of rowCells(xml, row, data.prefix))
      found.push({
        position: { row: cell.row, column: cell.column },
        xml: xml.slice(cell.start, cell.end),
        startTag: xml.slice(cell.start, cell.tagEnd),
      });
  }
  return found;
}

/** The last column holding a cell in the table's rows (at least the table's own last column). */
export function lastUsedColumnInSheet(xml: string, growth: TableGrowth): number {
  let last = growth.before.end.column;
  for (const { position } of cellsInRows(xml, growth.before.start.row, growth.before.end.row))
    last = Math.max(last, position.column);
  return last;
}

/**
 * The cells appended rows would cover that hold something: a value other than the empty text, or
 * a formula (a styled blank is covered freely, as in the ExcelJS host).
 */
export function occupiedCellsInSheet(xml: string, growth: TableGrowth): CellPosition[] {
  const covered = newlyCoveredPositions(growth);
  if (covered.length === 0) return [];
  const keys = new Set(covered.map(({ row, column }) => `${row}:${column}`));
  const rows = covered.map(({ row }) => row);
  return cellsInRows(xml, Math.min(...rows), Math.max(...rows))
    .filter(({ position }) => keys.has(`${position.row}:${position.column}`))
    .filter(({ xml: cellXml }) => holdsSomething(cellXml))
    .map(({ position }) => position);
}

function holdsSomething(cellXml: string): boolean {
  if (/<(\w+:)?f[\s>/]/.test(cellXml)) return true;
  const value = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(cellXml);
  if (value !== null && value[1] !== "") return true;
  const text = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]+)<\/(?:\w+:)?t>/.exec(cellXml);
  return text !== null;
}

/** The s attribute of each given cell (0 where the cell is absent or has none), keyed "row:column". */
export function styleIndexes(
  xml: string,
  positions: readonly CellPosition[],
): ReadonlyMap<string, number> {
  const styles = new Map<string, number>();
  if (positions.length === 0) return styles;
  const wanted = new Set(positions.map(({ row, column }) => `${row}:${column}`));
  const rows = positions.map(({ row }) => row);
  for (const { position, startTag } of cellsInRows(xml, Math.min(...rows), Math.max(...rows))) {
    const key = `${position.row}:${position.column}`;
    if (wanted.has(key)) styles.set(key, Number(attributeOf(startTag, "s") ?? "0") || 0);
  }
  return styles;
}
