// Import answers: a survey tool's answers file — the long layout (Respondent, Item ID, Answer,
// optional Group, Organisation) or a wide export (KoboToolbox, ODK, Microsoft Forms, Google
// Forms), CSV or .xlsx, recognised by content — placed into the Checklist: new respondents get
// their own answer column and a row of the stakeholder register, without overwriting any answer
// the workbook holds. The Scoreboard is not rebuilt here: the user reads what was imported, then
// clicks Refresh.

import { importAnswers as placeAnswers } from "../../app/importAnswers";
import { ImportAnswersError } from "../../engine/importAnswers";
import { phraseText } from "../../engine/language/problemTexts";
import { readAnswersFile } from "../../host/xlsx/exportSheets";
import { placedMessage } from "../texts/placedMessage";
import type { SessionContext } from "./sessionContext";
import type { ImportResult, ProgressReporter } from "./types";

/** Throws an Error with a plain sentence when the file cannot be read or holds no answers. */
export async function importAnswers(
  context: SessionContext,
  bytes: Uint8Array,
  progress: ProgressReporter,
): Promise<ImportResult> {
  const texts = context.texts();
  const { t } = texts;
  progress(t("progress.readingAnswers"), 0);
  const file = await readAnswersFile(bytes);
  if (!file.ok)
    throw new Error(t("import.cannotRead", { reason: phraseText(texts.language, file.reason) }));
  const imported = await placeAnswers(context.host, file.source, {
    dialect: context.dialect,
    progress: (step) => {
      if (step.kind === "placing")
        progress(
          texts.count(step.rows, "progress.placingAnswers.one", "progress.placingAnswers.other"),
          0.3,
        );
      else if (step.kind === "writing") progress(t("progress.writingAnswers"), 0.6);
    },
  }).catch((error: unknown) => {
    // No checklist to fill: the sentence saying what is missing, in the pane's language.
    if (error instanceof ImportAnswersError)
      throw new Error(phraseText(texts.language, error.reason));
    throw error;
  });
  if (!imported.ok)
    throw new Error(
      t("import.cannotImport", { message: phraseText(texts.language, imported.reason) }),
    );
  const { report } = imported;
  progress(t("progress.done"), 1);
  const seen = report.submissionsSeenBefore;
  const notes = [
    ...report.notes.map((note) => placedMessage(texts, note)),
    ...(report.stakeholdersAdded.length === 0
      ? []
      : [t("import.stakeholdersAdded", { names: report.stakeholdersAdded.join(", ") })]),
    ...(report.answersUnchanged === 0
      ? []
      : [texts.count(report.answersUnchanged, "import.unchanged.one", "import.unchanged.other")]),
    ...(seen === 0 ? [] : [texts.count(seen, "import.seenBefore.one", "import.seenBefore.other")]),
    ...(report.answersWritten > 0 ? [t("import.refreshNote")] : []),
  ];
  return {
    respondentsAdded: report.respondentsAdded,
    answersWritten: report.answersWritten,
    rejected: report.rejected,
    notes,
  };
}
