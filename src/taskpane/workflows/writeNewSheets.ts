// Writing a whole new assessment (an empty one, or the sample) into the open workbook without
// touching anything of the user's: the app's create writes with "pick-free-name" (a clashing sheet
// is written under a free name, and the plan's formulas follow it), and every renamed sheet is said.

import type { NewWorkbookWrite, NewWorkbookWritten } from "../../app/writeNewWorkbook";
import { phraseText } from "../../engine/language/problemTexts";
import { PlanConflictError } from "../../engine/plan/planError";
import type { AppliedSheet } from "../../host/workbookHost";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, WriteResult } from "./types";

export async function writeNewSheets(
  context: SessionContext,
  create: (write: NewWorkbookWrite) => Promise<NewWorkbookWritten>,
  progress: ProgressReporter,
): Promise<WriteResult> {
  let sheets: readonly AppliedSheet[];
  try {
    sheets = (
      await create({
        dialect: context.dialect,
        existingSheet: "pick-free-name",
        stamp: context.stamp(),
        progress: (step) => {
          progress(context.texts().t("progress.writingSheets", { count: step.sheets }), 0.4);
        },
      })
    ).sheets;
  } catch (error) {
    throw friendlyConflict(context, error);
  }
  progress(context.texts().t("progress.done"), 1);
  return { sheets, notes: renameNotes(context, sheets) };
}

export function renameNotes(context: SessionContext, sheets: readonly AppliedSheet[]): string[] {
  const { t } = context.texts();
  return sheets
    .filter((sheet) => sheet.written !== sheet.planned)
    .map((sheet) => t("write.renamed", { planned: sheet.planned, written: sheet.written }));
}

// A table or defined name of the contract already in the workbook means it holds an assessment: the
// host refused before changing anything, and the user needs to hear that in words.
function friendlyConflict(context: SessionContext, error: unknown): unknown {
  if (!(error instanceof PlanConflictError) || error.kind === "sheet") return error;
  const { t, language } = context.texts();
  const detail = phraseText(language, error.sentence);
  const parameters = { name: error.conflictingName, detail };
  return new Error(
    error.kind === "table"
      ? t("write.conflictTable", parameters)
      : t("write.conflictName", parameters),
  );
}
