// Where the input tables stand in a workbook: the sheet, the rows and the column of every header.
// Formulas of the computed columns and of the Scoreboard refer to the tables through this, so they
// work on the templates' own layout and on a user's workbook with moved or extra columns alike.

import { columnLetters, parseRange } from "../plan/address";
import { normaliseHeader } from "../plan/headers";
import type { TableData } from "../plan/tableData";
import type { TablePlan } from "../plan/types";
import { TABLES } from "../model/contract";
import { keyValueCellsByKey } from "../read/keyValueTable";
import { ref, type Expr } from "../formula/expr";

export type TableKey = keyof typeof TABLES;

export interface ColumnLayout {
  readonly header: string;
  /** normaliseHeader(header). */
  readonly key: string;
  /** 1-based sheet column. */
  readonly column: number;
}

export interface TableLayout {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  /** First and last data rows (the header excluded). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly ColumnLayout[];
}

export interface WorkbookLayout {
  readonly tables: Readonly<Partial<Record<TableKey, TableLayout>>>;
  /**
   * Rows of the key/value C2C_Settings table: normalised key → the Value cell ("B7"), from which
   * the scored plan (re)defines the setting names formulas pass.
   */
  readonly settingsValueCells: ReadonlyMap<string, string>;
  /**
   * Rows of the key/value C2C_Partnership table the same way: normalised key → Value cell, where the
   * scored plan restamps the catalogue version.
   */
  readonly partnershipValueCells: ReadonlyMap<string, string>;
}

function tableLayout(
  name: string,
  sheet: string,
  range: string,
  headers: readonly string[],
): TableLayout | undefined {
  const bounds = parseRange(range);
  if (bounds === undefined || bounds.end.row <= bounds.start.row) return undefined;
  return {
    name,
    sheet,
    headerRow: bounds.start.row,
    firstRow: bounds.start.row + 1,
    lastRow: bounds.end.row,
    columns: headers.map((header, index) => ({
      header,
      key: normaliseHeader(header),
      column: bounds.start.column + index,
    })),
  };
}

/** The layout of a workbook as read back: tables by their contract names (absent ones left out). */
export function layoutFromTables(
  tables: Readonly<Record<string, TableData | null>>,
): WorkbookLayout {
  const found: Partial<Record<TableKey, TableLayout>> = {};
  let settingsValueCells = new Map<string, string>();
  let partnershipValueCells = new Map<string, string>();
  for (const [key, tableName] of Object.entries(TABLES) as [TableKey, string][]) {
    const table =
      Object.entries(tables).find(
        ([readName]) => readName.toLowerCase() === tableName.toLowerCase(),
      )?.[1] ?? null;
    if (table === null) continue;
    const layout = tableLayout(
      table.name,
      table.sheet,
      table.range,
      table.columns.map((column) => column.header),
    );
    if (layout === undefined) continue;
    found[key] = layout;
    if (key === "settings") settingsValueCells = keyValueCells(table);
    if (key === "partnership") partnershipValueCells = keyValueCells(table);
  }
  return { tables: found, settingsValueCells, partnershipValueCells };
}

function keyValueCells(table: TableData): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [key, cell] of keyValueCellsByKey(table)) cells.set(key, localAddress(cell.address));
  return cells;
}

// "Settings!B7" or "'My sheet'!B7" → "B7".
function localAddress(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf("!") + 1);
}

/** The layout of tables a plan is about to write. */
export function layoutFromTablePlans(
  tables: readonly { readonly sheet: string; readonly table: TablePlan }[],
  settingsValueCells: ReadonlyMap<string, string>,
  partnershipValueCells: ReadonlyMap<string, string> = new Map(),
): WorkbookLayout {
  const found: Partial<Record<TableKey, TableLayout>> = {};
  for (const [key, tableName] of Object.entries(TABLES) as [TableKey, string][]) {
    const entry = tables.find(({ table }) => table.name === tableName);
    if (entry === undefined) continue;
    const layout = tableLayout(
      entry.table.name,
      entry.sheet,
      entry.table.range,
      entry.table.columns,
    );
    if (layout !== undefined) found[key] = layout;
  }
  return { tables: found, settingsValueCells, partnershipValueCells };
}

/** The sheet column of a header (matched as readers match it), or undefined. */
export function columnOf(table: TableLayout, header: string): number | undefined {
  const key = normaliseHeader(header);
  return table.columns.find((column) => column.key === key)?.column;
}

/** The whole data column of a header as a range expression, e.g. Indicators!$L$5:$L$148. */
export function columnRange(table: TableLayout, header: string): Expr | undefined {
  const column = columnOf(table, header);
  if (column === undefined) return undefined;
  const letters = columnLetters(column);
  return ref(table.sheet, `${letters}${table.firstRow}:${letters}${table.lastRow}`);
}

/** One cell of a table row, e.g. Indicators!$F$12. */
export function rowCell(table: TableLayout, header: string, row: number): Expr | undefined {
  const column = columnOf(table, header);
  return column === undefined ? undefined : ref(table.sheet, `${columnLetters(column)}${row}`);
}

/** One data column of a table, its letters found once: a long list asks it for thousands of rows. */
export interface ColumnCells {
  /** Local A1 address of the column's cell in a row ("F12"). */
  readonly address: (row: number) => string;
  /** The column's cell in a row as a reference, e.g. Indicators!$F$12. */
  readonly cell: (row: number) => Expr;
}

export function columnCells(table: TableLayout, header: string): ColumnCells | undefined {
  const column = columnOf(table, header);
  if (column === undefined) return undefined;
  const letters = columnLetters(column);
  return {
    address: (row) => `${letters}${row}`,
    cell: (row) => ref(table.sheet, `${letters}${row}`),
  };
}

/** Local A1 address of a table cell ("F12"). */
export function rowAddress(table: TableLayout, header: string, row: number): string | undefined {
  const column = columnOf(table, header);
  return column === undefined ? undefined : `${columnLetters(column)}${row}`;
}

/** The cells of one row between two columns (inclusive), e.g. a checklist item's answers D7:K7. */
export function rowSpan(sheet: string, row: number, firstColumn: number, lastColumn: number): Expr {
  return ref(sheet, `${columnLetters(firstColumn)}${row}:${columnLetters(lastColumn)}${row}`);
}
