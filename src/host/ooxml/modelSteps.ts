// The package host's primitives: each step of an interpreted plan (host/plan/planSteps.ts) carried
// out on the package model. A generated sheet is changed in its plan; a user's sheet only gains
// changes (cell edits, table growth) that the save applies to its part's text
// (docs/decisions/0012-editing-users-packages.md, 0017).

import { absoluteReference, formatRange } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import { PlanError } from "../../engine/plan/planError";
import type { TableGrowth } from "../../engine/plan/tableGrowth";
import type { CellPlan, WorkbookPlan } from "../../engine/plan/types";
import type { PlanStep } from "../plan/planSteps";
import { withLocalSheet } from "./editedWorkbookXml";
import { headerCells } from "./generatedCells";
import type { KeptTable } from "./keptGrowth";
import { requireIndex, updateGenerated, updateSheet, type ModelSession } from "./modelSheets";
import { nextSheetId, type GeneratedSheet, type KeptSheet } from "./packageModel";

/** What a step needs of the session beyond the model. */
export interface StepContext {
  /** The user's table a growth acts on, as it now stands. */
  readonly keptTable: (growth: TableGrowth) => KeptTable;
  /** Rewrites the settings sheet with these changes. */
  readonly storeSettings: (changes: Readonly<Record<string, string | null>>) => void;
}

export function carryOutStep(
  session: ModelSession,
  context: StepContext,
  step: PlanStep,
  plan: WorkbookPlan,
): void {
  const model = session.model;
  switch (step.kind) {
    case "grow-table":
      grow(session, context.keptTable(step.growth), step.growth);
      return;
    case "delete-sheet":
      deleteSheet(session, requireIndex(model, step.sheet));
      return;
    case "remove-name":
      // Only a workbook-wide name: one local to a sheet is another name to Excel.
      model.names = model.names.filter(
        (name) => name.localSheetId !== undefined || !sameName(name.name, step.name),
      );
      return;
    case "keep-sheet":
      // The kept copy's tables become plain ranges: their header names stay as cells.
      updateGenerated(session, requireIndex(model, step.sheet), (sheet) => ({
        ...sheet,
        name: step.keptAs,
        plan: {
          ...sheet.plan,
          cells: [...(sheet.plan.tables ?? []).flatMap(headerCells), ...sheet.plan.cells],
          tables: [],
        },
      }));
      return;
    case "add-sheet":
      addSheet(session, step.sheet, step.position, step.replaces?.sheet);
      return;
    case "write-sheet":
      updateGenerated(session, requireIndex(model, step.sheet), (sheet) => ({
        ...sheet,
        plan: step.plan,
        styles: plan.styles,
      }));
      return;
    case "edit-cells":
      editCells(session, step.sheet, step.cells, plan);
      return;
    case "add-name":
      model.names.push({
        name: step.name.name,
        reference: absoluteReference(step.name.sheet, step.name.range),
      });
      return;
    case "protect-sheet":
      updateGenerated(session, requireIndex(model, step.sheet), (sheet) => ({
        ...sheet,
        protectedSheet: true,
      }));
      return;
    case "write-settings":
      context.storeSettings(step.changes);
      return;
  }
}

/** Grows a user's table: the sheet's XML and its table part on save, an added table's plan now. */
function grow(session: ModelSession, found: KeptTable, growth: TableGrowth): void {
  const index = session.model.sheets.indexOf(found.sheet);
  updateSheet(session, index, (sheet): KeptSheet => {
    if (sheet.kind !== "kept") throw new Error(`the sheet "${sheet.name}" is not the user's`);
    return {
      ...sheet,
      changes: [
        ...sheet.changes,
        {
          kind: "grow",
          growth,
          tablePath: found.kind === "part" ? found.table.path : undefined,
        },
      ],
      addedTables: sheet.addedTables.map((table) =>
        found.kind === "added" && table === found.table
          ? { ...table, range: formatRange(growth.after), columns: growth.headers }
          : table,
      ),
    };
  });
}

function addSheet(
  session: ModelSession,
  name: string,
  position: number | undefined,
  replaces: string | undefined,
): void {
  const model = session.model;
  const empty = { name, owned: true, cells: [] };
  if (replaces !== undefined) {
    // The new sheet takes the replaced one's place and sheet id, so the tab order and anything
    // that counts sheets (a defined name's localSheetId, the active tab) stay as they were.
    // A user's part it replaces keeps its place: its <sheet> element (renamed) and its part path.
    updateSheet(session, requireIndex(model, replaces), (sheet) => ({
      kind: "generated",
      name,
      sheetId: sheet.sheetId,
      hidden: sheet.hidden,
      plan: empty,
      styles: {},
      protectedSheet: false,
      ...(sheet.place === undefined ? {} : { place: sheet.place }),
    }));
    return;
  }
  const sheet: GeneratedSheet = {
    kind: "generated",
    name,
    sheetId: nextSheetId(model),
    hidden: false,
    plan: empty,
    styles: {},
    protectedSheet: false,
  };
  model.sheets.splice(position ?? model.sheets.length, 0, sheet);
}

function editCells(
  session: ModelSession,
  name: string,
  cells: readonly CellPlan[],
  plan: WorkbookPlan,
): void {
  const index = session.model.sheets.findIndex((sheet) => sameName(sheet.name, name));
  if (index < 0) throw new PlanError([`the workbook has no sheet "${name}" to edit`]);
  // Edited cells come last, so they win over the cells they replace.
  updateSheet(session, index, (sheet) =>
    sheet.kind === "kept"
      ? {
          ...sheet,
          changes: [...sheet.changes, { kind: "edit", cells }],
          styles: { ...sheet.styles, ...plan.styles },
        }
      : {
          ...sheet,
          plan: { ...sheet.plan, cells: [...sheet.plan.cells, ...cells] },
          styles: { ...sheet.styles, ...plan.styles },
        },
  );
}

/** Removes a sheet; names local to it go, and those local to later sheets follow their tab. */
function deleteSheet(session: ModelSession, index: number): void {
  const model = session.model;
  model.sheets.splice(index, 1);
  model.names = model.names.flatMap((name) => {
    if (name.localSheetId === undefined || name.localSheetId < index) return [name];
    if (name.localSheetId === index) return [];
    return [withLocalSheet(name, name.localSheetId - 1)];
  });
}
