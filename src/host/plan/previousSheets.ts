// Where the sheets go when a plan rebuilds owned sheets, decided once for every host: each replaced
// sheet is deleted outright, or, when the apply asks to keep "(previous)" copies (the task pane
// does: Office.js edits clear Excel's undo history, so the last version stays in reach), kept as
// "<name> (previous)" beside the rebuilt one, an older owned copy of that name deleted first. A
// user's sheet holding that name is never touched: the copy takes the next free name.

import { MAX_SHEET_NAME_LENGTH, freeSheetName, sameName } from "../../engine/plan/names";
import type { Placement, WorkbookInventory } from "../../engine/plan/placement";
import type { AddSheetStep, DeleteSheetStep, KeepSheetStep, PreviousSheet } from "./planSteps";

const PREVIOUS_SUFFIX = " (previous)";

/** "Scoreboard" → "Scoreboard (previous)", shortened to fit Excel's 31 characters. */
export function previousSheetName(sheet: string): string {
  return sheet.slice(0, MAX_SHEET_NAME_LENGTH - PREVIOUS_SUFFIX.length).trimEnd() + PREVIOUS_SUFFIX;
}

/** What the sheet structure needs from the workbook as read. */
export interface SheetLayout {
  readonly inventory: WorkbookInventory;
  /** Every sheet name in tab order, hidden sheets included (Excel counts them in positions). */
  readonly tabOrder: readonly string[];
  /** The sheets that are protected now. */
  readonly protectedSheets: readonly string[];
}

export interface SheetStructure {
  /** Older "(previous)" copies deleted before anything else. */
  readonly deletions: readonly DeleteSheetStep[];
  /** Replaced sheets kept under their "(previous)" names (after stale names are removed). */
  readonly keeps: readonly KeepSheetStep[];
  /** The plan's sheets added, each at its place. */
  readonly additions: readonly AddSheetStep[];
  readonly previousSheets: readonly PreviousSheet[];
  /** Every sheet once the plan is written, the reserved (settings) sheet excepted. */
  readonly finalSheets: readonly string[];
}

export function sheetStructure(
  placement: Placement,
  layout: SheetLayout,
  keepPrevious: boolean,
): SheetStructure {
  // The tab order as it will be, so each rebuilt sheet takes its predecessor's place.
  const tabOrder = [...layout.tabOrder];
  const indexOf = (name: string): number => tabOrder.findIndex((sheet) => sameName(sheet, name));

  const older = keepPrevious ? olderPreviousSheets(placement, layout.inventory) : [];
  for (const name of older) tabOrder.splice(indexOf(name), 1);
  const deletions = older.map((sheet): DeleteSheetStep => ({ kind: "delete-sheet", sheet }));

  const previousSheets: PreviousSheet[] = [];
  const keeps: KeepSheetStep[] = [];
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
      keeps.push({
        kind: "keep-sheet",
        ...previous,
        tables: layout.inventory.tables
          .filter((table) => sameName(table.sheet, previous.sheet))
          .map((table) => table.name),
        wasProtected: layout.protectedSheets.some((sheet) => sameName(sheet, previous.sheet)),
      });
    }
  }

  const additions = placement.sheets.map(({ name, replaces }): AddSheetStep => {
    if (replaces === undefined) {
      tabOrder.push(name);
      return { kind: "add-sheet", sheet: name };
    }
    if (keepPrevious) {
      const kept = previousSheets.find((previous) => sameName(previous.sheet, replaces));
      const position = indexOf(kept?.keptAs ?? replaces);
      tabOrder.splice(position, 0, name);
      return { kind: "add-sheet", sheet: name, position };
    }
    const position = indexOf(replaces);
    const temporary = freeSheetName(`${name.slice(0, MAX_SHEET_NAME_LENGTH - 6).trimEnd()} (new)`, [
      ...tabOrder,
      ...placement.sheets.map((other) => other.name),
    ]);
    tabOrder.splice(position, 1, name);
    return { kind: "add-sheet", sheet: name, position, replaces: { sheet: replaces, temporary } };
  });
  const finalSheets = tabOrder.filter(
    (name) => !layout.inventory.reservedSheets.some((reserved) => sameName(reserved, name)),
  );
  return { deletions, keeps, additions, previousSheets, finalSheets };
}

/** Owned "(previous)" copies of the sheets being replaced: the next copies take their names. */
function olderPreviousSheets(placement: Placement, inventory: WorkbookInventory): string[] {
  const older: string[] = [];
  for (const placed of placement.sheets) {
    if (placed.replaces === undefined) continue;
    const base = previousSheetName(placed.replaces);
    const existing = inventory.sheets.find((sheet) => sameName(sheet.name, base));
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
