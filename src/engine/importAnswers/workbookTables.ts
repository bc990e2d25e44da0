// The parts of a workbook's tables an import places answers into: the Checklist's item rows and
// respondent columns, and the stakeholder register's rows. Respondent columns are found by
// readChecklist's respondentColumnSpan (between Item and the first of Item score, Spread, Evidence),
// so an import writes exactly where scoring will read.

import { phrase } from "../language/problemTexts";
import { CHECKLIST_HEADERS, STAKEHOLDER_HEADERS, TABLES } from "../model/contract";
import { normaliseHeader } from "../plan/headers";
import {
  typedTable,
  type TableCellData,
  type TableColumnData,
  type TableData,
  type TableRowData,
} from "../plan/tableData";
import { nameKey, textOf } from "../sheetValues";
import { respondentColumnSpan } from "../read/readChecklist";
import { findTable, type TableMap } from "../read/tables";
import { ImportAnswersError } from "./importAnswersError";

export interface ChecklistTarget {
  readonly table: TableData;
  /** Indexes into table.columns of the respondent columns. */
  readonly respondentColumns: readonly number[];
  /** The header the new respondent columns go before; undefined: after the last column. */
  readonly insertBefore: string | undefined;
  /** Item id (lower case) → index into table.rows, the first row of each item. */
  readonly itemRows: ReadonlyMap<string, number>;
  /** The item IDs as the table spells them, each once, in row order. */
  readonly itemIds: readonly string[];
}

export interface RegisterEntry {
  /** As the register spells it. */
  readonly name: string;
  readonly organisation: TableCellData | undefined;
  readonly group: TableCellData | undefined;
  readonly city: TableCellData | undefined;
}

export interface RegisterTarget {
  readonly table: TableData;
  /** nameKey(respondent) → their row's cells; the first row of a name, as readStakeholders reads it. */
  readonly entries: ReadonlyMap<string, RegisterEntry>;
  /** Contract columns the table has: an appended row fills only these. */
  readonly has: { readonly organisation: boolean; readonly group: boolean; readonly city: boolean };
}

export function checklistTarget(tables: TableMap): ChecklistTarget {
  const table = findTable(tables, TABLES.checklist);
  if (table === null)
    throw new ImportAnswersError(phrase("answers.noChecklist", { table: TABLES.checklist }));
  const indexOf = (header: string): number =>
    table.columns.findIndex((column) => column.key === normaliseHeader(header));
  const itemIdIndex = indexOf(CHECKLIST_HEADERS.itemId);
  if (itemIdIndex < 0)
    throw new ImportAnswersError(
      phrase("answers.noItemIdColumn", {
        table: TABLES.checklist,
        column: CHECKLIST_HEADERS.itemId,
      }),
    );

  const { start, end } = respondentColumnSpan(table);
  const respondentColumns = Array.from(
    { length: Math.max(0, end - start) },
    (_, offset) => start + offset,
  );

  const itemRows = new Map<string, number>();
  const itemIds: string[] = [];
  table.rows.forEach((row, index) => {
    const spelled = textOf(row.cells[itemIdIndex]?.value);
    const id = spelled.toLowerCase();
    if (id === "" || itemRows.has(id)) return;
    itemRows.set(id, index);
    itemIds.push(spelled);
  });
  return { table, respondentColumns, insertBefore: table.columns[end]?.header, itemRows, itemIds };
}

/** Null when the workbook has no register, or one without a Respondent column. */
export function registerTarget(tables: TableMap): RegisterTarget | null {
  const table = findTable(tables, TABLES.stakeholders);
  if (table === null) return null;
  const typed = typedTable(table, STAKEHOLDER_HEADERS);
  if (typed.missing.includes("respondent")) return null;
  const entries = new Map<string, RegisterEntry>();
  for (const row of typed.rows) {
    const name = textOf(row.cells.respondent?.value);
    if (name === "" || entries.has(nameKey(name))) continue;
    entries.set(nameKey(name), {
      name,
      organisation: row.cells.organisation,
      group: row.cells.group,
      city: row.cells.city,
    });
  }
  return {
    table,
    entries,
    has: {
      organisation: !typed.missing.includes("organisation"),
      group: !typed.missing.includes("group"),
      city: !typed.missing.includes("city"),
    },
  };
}

/** A cell's address on its own sheet ("E12"), as a plan's edits take it. */
export function localAddress(column: TableColumnData, row: TableRowData): string {
  return `${column.column}${row.row}`;
}
