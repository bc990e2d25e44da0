// The one plan interpreter: every host applies a plan through it, in three stages.
//  1. Reads: the workbook as it stands (sheets, tables, names, protection, tab order) and, for the
//     tables the plan grows, their shapes and the cells their appended rows would cover.
//  2. Placement (placePlan) and growth (resolveTableEdits), with every refusal that needs only the
//     first reads; then the second reads: what stands beside each table that gains columns.
//  3. The refusal of a blocked shift, then the ordered primitive steps (planSteps.ts).
// A refused plan throws (PlanError, PlanConflictError, PlanProtectedError: protectionRefusals.ts)
// before any step is carried out, so nothing has been written. The reads are the host's (the Office.js host does each stage's reads in a fixed number
// of syncs); the steps are carried out by the host's primitives (carryOut in each adapter).

import { phrase } from "../../engine/language/problemTexts";
import { OWNED_SHEETS_KEY } from "../../engine/plan/addinSettings";
import type { CellPosition, RangeBounds } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import { placePlan, type ExistingSheetPolicy } from "../../engine/plan/placement";
import {
  refuseBlockedShift,
  refuseCoveredCells,
  refuseMovedCells,
  resolveTableEdits,
  type TableGrowth,
  type TableShape,
} from "../../engine/plan/tableGrowth";
import type { TableEditPlan, WorkbookPlan } from "../../engine/plan/types";
import { assertValidPlan } from "../../engine/plan/validatePlan";
import type { PlanStep, PreviousSheet } from "./planSteps";
import { refuseProtectedWrites } from "./protectionRefusals";
import { sheetStructure, type SheetLayout } from "./previousSheets";

/** What the interpreter needs to know about the workbook before placing the plan. */
export interface WorkbookReads extends SheetLayout {
  /** The shapes of the tables the plan grows that the workbook has. */
  readonly grownTables: readonly TableShape[];
  /**
   * The cells holding something (a value or a formula) among those a growth's appended rows cover
   * or, where appending moves the cells below (appendMovesCellsBelow), among those it would move.
   */
  readonly occupiedCells: (growth: TableGrowth) => readonly CellPosition[];
  /**
   * Whether appending rows inserts cells, moving everything below the table in its columns down,
   * out of line with the rest of their rows (an Excel without ExcelApi 1.15); a file, the memory
   * workbook and a later Excel add the rows over the cells below instead, moving nothing.
   */
  readonly appendMovesCellsBelow: boolean;
  /** The workbook's structure is protected: no sheet may be added, renamed, deleted or hidden. */
  readonly structureProtected: boolean;
}

/** What stands beside a table that gains columns, in its rows. */
export interface Surroundings {
  /** The last column holding a cell in the table's rows (at least the table's last column). */
  readonly lastUsedColumn: number;
  /** The other tables of the sheet. */
  readonly otherTables: readonly { readonly name: string; readonly bounds: RangeBounds }[];
}

/** The host's side of the reads stages. */
export interface PlanReader {
  readWorkbook(tableEdits: readonly TableEditPlan[]): Promise<WorkbookReads>;
  /** Called with the growths that insert columns only, once (none when there are none). */
  readSurroundings(growths: readonly TableGrowth[]): Promise<(growth: TableGrowth) => Surroundings>;
}

/** Why an Excel without ExcelApi 1.15 moves the cells below a table that gains rows. */
const INSERTING_EXCEL = phrase("conflict.insertingExcel");

export interface InterpretOptions {
  readonly existingSheet: ExistingSheetPolicy;
  /** Keep each rebuilt owned sheet as "<name> (previous)" instead of deleting it (default false). */
  readonly keepPrevious?: boolean;
}

export interface InterpretedPlan {
  readonly steps: readonly PlanStep[];
  /** Each plan sheet under its planned and written name. */
  readonly sheets: readonly {
    readonly planned: string;
    readonly written: string;
    readonly replaced: boolean;
  }[];
  readonly previousSheets: readonly PreviousSheet[];
}

export async function interpretPlan(
  plan: WorkbookPlan,
  options: InterpretOptions,
  reader: PlanReader,
): Promise<InterpretedPlan> {
  assertValidPlan(plan);
  const edits = plan.tableEdits ?? [];
  const reads = await reader.readWorkbook(edits);

  const placement = placePlan(plan, reads.inventory, options.existingSheet);
  const growths = resolveTableEdits(edits, (name) =>
    reads.grownTables.find((shape) => sameName(shape.name, name)),
  );
  if (reads.appendMovesCellsBelow) refuseMovedCells(growths, reads.occupiedCells, INSERTING_EXCEL);
  else refuseCoveredCells(growths, reads.occupiedCells);

  const widened = growths.filter((growth) => growth.inserted.length > 0);
  if (widened.length > 0) {
    const surroundings = await reader.readSurroundings(widened);
    for (const growth of widened) {
      const { lastUsedColumn, otherTables } = surroundings(growth);
      refuseBlockedShift(growth, Math.max(lastUsedColumn, growth.before.end.column), otherTables);
    }
  }

  const structure = sheetStructure(placement, reads, options.keepPrevious ?? false);
  const owned = [
    ...placement.ownedSheets,
    ...structure.previousSheets.map((previous) => previous.keptAs),
  ].filter((name) => structure.finalSheets.some((sheet) => sameName(sheet, name)));

  const steps: PlanStep[] = [
    ...growths.map((growth): PlanStep => ({ kind: "grow-table", growth })),
    ...structure.deletions,
    ...placement.namesToRemove.map((name): PlanStep => ({ kind: "remove-name", name })),
    ...structure.keeps,
    ...structure.additions,
    ...placement.sheets.map(({ plan: sheetPlan, name }): PlanStep => ({
      kind: "write-sheet",
      sheet: name,
      plan: sheetPlan,
    })),
    ...placement.edits.map((edit): PlanStep => ({
      kind: "edit-cells",
      sheet: edit.sheet,
      cells: edit.cells,
    })),
    ...placement.names.map((name): PlanStep => ({ kind: "add-name", name })),
    ...placement.sheets.flatMap(({ plan: sheetPlan, name }): PlanStep[] =>
      sheetPlan.protection === undefined
        ? []
        : [{ kind: "protect-sheet", sheet: name, plan: sheetPlan }],
    ),
    {
      kind: "write-settings",
      changes: { ...plan.settings, [OWNED_SHEETS_KEY]: JSON.stringify(owned) },
    },
  ];
  refuseProtectedWrites(steps, reads);
  return {
    steps,
    sheets: placement.sheets.map(({ plan: sheetPlan, name, replaces }) => ({
      planned: sheetPlan.name,
      written: name,
      replaced: replaces !== undefined,
    })),
    previousSheets: structure.previousSheets,
  };
}
