// What applyPlan reads of the tables a plan grows, queued alongside the workbook state's two syncs
// (no sync of its own): first each table by name (or learns it is missing), then its range, header
// texts and, in the same batch, the cells below it that appended rows would cover (over the grown
// width), addressed relative to the table's range so they load before its address is known.
// Cells beside the table need no check: Excel's table.columns.add shifts them right with the
// table's rows, as its own Insert does.

import { parseRange, type CellPosition, type RangeBounds } from "../../engine/plan/address";
import type { TableShape } from "../../engine/plan/tableGrowth";
import type { TableEditPlan } from "../../engine/plan/types";
import type { RangeApi, RequestContextApi, TableApi, WorksheetApi } from "./excelApi";
import type { ReadsAlongside } from "./workbookState";

export interface TableEditReads extends ReadsAlongside {
  /** The shapes of the edited tables found, once both syncs are done. */
  shapes(): TableShape[];
  /** The cells that hold something among those the table's growth would cover. */
  occupied(table: string): CellPosition[];
}

interface Loaded {
  readonly edit: TableEditPlan;
  readonly table: TableApi;
  sheet?: WorksheetApi;
  range?: RangeApi;
  header?: RangeApi;
  below?: RangeApi;
}

export function tableEditReads(
  context: RequestContextApi,
  edits: readonly TableEditPlan[],
): TableEditReads {
  const loaded: Loaded[] = [];
  const found = (): Loaded[] => loaded.filter((entry) => !entry.table.isNullObject);
  const boundsOf = (entry: Loaded): RangeBounds | undefined => {
    const address = entry.range?.address;
    return address === undefined
      ? undefined
      : parseRange(address.slice(address.lastIndexOf("!") + 1));
  };
  return {
    first: () => {
      for (const edit of edits) {
        const table = context.workbook.tables.getItemOrNullObject(edit.table);
        table.load("name,showHeaders,showTotals");
        loaded.push({ edit, table });
      }
    },
    second: () => {
      for (const entry of found()) {
        const columns = entry.edit.insertColumns?.columns.length ?? 0;
        const rows = entry.edit.appendRows?.length ?? 0;
        entry.sheet = entry.table.worksheet;
        entry.sheet.load("name");
        entry.range = entry.table.getRange();
        entry.range.load("address");
        entry.header = entry.table.getHeaderRowRange();
        entry.header.load("values");
        if (rows > 0) {
          entry.below = entry.range.getRowsBelow(rows).getResizedRange(0, columns);
          entry.below.load("formulas");
        }
      }
    },
    shapes: () =>
      found().flatMap((entry) => {
        const bounds = boundsOf(entry);
        if (bounds === undefined || entry.sheet === undefined) return [];
        const headers = (entry.header?.values[0] ?? []).map(headerText);
        return [
          {
            name: entry.table.name,
            sheet: entry.sheet.name,
            bounds,
            headers,
            hasHeaderRow: entry.table.showHeaders,
            hasTotalsRow: entry.table.showTotals,
          },
        ];
      }),
    occupied: (name) => {
      const entry = found().find((candidate) => candidate.table.name === name);
      const bounds = entry === undefined ? undefined : boundsOf(entry);
      if (entry === undefined || bounds === undefined) return [];
      return filled(entry.below, { row: bounds.end.row + 1, column: bounds.start.column });
    },
  };
}

/** A header cell as text; Excel reports header cells as text, numbers or booleans. */
function headerText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : "";
}

/** The cells of a loaded block holding a value or a formula, by their sheet position. */
function filled(range: RangeApi | undefined, topLeft: CellPosition): CellPosition[] {
  if (range === undefined) return [];
  return range.formulas.flatMap((row, rowIndex) =>
    row.flatMap((entry, columnIndex) =>
      entry === "" || entry === null || entry === undefined
        ? []
        : [{ row: topLeft.row + rowIndex, column: topLeft.column + columnIndex }],
    ),
  );
}
