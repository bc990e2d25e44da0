// A table as a host reads it back (the inverse of a plan's table): header texts, and every cell with
// its value and its address, so a problem found later can name `Indicators!F12`. The type lives in
// the engine, beside the plan, because the engine's parsers consume it; hosts only produce it.

import type { CellValue } from "../cells";
import {
  columnLetters,
  formatRange,
  qualifiedAddress,
  type CellPosition,
  type RangeBounds,
} from "./address";
import { normaliseHeader } from "./headers";

export interface TableColumnData {
  /** The header as written in the workbook. */
  readonly header: string;
  /** normaliseHeader(header): what columns are matched by. */
  readonly key: string;
  /** The sheet column, e.g. "C". */
  readonly column: string;
}

export interface TableCellData {
  /** Blank cells read as null; a formula cell reads as its last computed result. */
  readonly value: CellValue;
  /** Sheet-qualified, e.g. "Indicators!C7" or "'Partner data'!C7". */
  readonly address: string;
  /**
   * The cell's number format code as the workbook stores it ("0%", "0.0", "dd/mm/yyyy"); absent for
   * Excel's "General" and where the host cannot tell. It says how a stored value is shown: 0.71 under
   * "0%" is what the user typed and sees as 71 %.
   */
  readonly numberFormat?: string;
}

export interface TableRowData {
  /** The sheet row number (1-based). */
  readonly row: number;
  /** One cell per column, in the order of TableData.columns. */
  readonly cells: readonly TableCellData[];
}

export interface TableData {
  /** The table's name as the workbook spells it. */
  readonly name: string;
  readonly sheet: string;
  /** The whole table including its header row, e.g. "A1:L41". */
  readonly range: string;
  readonly columns: readonly TableColumnData[];
  readonly rows: readonly TableRowData[];
}

export interface TypedRow<K extends string> {
  readonly row: number;
  /** The wanted columns found in the table. */
  readonly cells: Readonly<Partial<Record<K, TableCellData>>>;
  /** The user's own columns, keyed by their header as written; kept untouched. */
  readonly extra: Readonly<Record<string, TableCellData>>;
}

export interface TypedTable<K extends string> {
  readonly table: TableData;
  readonly rows: readonly TypedRow<K>[];
  /** Wanted columns the table does not have. */
  readonly missing: readonly K[];
  /** Columns that are not wanted: extra user columns. */
  readonly extra: readonly TableColumnData[];
  /** Columns whose header matches an earlier column's; only the first one is read. */
  readonly duplicates: readonly TableColumnData[];
}

/**
 * Matches a table's columns to the wanted headers (case- and space-insensitively) and returns its
 * rows keyed by the caller's names. `wanted` maps a key of the caller's choice to the header text of
 * the workbook contract, e.g. `{ itemId: "Item ID", score: "Item score" }`.
 */
export function typedTable<K extends string>(
  table: TableData,
  wanted: Readonly<Record<K, string>>,
): TypedTable<K> {
  const wantedKeys = Object.keys(wanted) as K[];
  const firstIndexByKey = new Map<string, number>();
  const duplicates: TableColumnData[] = [];
  table.columns.forEach((column, index) => {
    if (firstIndexByKey.has(column.key)) duplicates.push(column);
    else firstIndexByKey.set(column.key, index);
  });

  const indexOfWanted = new Map<K, number>();
  const missing: K[] = [];
  for (const key of wantedKeys) {
    const index = firstIndexByKey.get(normaliseHeader(wanted[key]));
    if (index === undefined) missing.push(key);
    else indexOfWanted.set(key, index);
  }
  const wantedIndexes = new Set(indexOfWanted.values());
  const extraIndexes = [...firstIndexByKey.values()].filter((index) => !wantedIndexes.has(index));

  // Walked for every row (a long list has thousands) as two arrays taken from the map once, by
  // index: a destructured [key, index] pair per cell costs an iterator.
  const wantedNames = [...indexOfWanted.keys()];
  const wantedColumnIndexes = [...indexOfWanted.values()];
  const extraColumns = extraIndexes.flatMap((index) => {
    const column = table.columns[index];
    return column === undefined ? [] : [{ index, header: column.header }];
  });
  const rows = table.rows.map((row): TypedRow<K> => {
    const cells: Partial<Record<K, TableCellData>> = {};
    for (let wanted = 0; wanted < wantedNames.length; wanted++) {
      const cell = row.cells[wantedColumnIndexes[wanted] ?? -1];
      const key = wantedNames[wanted];
      if (cell !== undefined && key !== undefined) cells[key] = cell;
    }
    return { row: row.row, cells, extra: extraCells(row, extraColumns) };
  });

  const extra = extraIndexes.flatMap((index) => {
    const column = table.columns[index];
    return column === undefined ? [] : [column];
  });
  return { table, rows, missing, extra, duplicates };
}

