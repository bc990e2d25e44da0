// Writing a whole new assessment (an empty one, or the sample) into the open workbook without
// touching anything of the user's: the app's create writes with "pick-free-name" (a clashing sheet
// is written under a free name, and the plan's formulas follow it), and every renamed sheet is said.

import type { NewWorkbookWrite, NewWorkbookWritten } from "../../app/writeNewWorkbook";
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
          progress(`Writing ${step.sheets} sheets`, 0.4);
        },
      })
    ).sheets;
  } catch (error) {
    throw friendlyConflict(error);
  }
  progress("Done", 1);
  return { sheets, notes: renameNotes(sheets) };
}

export function renameNotes(sheets: readonly AppliedSheet[]): string[] {
  return sheets
    .filter((sheet) => sheet.written !== sheet.planned)
    .map((sheet) => `Your sheet "${sheet.planned}" was kept; the new one is "${sheet.written}".`);
}

// A table or defined name of the contract already in the workbook means it holds an assessment: the
// host refused before changing anything, and the user needs to hear that in words.
function friendlyConflict(error: unknown): unknown {
  if (!(error instanceof PlanConflictError) || error.kind === "sheet") return error;
  const what =
    error.kind === "table"
      ? `a table called ${error.conflictingName}`
      : `the name ${error.conflictingName}`;
  return new Error(
    `This workbook already has ${what}, so it already holds an assessment; nothing was written. Open a new, empty workbook to start another one. (${error.message})`,
  );
}
