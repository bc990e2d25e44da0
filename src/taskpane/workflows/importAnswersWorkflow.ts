// Import answers: a survey tool's tidy answers file (Respondent, Item ID, Answer, optional Group,
// Organisation) placed into the Checklist — new respondents get their own answer column and a row
// of the stakeholder register — without overwriting any answer the workbook holds. The Scoreboard
// is not rebuilt here: the user reads what was imported, then clicks Refresh.

import { importAnswers as placeAnswers } from "../../app/importAnswers";
import type { SessionContext } from "./sessionContext";
import type { ImportResult, ProgressReporter } from "./types";

export async function importAnswers(
  context: SessionContext,
  csv: string,
  progress: ProgressReporter,
): Promise<ImportResult> {
  const texts = context.texts();
  const { t } = texts;
  progress(t("progress.readingAnswers"), 0);
  // Throws IntakeError, with a message saying what is missing, when there is no checklist to fill.
  const { report } = await placeAnswers(context.host, csv, {
    dialect: context.dialect,
    progress: (step) => {
      if (step.kind === "placing")
        progress(
          texts.count(step.rows, "progress.placingAnswers.one", "progress.placingAnswers.other"),
          0.3,
        );
      else if (step.kind === "writing") progress(t("progress.writingAnswers"), 0.6);
    },
  });
  progress(t("progress.done"), 1);
  const notes = [
    ...report.notes.map((note) => t("import.line", { line: note.line, message: note.message })),
    ...(report.stakeholdersAdded.length === 0
      ? []
      : [t("import.stakeholdersAdded", { names: report.stakeholdersAdded.join(", ") })]),
    ...(report.answersUnchanged === 0
      ? []
      : [texts.count(report.answersUnchanged, "import.unchanged.one", "import.unchanged.other")]),
    ...(report.answersWritten > 0 ? [t("import.refreshNote")] : []),
  ];
  return {
    respondentsAdded: report.respondentsAdded,
    answersWritten: report.answersWritten,
    rejected: report.rejected,
    notes,
  };
}
