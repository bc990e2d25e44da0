// Key/value tables (C2C_Partnership, C2C_Settings): one row per key, matched case- and
// space-insensitively. A key given twice keeps its first row; a key the contract does not know is
// reported, since it is usually a typing slip that would otherwise leave a setting at its default.

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

/** `knownKeys`: the contract's spelling of every key the table may hold. */
export function readKeyValueTable(
  table: TableData,
  knownKeys: readonly string[],
  problems: ProblemList,
): KeyValueCells {
  const values = new Map<string, TableCellData>();
  const typed = typedTable(table, KEY_VALUE_HEADERS);
  if (!checkColumns(typed, KEY_VALUE_HEADERS, ["key", "value"], problems)) return { values };
  const byNormalised = new Map(knownKeys.map((key) => [normaliseHeader(key), key]));
  for (const row of typed.rows) {
    const keyCell = row.cells.key;
    const valueCell = row.cells.value;
    if (keyCell === undefined || valueCell === undefined || isBlankRow(row)) continue;
    const typedKey = textOf(keyCell.value);
    const known = byNormalised.get(normaliseHeader(typedKey));
    if (typedKey === "") {
      problems.warn(keyCell.address, `${table.name}: a value without a key; the row is not read`);
    } else if (known === undefined) {
      problems.warn(
        keyCell.address,
        `${table.name}: "${typedKey}" is not a key this table knows; the row is not read`,
      );
    } else if (values.has(known)) {
      problems.warn(
        keyCell.address,
        `${table.name}: "${known}" is given twice; the first row is used`,
      );
    } else {
      values.set(known, valueCell);
    }
  }
  return { values };
}
