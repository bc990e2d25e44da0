// Finding the contract's tables among those a host read, and naming their cells in problems.

import { parseRange, qualifiedAddress } from "../plan/address";
import type { TableCellData, TableData, TypedRow, TypedTable } from "../plan/tableData";
import { isBlank } from "../sheetValues";
import type { ProblemList } from "./problemList";

export type TableMap = Readonly<Record<string, TableData | null | undefined>>;

/** The table called `name`, matching the record's keys and the tables' own names without case. */
export function findTable(tables: TableMap, name: string): TableData | null {
  const wanted = name.toLowerCase();
  for (const [key, table] of Object.entries(tables)) {
    if (table === null || table === undefined) continue;
    if (key.toLowerCase() === wanted || table.name.toLowerCase() === wanted) return table;
  }
  return null;
}

/** The address of a column's header cell, e.g. "Checklist!D1". */
export function headerAddress(table: TableData, columnIndex: number): string {
  const bounds = parseRange(table.range);
  const column = table.columns[columnIndex];
  if (bounds === undefined || column === undefined) return table.name;
  return qualifiedAddress(table.sheet, `${column.column}${bounds.start.row}`);
}

/** Warns about wanted columns the table lacks and about repeated headers; returns true when every required column is there. */
export function checkColumns<K extends string>(
  typed: TypedTable<K>,
  headers: Readonly<Record<K, string>>,
  required: readonly K[],
  problems: ProblemList,
): boolean {
  const table = typed.table;
  for (const duplicate of typed.duplicates) {
    const index = table.columns.indexOf(duplicate);
    problems.warn(headerAddress(table, index), "table.duplicateColumn", {
      table: table.name,
      header: duplicate.header,
    });
  }
  const missingRequired = required.filter((key) => typed.missing.includes(key));
  if (missingRequired.length > 0) {
    const names = missingRequired.map((key) => `"${headers[key]}"`).join(", ");
    const code = missingRequired.length === 1 ? "table.missingColumn" : "table.missingColumns";
    problems.warn(table.name, code, { table: table.name, columns: names });
    return false;
  }
  return true;
}

/** True when every wanted cell of the row is blank (extra user columns do not count): such rows are skipped silently. */
export function isBlankRow<K extends string>(row: TypedRow<K>): boolean {
  // Walked key by key rather than through Object.values: asked of every row of a long list.
  const cells: Readonly<Partial<Record<string, TableCellData>>> = row.cells;
  for (const key in cells) {
    const cell = cells[key];
    if (cell !== undefined && !isBlank(cell.value)) return false;
  }
  return true;
}
