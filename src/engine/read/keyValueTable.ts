// Key/value tables (C2C_Partnership, C2C_Settings): one row per key, matched case- and
// space-insensitively. A key given twice keeps its first row; a key the contract does not know is
// reported, since it is usually a typing slip that would otherwise leave a setting at its default.
// The one reader of these tables: the domain readers, the scored plan's layout (which cell holds a
// setting) and the pane's Settings form (which values change) all go through keyValueEntries.

import { KEY_VALUE_HEADERS } from "../model/contract";
import { normaliseHeader } from "../plan/headers";
import { typedTable, type TableCellData, type TableData } from "../plan/tableData";
import { textOf } from "../sheetValues";
import type { ProblemList } from "./problemList";
import { checkColumns, isBlankRow } from "./tables";

export interface KeyValueCells {
  /** The value cell of each known key found, by the key's contract spelling. */
  readonly values: ReadonlyMap<string, TableCellData>;
}

/** A non-blank row of a key/value table: the key as typed (trimmed text) and both cells. */
export interface KeyValueEntry {
  readonly typedKey: string;
  readonly keyCell: TableCellData;
  readonly valueCell: TableCellData;
}

/** The table's non-blank rows in order; none when it lacks the Key or Value column. */
export function keyValueEntries(table: TableData, problems?: ProblemList): KeyValueEntry[] {
  const typed = typedTable(table, KEY_VALUE_HEADERS);
  const complete =
    problems === undefined
      ? !typed.missing.includes("key") && !typed.missing.includes("value")
      : checkColumns(typed, KEY_VALUE_HEADERS, ["key", "value"], problems);
  if (!complete) return [];
  return typed.rows.flatMap((row) => {
    const keyCell = row.cells.key;
    const valueCell = row.cells.value;
    if (keyCell === undefined || valueCell === undefined || isBlankRow(row)) return [];
    return [{ typedKey: textOf(keyCell.value), keyCell, valueCell }];
  });
}

/**
 * The value cell of every key, by normaliseHeader(key), the first row of a key winning as the
 * readers take it; for finding where a value stands, without checking keys.
 */
export function keyValueCellsByKey(table: TableData): Map<string, TableCellData> {
  const cells = new Map<string, TableCellData>();
  for (const { typedKey, valueCell } of keyValueEntries(table)) {
    const key = normaliseHeader(typedKey);
    if (typedKey !== "" && !cells.has(key)) cells.set(key, valueCell);
  }
  return cells;
}

/** `knownKeys`: the contract's spelling of every key the table may hold. */
export function readKeyValueTable(
  table: TableData,
  knownKeys: readonly string[],
  problems: ProblemList,
): KeyValueCells {
  const values = new Map<string, TableCellData>();
  const byNormalised = new Map(knownKeys.map((key) => [normaliseHeader(key), key]));
  for (const { typedKey, keyCell, valueCell } of keyValueEntries(table, problems)) {
    const known = byNormalised.get(normaliseHeader(typedKey));
    if (typedKey === "") {
      problems.warn(keyCell.address, "keyValue.noKey", { table: table.name });
    } else if (known === undefined) {
      problems.warn(keyCell.address, "keyValue.unknownKey", { table: table.name, key: typedKey });
    } else if (values.has(known)) {
      problems.warn(keyCell.address, "keyValue.givenTwice", { table: table.name, key: known });
    } else {
      values.set(known, valueCell);
    }
  }
  return { values };
}
