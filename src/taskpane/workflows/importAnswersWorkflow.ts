// Import answers: a survey tool's answers file — the long layout (Respondent, Item ID, Answer,
// optional Group, Organisation) or a wide export (KoboToolbox, ODK, Microsoft Forms, Google
// Forms), CSV or .xlsx, recognised by content — placed into the Checklist: new respondents get
// their own answer column and a row of the stakeholder register, without overwriting any answer
// the workbook holds. The Scoreboard is not rebuilt here: the user reads what was imported, then
// clicks Refresh.

import { importAnswers as placeAnswers } from "../../app/importAnswers";
import { readAnswersFile } from "../../host/xlsx/exportSheets";
import type { SessionContext } from "./sessionContext";
import type { ImportResult, ProgressReporter } from "./types";

export const REFRESH_NOTE =
  "The Scoreboard is not updated yet: click Refresh to score the imported answers.";

/** Throws an Error with a plain sentence when the file cannot be read or holds no answers. */
export async function importAnswers(
  context: SessionContext,
  bytes: Uint8Array,
  progress: ProgressReporter,
): Promise<ImportResult> {
  progress("Reading the answers file", 0);
  const file = await readAnswersFile(bytes);
  if (!file.ok) throw new Error(`The answers file cannot be read: ${file.reason}.`);
  // Throws IntakeError, with a message saying what is missing, when there is no checklist to fill.
  const imported = await placeAnswers(context.host, file.source, {
    dialect: context.dialect,
    progress: (step) => {
      if (step.kind === "placing") progress(`Placing ${step.rows} answers`, 0.3);
      else if (step.kind === "writing") progress("Writing the answers", 0.6);
    },
  });
  if (!imported.ok) throw new Error(`The answers file cannot be imported: ${imported.message}.`);
  const { report } = imported;
  progress("Done", 1);
  const seen = report.submissionsSeenBefore;
  const notes = [
    ...report.notes.map((note) => `${note.place ?? `Line ${note.line}`}: ${note.message}`),
    ...(report.stakeholdersAdded.length === 0
      ? []
      : [`Added to the stakeholder register: ${report.stakeholdersAdded.join(", ")}.`]),
    ...(report.answersUnchanged === 0
      ? []
      : [
          `${report.answersUnchanged} answers were already in the workbook as the file gives them.`,
        ]),
    ...(seen === 0
      ? []
      : [
          `${seen} submission${seen === 1 ? " was" : "s were"} imported before: only their blank answers were filled.`,
        ]),
    ...(report.answersWritten > 0 ? [REFRESH_NOTE] : []),
  ];
  return {
    respondentsAdded: report.respondentsAdded,
    answersWritten: report.answersWritten,
    rejected: report.rejected,
    notes,
  };
}
