// What keeping an owned sheet under another name means, decided once for every host: the task
// pane moves "Scoreboard" to "Scoreboard (previous)" before building the new one (OfficeJS edits
// clear Excel's undo history, so the last version stays in reach). The kept sheet is a snapshot:
// its tables become plain ranges and the defined names into it are removed, so the rebuilt sheet
// can take those names again; its cells, formats and charts stay.

import { sameName, sheetNameProblem } from "./names";
import type { WorkbookInventory } from "./placement";
import { PlanConflictError, PlanError } from "./planError";

export interface KeepSheetSteps {
  /** The sheet as the workbook spells it. */
  readonly sheet: string;
  readonly keptName: string;
  /** An older owned sheet already called keptName, deleted first (as the workbook spells it). */
  readonly deleteFirst?: string;
  /** Tables of the sheet, turned into plain ranges so their names are free again. */
  readonly tablesToRelease: readonly string[];
  /** Defined names into the sheet or into the deleted one. */
  readonly namesToRemove: readonly string[];
  /** The owned sheets afterwards (the settings' list). */
  readonly ownedSheets: readonly string[];
}

/**
 * The steps of keepOwnedSheetAs, or undefined when the sheet does not exist (nothing to do).
 * Throws PlanConflictError when the sheet, or a sheet already called keptName, belongs to the user,
 * and PlanError for a name Excel would refuse; hosts call it before changing anything.
 */
export function keepSheetSteps(
  inventory: WorkbookInventory,
  name: string,
  keptName: string,
): KeepSheetSteps | undefined {
  const problem = sheetNameProblem(keptName);
  if (problem !== undefined) throw new PlanError([problem]);
  if (inventory.reservedSheets.some((reserved) => sameName(reserved, keptName))) {
    throw new PlanError([`the sheet name "${keptName}" is reserved for the add-in's own data`]);
  }
  const sheet = inventory.sheets.find((candidate) => sameName(candidate.name, name));
  if (sheet === undefined) return undefined;
  if (sameName(sheet.name, keptName))
    throw new PlanError([`the sheet "${sheet.name}" cannot be kept under its own name`]);
  if (!sheet.owned) {
    throw new PlanConflictError(
      "sheet",
      sheet.name,
      `The sheet "${sheet.name}" belongs to the user; only sheets the add-in generated are kept under another name.`,
    );
  }
  const older = inventory.sheets.find((candidate) => sameName(candidate.name, keptName));
  if (older !== undefined && !older.owned) {
    throw new PlanConflictError(
      "sheet",
      older.name,
      `The sheet "${older.name}" belongs to the user and is not replaced.`,
    );
  }
  const affected = (sheetName: string | undefined): boolean =>
    sheetName !== undefined &&
    (sameName(sheetName, sheet.name) || (older !== undefined && sameName(sheetName, older.name)));
  const ownedSheets = inventory.sheets
    .filter((candidate) => candidate.owned && !affected(candidate.name))
    .map((candidate) => candidate.name);
  ownedSheets.push(keptName);
  return {
    sheet: sheet.name,
    keptName,
    ...(older === undefined ? {} : { deleteFirst: older.name }),
    tablesToRelease: inventory.tables
      .filter((table) => sameName(table.sheet, sheet.name))
      .map((table) => table.name),
    namesToRemove: inventory.names
      .filter((defined) => affected(defined.sheet))
      .map((defined) => defined.name),
    ownedSheets,
  };
}
