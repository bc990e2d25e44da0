// Writing a whole new assessment (an empty one, or the sample) into the open workbook without
// touching anything of the user's: clashing sheet names are replaced by free ones inside the plan
// (see sheetRenames.ts), the host applies it with "pick-free-name", and every renamed sheet is said.

import type { ListId } from "../../engine/catalogue/types";
import { ADDIN_SETTINGS_SHEET } from "../../engine/plan/addinSettings";
import { PlanConflictError } from "../../engine/plan/planError";
import type { WorkbookPlan } from "../../engine/plan/types";
import type { ScoringSettings } from "../../engine/settings";
import type { AppliedSheet } from "../../host/workbookHost";
import { stampWorkbook } from "../../host/stamp";
import type { SessionContext } from "./sessionContext";
import { freeNamesFor, renamePlanSheets } from "./sheetRenames";
import type { ProgressReporter, WriteResult } from "./types";

export async function writeNewSheets(
  context: SessionContext,
  plan: WorkbookPlan,
  stampedWith: { readonly list: ListId; readonly settings: ScoringSettings },
  progress: ProgressReporter,
): Promise<WriteResult> {
  progress("Looking at the sheets the workbook has", 0.2);
  const existing = (await context.host.listSheets()).map((sheet) => sheet.name);
  const placed = renamePlanSheets(plan, freeNamesFor(plan, existing, [ADDIN_SETTINGS_SHEET]));
  progress(`Writing ${placed.sheets.length} sheets`, 0.4);
  let applied: readonly AppliedSheet[];
  try {
    applied = (await context.host.applyPlan(placed, { dialect: context.dialect, existingSheet: "pick-free-name" })).sheets;
  } catch (error) {
    throw friendlyConflict(error);
  }
  progress("Stamping the catalogue version and settings", 0.9);
  await stampWorkbook(context.host, context.stamp(), stampedWith.list, stampedWith.settings);
  progress("Done", 1);
  // The names the plan asked for, before the pane renamed them, are what the user knows.
  const askedFor = new Map(placed.sheets.map((sheet, index) => [sheet.name, plan.sheets[index]?.name ?? sheet.name]));
  const sheets = applied.map((sheet) => ({ ...sheet, planned: askedFor.get(sheet.planned) ?? sheet.planned }));
  return { sheets, notes: renameNotes(sheets) };
}

export function renameNotes(sheets: readonly AppliedSheet[]): string[] {
  return sheets.filter((sheet) => sheet.written !== sheet.planned).map((sheet) => `Your sheet "${sheet.planned}" was kept; the new one is "${sheet.written}".`);
}

// A table or defined name of the contract already in the workbook means it holds an assessment: the
// host refused before changing anything, and the user needs to hear that in words.
function friendlyConflict(error: unknown): unknown {
  if (!(error instanceof PlanConflictError) || error.kind === "sheet") return error;
  const what = error.kind === "table" ? `a table called ${error.conflictingName}` : `the name ${error.conflictingName}`;
  return new Error(`This workbook already has ${what}, so it already holds an assessment; nothing was written. Open a new, empty workbook to start another one. (${error.message})`);
}
