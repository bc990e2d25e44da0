// Import answers: a survey tool's tidy answers file (Respondent, Item ID, Answer, optional Group,
// Organisation) placed into the Checklist — new respondents get their own answer column and a row
// of the stakeholder register — without overwriting any answer the workbook holds. The Scoreboard
// is not rebuilt here: the user reads what was imported, then clicks Refresh.

import { importAnswers as placeAnswers } from "../../app/importAnswers";
import type { SessionContext } from "./sessionContext";
import type { ImportResult, ProgressReporter } from "./types";

export const REFRESH_NOTE =
  "The Scoreboard is not updated yet: click Refresh to score the imported answers.";

export async function importAnswers(
  context: SessionContext,
  csv: string,
  progress: ProgressReporter,
): Promise<ImportResult> {
  progress("Reading the answers file", 0);
  // Throws IntakeError, with a message saying what is missing, when there is no checklist to fill.
  const { report } = await placeAnswers(context.host, csv, {
    dialect: context.dialect,
    progress: (step) => {
      if (step.kind === "placing") progress(`Placing ${step.rows} answers`, 0.3);
      else if (step.kind === "writing") progress("Writing the answers", 0.6);
    },
  });
  progress("Done", 1);
  const notes = [
    ...report.notes.map((note) => `Line ${note.line}: ${note.message}`),
    ...(report.stakeholdersAdded.length === 0
      ? []
      : [`Added to the stakeholder register: ${report.stakeholdersAdded.join(", ")}.`]),
    ...(report.answersUnchanged === 0
      ? []
      : [
          `${report.answersUnchanged} answers were already in the workbook as the file gives them.`,
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
