// The sheet-structure primitives as write steps: an owned sheet deleted, a replaced one kept under
// its "(previous)" name, a new sheet added at its tab position (replacing one outright).

import type { PreviousSheet } from "../plan/planSteps";
import { writeStep, type WriteStep } from "./batches";
import { PROTECTION_OPTIONS } from "./featureSteps";

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
export function addSheetStep(
  name: string,
  position: number | undefined,
  outright: { readonly sheet: string; readonly temporary: string } | undefined,
): WriteStep {
  const commands = 1 + (position === undefined ? 0 : 1) + (outright === undefined ? 0 : 3);
  const data =
    outright === undefined ? null : { replaces: outright.sheet, temporary: outright.temporary };
  return writeStep(commands, [name, position ?? null, data], (session) => {
    const sheet = session.context.workbook.worksheets.add(outright?.temporary ?? name);
    if (outright !== undefined) {
      session.sheet(outright.sheet).delete();
      session.forget(outright.sheet);
      sheet.name = name;
    }
    if (position !== undefined) sheet.position = position;
    session.adopt(name, sheet);
  });
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
  return writeStep(
    commands,
    [{ sheet: previous.sheet, keptAs: previous.keptAs }, tables],
    (session) => {
      const sheet = session.sheet(previous.sheet);
      if (wasProtected) sheet.protection.unprotect();
      for (const table of tables) session.context.workbook.tables.getItem(table).convertToRange();
      sheet.name = previous.keptAs;
      session.forget(previous.sheet);
      session.adopt(previous.keptAs, sheet);
      if (wasProtected) sheet.protection.protect(PROTECTION_OPTIONS);
    },
  );
}
