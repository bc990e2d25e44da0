// A placed plan as the ordered write steps of one applyPlan: first the structure (an older
// "(previous)" copy deleted, each replaced owned sheet kept as "<name> (previous)" or deleted,
// stale names removed, new sheets added in place), then each sheet's contents and formats, the
// edits of existing sheets, the defined names, the protection of owned sheets (after every write,
// which a protected sheet would refuse), and the settings with the new list of owned sheets.

import { OWNED_SHEETS_KEY, mergeSettings } from "../../engine/plan/addinSettings";
import { MAX_SHEET_NAME_LENGTH, freeSheetName, sameName } from "../../engine/plan/names";
import type { Placement } from "../../engine/plan/placement";
import type { FormulaDialect, WorkbookPlan } from "../../engine/plan/types";
import type { AppliedSheet } from "../workbookHost";
import { writeStep, type WriteStep } from "./batches";
import { PROTECTION_OPTIONS, protectStep } from "./featureSteps";
import type { ExcelFeatures } from "./requirements";
import { settingsSteps } from "./settingsSteps";
import { editSteps, newSheetSteps, type StepContext } from "./sheetSteps";
import type { WorkbookState } from "./workbookState";

export interface ApplyOptionsForExcel {
  readonly dialect: FormulaDialect;
  readonly features: ExcelFeatures;
  readonly budget: number;
  /** Keep each replaced owned sheet as "<name> (previous)" instead of deleting it. */
  readonly keepPrevious: boolean;
}

/** A replaced owned sheet kept under another name until the next rebuild. */
export interface PreviousSheet {
  readonly sheet: string;
  readonly keptAs: string;
}

export interface ApplyWrites {
  readonly steps: readonly WriteStep[];
  readonly sheets: readonly AppliedSheet[];
  readonly previousSheets: readonly PreviousSheet[];
  readonly warnings: readonly string[];
}

const PREVIOUS_SUFFIX = " (previous)";

/** "Scoreboard" → "Scoreboard (previous)", shortened to fit Excel's 31 characters. */
export function previousSheetName(sheet: string): string {
  return sheet.slice(0, MAX_SHEET_NAME_LENGTH - PREVIOUS_SUFFIX.length).trimEnd() + PREVIOUS_SUFFIX;
}

export function applyWrites(
  plan: WorkbookPlan,
  placement: Placement,
  state: WorkbookState,
  options: ApplyOptionsForExcel,
): ApplyWrites {
  const warnings: string[] = [];
  const warn = (message: string): void => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const context: StepContext = {
    plan,
    dialect: options.dialect,
    features: options.features,
    budget: options.budget,
    warn,
  };
  const structure = planStructure(placement, state, options.keepPrevious);
  const steps: WriteStep[] = [...structure.steps];

  for (const { plan: sheetPlan, name } of placement.sheets)
    steps.push(...newSheetSteps(name, sheetPlan, context));
  for (const edit of placement.edits) steps.push(...editSteps(edit.sheet, edit, context));
  for (const name of placement.names) {
    steps.push(
      writeStep(2, [name.name, name.sheet, name.range], (session) => {
        session.context.workbook.names.add(
          name.name,
          session.sheet(name.sheet).getRange(name.range),
        );
      }),
    );
  }
  for (const { plan: sheetPlan, name } of placement.sheets) {
    if (sheetPlan.protection !== undefined) steps.push(protectStep(name));
  }
  const owned = [
    ...placement.ownedSheets,
    ...structure.previousSheets.map((previous) => previous.keptAs),
  ].filter((name) => structure.finalSheets.some((sheet) => sameName(sheet, name)));
  const settings = mergeSettings(state.settings, { [OWNED_SHEETS_KEY]: JSON.stringify(owned) });
  steps.push(...settingsSteps(settings, state.settingsSheetExists, options.budget));

  const sheets = placement.sheets.map(({ plan: sheetPlan, name, replaces }) => ({
    planned: sheetPlan.name,
    written: name,
    replaced: replaces !== undefined,
  }));
  return { steps, sheets, previousSheets: structure.previousSheets, warnings };
}

interface Structure {
  readonly steps: WriteStep[];
  readonly previousSheets: PreviousSheet[];
  /** Every sheet once the plan is written, the settings sheet excepted. */
  readonly finalSheets: readonly string[];
}