/** Shared by every row of a table without user columns (most rows read), so never written to. */
const NO_EXTRA_CELLS: Readonly<Record<string, TableCellData>> = Object.freeze({});

function extraCells(
  row: TableRowData,
  extraColumns: readonly { index: number; header: string }[],
): Readonly<Record<string, TableCellData>> {
  if (extraColumns.length === 0) return NO_EXTRA_CELLS;
  const extra: Record<string, TableCellData> = {};
  for (const { index, header } of extraColumns) {
    const cell = row.cells[index];
    if (cell !== undefined) extra[header] = cell;
  }
  return extra;
}

export interface TableSource {
  readonly name: string;
  readonly sheet: string;
  readonly bounds: RangeBounds;
  /** Whether the first row of the range is the header row (Excel tables may hide it). */
  readonly hasHeaderRow: boolean;
  /** The column names the table itself stores (Excel keeps them equal to the header cells). */
  readonly columnNames: readonly string[];
  readonly cellAt: (position: CellPosition) => CellValue;
  /** The cell's number format code, where the host knows it (see TableCellData.numberFormat). */
  readonly numberFormatAt?: (position: CellPosition) => string | undefined;
}

/** Builds TableData from what any host can see: the table's range, its stored column names and its cells. */
export function buildTableData(source: TableSource): TableData {
  const { bounds } = source;
  const columns: TableColumnData[] = [];
  for (let column = bounds.start.column; column <= bounds.end.column; column++) {
    const stored = source.columnNames[column - bounds.start.column];
    const headerCell = source.hasHeaderRow
      ? source.cellAt({ row: bounds.start.row, column })
      : undefined;
    const header = headerText(headerCell) ?? stored ?? `Column${column - bounds.start.column + 1}`;
    columns.push({ header, key: normaliseHeader(header), column: columnLetters(column) });
  }
  // Each cell's address is the sheet's quoted name and its column's letters, worked out once per
  // table rather than once per cell (a long list's table has over a hundred thousand cells).
  const addressPrefixes = columns.map(({ column }) => qualifiedAddress(source.sheet, column));
  const rows: TableRowData[] = [];
  const firstColumn = bounds.start.column;
  const width = addressPrefixes.length;
  for (let row = bounds.start.row + (source.hasHeaderRow ? 1 : 0); row <= bounds.end.row; row++) {
    // A plain loop rather than a closure per cell: a long list's table has over a hundred thousand.
    const cells: TableCellData[] = [];
    for (let index = 0; index < width; index++) {
      const position = { row, column: firstColumn + index };
      const stored = source.cellAt(position);
      const value = stored === undefined ? null : stored;
      const numberFormat = source.numberFormatAt?.(position);
      const address = `${addressPrefixes[index] ?? ""}${row}`;
      cells.push(
        numberFormat === undefined || isGeneralFormat(numberFormat)
          ? { value, address }
          : { value, address, numberFormat },
      );
    }
    rows.push({ row, cells });
  }
  return { name: source.name, sheet: source.sheet, range: formatRange(bounds), columns, rows };
}

/** Excel's default format, which says nothing about how a value is shown. */
function isGeneralFormat(code: string): boolean {
  // "General" as files spell it, told without lower-casing a copy for every cell of a table.
  return code === "" || code === "General" || code.toLowerCase() === "general";
}

function headerText(cell: CellValue): string | undefined {
  if (typeof cell === "string" && cell.trim() !== "") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return undefined;
}
