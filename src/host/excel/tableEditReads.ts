// What applyPlan reads of the tables a plan grows, queued alongside the workbook state's two syncs
// (no sync of its own): first each table by name (or learns it is missing), then its range, header
// texts and, in the same batch, the cells below it that appended rows would cover (over the grown
// width), addressed relative to the table's range so they load before its address is known.
// An Excel that inserts appended rows (no ExcelApi 1.15) moves every cell below the table in its
// columns, so there the second batch learns the sheet's used range instead, and the whole band
// below the table down to its last used row is read after, in chunks (one sync each).
// Cells beside the table need no check: Excel's table.columns.add shifts them right with the
// table's rows, as its own Insert does.

import { parseRange, type CellPosition, type RangeBounds } from "../../engine/plan/address";
import type { TableShape } from "../../engine/plan/tableGrowth";
import type { TableEditPlan } from "../../engine/plan/types";
import type { RangeApi, RequestContextApi, TableApi, WorksheetApi } from "./excelApi";
import { readAreasInChunks } from "./rangeChunks";
import type { ReadsAlongside } from "./workbookState";

export interface TableEditReads extends ReadsAlongside {
  /** The shapes of the edited tables found, once both syncs are done. */
  shapes(): TableShape[];
  /**
   * Reads the bands below the tables that gain rows, where appending moves them (after both
   * syncs; none otherwise), in chunks of at most `budget` bytes.
   */
  readBands(budget: number): Promise<void>;
  /** The cells that hold something among those the table's growth would cover or move. */
  occupied(table: string): CellPosition[];
}

interface Loaded {
  readonly edit: TableEditPlan;
  readonly table: TableApi;
  sheet?: WorksheetApi;
  range?: RangeApi;
  header?: RangeApi;
  below?: RangeApi;
  /** The used range of the table's sheet, where appending moves the cells below. */
  used?: RangeApi;
  /** The band below the table, as read, where appending moves it. */
  band?: { readonly topLeft: CellPosition; readonly formulas: unknown[][] };
}

export function tableEditReads(
  context: RequestContextApi,
  edits: readonly TableEditPlan[],
  appendMovesCellsBelow: boolean,
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
        if (rows > 0 && appendMovesCellsBelow) {
          entry.used = entry.sheet.getUsedRangeOrNullObject(true);
          entry.used.load("address");
        } else if (rows > 0) {
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
    readBands: async (budget) => {
      const bands = found().flatMap((entry) => {
        const bounds = boundsOf(entry);
        const used = entry.used;
        if (bounds === undefined || used === undefined || used.isNullObject) return [];
        const usedBounds = parseRange(used.address.slice(used.address.lastIndexOf("!") + 1));
        if (usedBounds === undefined || usedBounds.end.row <= bounds.end.row) return [];
        const columns = entry.edit.insertColumns?.columns.length ?? 0;
        const band: RangeBounds = {
          start: { row: bounds.end.row + 1, column: bounds.start.column },
          end: { row: usedBounds.end.row, column: bounds.end.column + columns },
        };
        return [{ entry, sheet: entry.sheet?.name ?? "", bounds: band }];
      });
      const read = await readAreasInChunks(context, bands, budget, "formulas");
      bands.forEach(({ entry, bounds }, index) => {
        entry.band = { topLeft: bounds.start, formulas: read[index]?.values ?? [] };
      });
    },
    occupied: (name) => {
      const entry = found().find((candidate) => candidate.table.name === name);
      const bounds = entry === undefined ? undefined : boundsOf(entry);
      if (entry === undefined || bounds === undefined) return [];
      if (entry.band !== undefined) return filled(entry.band.formulas, entry.band.topLeft);
      return filled(entry.below?.formulas, {
        row: bounds.end.row + 1,
        column: bounds.start.column,
      });
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
function filled(formulas: unknown[][] | undefined, topLeft: CellPosition): CellPosition[] {
  if (formulas === undefined) return [];
  return formulas.flatMap((row, rowIndex) =>
    row.flatMap((entry, columnIndex) =>
      entry === "" || entry === null || entry === undefined
        ? []
        : [{ row: topLeft.row + rowIndex, column: topLeft.column + columnIndex }],
    ),
  );
}