function planStructure(
  placement: Placement,
  state: WorkbookState,
  keepPrevious: boolean,
): Structure {
  const steps: WriteStep[] = [];
  // The tab order as it will be (hidden sheets included, as Excel counts positions), so each
  // rebuilt sheet takes its predecessor's place.
  const tabOrder = [...state.tabOrder];
  const indexOf = (name: string): number => tabOrder.findIndex((sheet) => sameName(sheet, name));

  const older = keepPrevious ? olderPreviousSheets(placement, state) : [];
  for (const name of older) {
    tabOrder.splice(indexOf(name), 1);
    steps.push(deleteSheetStep(name));
  }
  for (const name of placement.namesToRemove) {
    steps.push(
      writeStep(2, [name], (session) => {
        session.context.workbook.names.getItem(name).delete();
      }),
    );
  }

  const previousSheets: PreviousSheet[] = [];
  if (keepPrevious) {
    const taken = [...tabOrder, ...placement.sheets.map((placed) => placed.name)];
    for (const placed of placement.sheets) {
      if (placed.replaces === undefined) continue;
      const previous = {
        sheet: placed.replaces,
        keptAs: freeSheetName(previousSheetName(placed.replaces), taken),
      };
      taken.push(previous.keptAs);
      previousSheets.push(previous);
      tabOrder.splice(indexOf(previous.sheet), 1, previous.keptAs);
      steps.push(
        keepStep(
          previous,
          tablesOn(state, previous.sheet),
          state.protectedSheets.some((sheet) => sameName(sheet, previous.sheet)),
        ),
      );
    }
  }

  for (const placed of placement.sheets) {
    const { name, replaces } = placed;
    if (replaces === undefined) {
      tabOrder.push(name);
      steps.push(addSheetStep(name, undefined, undefined));
    } else if (keepPrevious) {
      const position = indexOf(
        previousSheets.find((previous) => sameName(previous.sheet, replaces))?.keptAs ?? replaces,
      );
      tabOrder.splice(position, 0, name);
      steps.push(addSheetStep(name, position, undefined));
    } else {
      const position = indexOf(replaces);
      const temporary = freeSheetName(
        `${name.slice(0, MAX_SHEET_NAME_LENGTH - 6).trimEnd()} (new)`,
        [...tabOrder, ...placement.sheets.map((other) => other.name)],
      );
      tabOrder.splice(position, 1, name);
      steps.push(addSheetStep(name, position, { replaces, temporary }));
    }
  }
  const finalSheets = tabOrder.filter(
    (name) => !state.inventory.reservedSheets.some((reserved) => sameName(reserved, name)),
  );
  return { steps, previousSheets, finalSheets };
}

/** Owned "(previous)" copies of the sheets being replaced: the next copies take their names. */
function olderPreviousSheets(placement: Placement, state: WorkbookState): string[] {
  const older: string[] = [];
  for (const placed of placement.sheets) {
    if (placed.replaces === undefined) continue;
    const base = previousSheetName(placed.replaces);
    const existing = state.inventory.sheets.find((sheet) => sameName(sheet.name, base));
    if (existing === undefined || !existing.owned) continue;
    if (
      placement.sheets.some((other) => sameName(other.name, existing.name)) ||
      older.includes(existing.name)
    )
      continue;
    older.push(existing.name);
  }
  return older;
}

export function deleteSheetStep(name: string): WriteStep {
  return writeStep(2, [name], (session) => {
    session.sheet(name).delete();
    session.forget(name);
  });
}

/**
 * Adds a sheet at the end and moves it to `position`. A sheet it replaces outright is deleted once
 * the new one exists (Excel refuses to delete a workbook's last visible sheet), so the new one is
 * added under a temporary name and renamed after the deletion.
 */
function addSheetStep(
  name: string,
  position: number | undefined,
  outright: { replaces: string; temporary: string } | undefined,
): WriteStep {
  const commands = 1 + (position === undefined ? 0 : 1) + (outright === undefined ? 0 : 3);
  return writeStep(commands, [name, position ?? null, outright ?? null], (session) => {
    const sheet = session.context.workbook.worksheets.add(outright?.temporary ?? name);
    if (outright !== undefined) {
      session.sheet(outright.replaces).delete();
      session.forget(outright.replaces);
      sheet.name = name;
    }
    if (position !== undefined) sheet.position = position;
    session.adopt(name, sheet);
  });
}

function tablesOn(state: WorkbookState, sheet: string): string[] {
  return state.inventory.tables
    .filter((table) => sameName(table.sheet, sheet))
    .map((table) => table.name);
}

/**
 * Renames a replaced owned sheet to its "(previous)" name. Its tables become plain ranges first, so
 * their names are free for the rebuilt sheet (a protected sheet refuses that, hence the unprotect
 * and protect around it); the sheet keeps its cells, formats and charts.
 */
export function keepStep(
  previous: PreviousSheet,
  tables: readonly string[],
  wasProtected: boolean,
): WriteStep {
  const commands = 2 + tables.length * 2 + (wasProtected ? 2 : 0);
  return writeStep(commands, [previous, tables], (session) => {
    const sheet = session.sheet(previous.sheet);
    if (wasProtected) sheet.protection.unprotect();
    for (const table of tables) session.context.workbook.tables.getItem(table).convertToRange();
    sheet.name = previous.keptAs;
    session.forget(previous.sheet);
    session.adopt(previous.keptAs, sheet);
    if (wasProtected) sheet.protection.protect(PROTECTION_OPTIONS);
  });
}
