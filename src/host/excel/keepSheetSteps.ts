// keepOwnedSheetAs as write steps, all in one batch: the defined names into the sheet (and into an
// older kept copy) removed, that older copy deleted, the sheet's tables turned into plain ranges
// and the sheet renamed (keepStep, as applyPlan keeps a "(previous)" copy), then the settings with
// the new list of owned sheets.

import { OWNED_SHEETS_KEY, mergeSettings } from "../../engine/plan/addinSettings";
import type { KeepSheetSteps } from "../../engine/plan/keepSheet";
import { sameName } from "../../engine/plan/names";
import { deleteSheetStep, keepStep } from "./structureSteps";
import { writeStep, type WriteStep } from "./batches";
import { settingsSteps } from "./settingsSteps";
import type { WorkbookState } from "./workbookState";

export function keepSheetWrites(
  steps: KeepSheetSteps,
  state: WorkbookState,
  budget: number,
): WriteStep[] {
  const writes: WriteStep[] = steps.namesToRemove.map((name) =>
    writeStep(2, [name], (session) => {
      session.context.workbook.names.getItem(name).delete();
    }),
  );
  if (steps.deleteFirst !== undefined) writes.push(deleteSheetStep(steps.deleteFirst));
  const wasProtected = state.protectedSheets.some((sheet) => sameName(sheet, steps.sheet));
  writes.push(
    keepStep({ sheet: steps.sheet, keptAs: steps.keptName }, steps.tablesToRelease, wasProtected),
  );
  const settings = mergeSettings(state.settings, {
    [OWNED_SHEETS_KEY]: JSON.stringify(steps.ownedSheets),
  });
  writes.push(...settingsSteps(settings, state.settingsSheetExists, budget));
  return writes;
}
