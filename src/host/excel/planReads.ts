// The interpreter's reads through Office.js, in a fixed number of syncs: the workbook state with
// the grown tables' shapes and the cells below them (the state's two syncs; where Excel inserts
// appended rows, the band below each table then comes in chunks, one sync each), then, only when
// a table gains columns, what stands beside it and the dropdown its new columns copy (one sync).

import { parseRange, type RangeBounds } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import type { TableGrowth } from "../../engine/plan/tableGrowth";
import type { PlanReader, Surroundings } from "../plan/interpretPlan";
import { DEFAULT_BATCH_BUDGET_BYTES } from "./batches";
import type { RangeApi, RequestContextApi } from "./excelApi";
import type { ExcelFeatures } from "./requirements";
import { tableEditReads } from "./tableEditReads";
import { queueDropdownReads, type SourceDropdown } from "./tableEditSteps";
import { readWorkbookState, type WorkbookState } from "./workbookState";

export interface ExcelPlanReader extends PlanReader {
  /** The workbook state, once readWorkbook is done. */
  state(): WorkbookState;
  /** The dropdowns new columns copy, by table, once readSurroundings is done (none before). */
  dropdowns(): ReadonlyMap<string, SourceDropdown>;
}

export function excelPlanReader(
  context: RequestContextApi,
  features: ExcelFeatures,
  budget: number = DEFAULT_BATCH_BUDGET_BYTES,
): ExcelPlanReader {
  const appendMovesCellsBelow = !features.rowsAddedBelow;
  let state: WorkbookState | undefined;
  let dropdowns: () => ReadonlyMap<string, SourceDropdown> = () => new Map();
  return {
    readWorkbook: async (edits) => {
      const tables =
        edits.length === 0 ? undefined : tableEditReads(context, edits, appendMovesCellsBelow);
      const read = await readWorkbookState(context, tables);
      await tables?.readBands(budget);
      state = read;
      return {
        inventory: read.inventory,
        tabOrder: read.tabOrder,
        protectedSheets: read.protectedSheets,
        structureProtected: read.structureProtected,
        grownTables: tables?.shapes() ?? [],
        occupiedCells: (growth) => tables?.occupied(growth.table) ?? [],
        appendMovesCellsBelow,
      };
    },
    readSurroundings: async (growths) => {
      const read = state;
      if (read === undefined) throw new Error("the workbook is read before its surroundings");
      const dropdownReads = queueDropdownReads(context, growths, features);
      const beside = growths.map((growth) => queueBesideRead(context, growth, read));
      await context.sync();
      dropdowns = dropdownReads.dropdowns;
      const found = new Map(beside.map((entry) => [entry.growth, surroundingsOf(entry)]));
      return (growth) =>
        found.get(growth) ?? { lastUsedColumn: growth.before.end.column, otherTables: [] };
    },
    state: () => {
      if (state === undefined) throw new Error("the workbook has not been read yet");
      return state;
    },
    dropdowns: () => dropdowns(),
  };
}

interface BesideRead {
  readonly growth: TableGrowth;
  readonly used: RangeApi;
  readonly others: readonly { readonly name: string; readonly range: RangeApi }[];
}

/**
 * The used range of the table's sheet and the ranges of its other tables: Excel refuses to shift
 * part of a table, after some commands of the batch have run, so the interpreter refuses first.
 */
function queueBesideRead(
  context: RequestContextApi,
  growth: TableGrowth,
  state: WorkbookState,
): BesideRead {
  const used = context.workbook.worksheets.getItem(growth.sheet).getUsedRangeOrNullObject();
  used.load("address");
  const others = state.inventory.tables
    .filter((table) => sameName(table.sheet, growth.sheet) && !sameName(table.name, growth.table))
    .map((table) => {
      const range = context.workbook.tables.getItem(table.name).getRange();
      range.load("address");
      return { name: table.name, range };
    });
  return { growth, used, others };
}

/** What a beside read found; call after the sync. */
function surroundingsOf({ growth, used, others }: BesideRead): Surroundings {
  const lastUsed = used.isNullObject
    ? growth.before.end.column
    : (boundsOf(used)?.end.column ?? growth.before.end.column);
  return {
    lastUsedColumn: lastUsed,
    otherTables: others.flatMap(({ name, range }) => {
      const bounds = boundsOf(range);
      return bounds === undefined ? [] : [{ name, bounds }];
    }),
  };
}

function boundsOf(range: RangeApi): RangeBounds | undefined {
  return parseRange(range.address.slice(range.address.lastIndexOf("!") + 1));
}
