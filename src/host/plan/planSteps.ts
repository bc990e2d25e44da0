// The primitive steps a plan becomes once it is placed (interpretPlan.ts): the only operations a
// host carries out to apply a plan. Growth, refusals and their order are decided before any step
// exists, so every host writes the same workbook. Each step is block-sized (a grown table, a whole
// sheet's contents, the cells of an edit), never one cell, so the Office.js host can still pack
// the steps' commands into a few requests under Excel on the web's size limit (batches.ts there).

import type { TableGrowth } from "../../engine/plan/tableGrowth";
import type { CellPlan, DefinedNamePlan, SheetPlan } from "../../engine/plan/types";

/** A table of the workbook grows: columns inserted (shifting the cells of its rows), rows appended. */
export interface GrowTableStep {
  readonly kind: "grow-table";
  readonly growth: TableGrowth;
}

/** An owned sheet is deleted (an older "(previous)" copy the new one takes the name of). */
export interface DeleteSheetStep {
  readonly kind: "delete-sheet";
  readonly sheet: string;
}

/** A defined name is deleted (the plan redefines it, or it points into a sheet being rebuilt). */
export interface RemoveNameStep {
  readonly kind: "remove-name";
  readonly name: string;
}

/**
 * A replaced owned sheet is kept under another name instead of deleted: its tables become plain
 * ranges (their names are free for the rebuilt sheet) and it keeps its cells, formats and charts.
 */
export interface KeepSheetStep {
  readonly kind: "keep-sheet";
  readonly sheet: string;
  readonly keptAs: string;
  /** The tables on the sheet, as the workbook spells them. */
  readonly tables: readonly string[];
  /** Protected now: Excel refuses to turn its tables into ranges unless it is unprotected first. */
  readonly wasProtected: boolean;
}

/** A new, empty sheet is added. */
export interface AddSheetStep {
  readonly kind: "add-sheet";
  readonly sheet: string;
  /** Its tab position, counting hidden sheets as Excel does; at the end when undefined. */
  readonly position?: number;
  /**
   * The owned sheet it replaces outright, deleted once the new one exists (Excel refuses to delete
   * a workbook's last visible sheet), so the new one is added under a temporary name first.
   */
  readonly replaces?: { readonly sheet: string; readonly temporary: string };
}

/** A plan sheet's contents written into the sheet just added: every part but its protection. */
export interface WriteSheetStep {
  readonly kind: "write-sheet";
  /** The name the sheet is written under. */
  readonly sheet: string;
  readonly plan: SheetPlan;
}

/** Cells of a sheet that already exists (computed columns of a user's table); nothing else there changes. */
export interface EditCellsStep {
  readonly kind: "edit-cells";
  readonly sheet: string;
  readonly cells: readonly CellPlan[];
}

export interface AddNameStep {
  readonly kind: "add-name";
  readonly name: DefinedNamePlan;
}

/** A written sheet is protected (after every write, which a protected sheet would refuse). */
export interface ProtectSheetStep {
  readonly kind: "protect-sheet";
  readonly sheet: string;
  readonly plan: SheetPlan;
}

/** The add-in's settings on its hidden sheet: these keys set (null removes one), the others kept. */
export interface WriteSettingsStep {
  readonly kind: "write-settings";
  readonly changes: Readonly<Record<string, string | null>>;
}

export type PlanStep =
  | GrowTableStep
  | DeleteSheetStep
  | RemoveNameStep
  | KeepSheetStep
  | AddSheetStep
  | WriteSheetStep
  | EditCellsStep
  | AddNameStep
  | ProtectSheetStep
  | WriteSettingsStep;

/** A replaced owned sheet kept under another name until the next rebuild. */
export interface PreviousSheet {
  readonly sheet: string;
  readonly keptAs: string;
}
