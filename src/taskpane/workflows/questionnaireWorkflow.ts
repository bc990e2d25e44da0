// Create → Questionnaire for survey tools: the open workbook's checklist (custom items included) as
// the XLSForm `c2c survey --xlsform` writes (the same function: xlsformWorkbook), in the languages
// the user ticks, offered as an .xlsx to save and upload to KoboToolbox or ODK Central.

import type { CatalogueLanguage } from "../../engine/catalogue/texts";
import { LISTS } from "../../engine/survey";
import { XLSX_MIME_TYPE } from "../../xlsxWriter/valuesWorkbook";
import { xlsformWorkbook } from "../../xlsxWriter/xlsformWorkbook";
import { publishedFileName } from "./publishNames";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, QuestionnaireResult } from "./types";
import { readScoredWorkbook } from "./workbookReading";

/** Throws an Error with a plain sentence when no language is ticked or the checklist is empty. */
export async function questionnaire(
  context: SessionContext,
  languages: readonly CatalogueLanguage[],
  progress: ProgressReporter,
): Promise<QuestionnaireResult> {
  const texts = context.texts();
  const { t } = texts;
  if (languages.length === 0) throw new Error(t("questionnaire.noLanguage"));
  progress(t("progress.readingChecklist"), 0);
  const { assessment } = await readScoredWorkbook(context);
  if (assessment.checklist.length === 0) throw new Error(t("questionnaire.noItems"));
  progress(t("progress.writingQuestionnaire"), 0.5);
  const { form, bytes } = await xlsformWorkbook(assessment, languages);
  const items = form.survey.filter((row) => row.type === `select_one ${LISTS.answer}`).length;
  const groups = form.survey.filter((row) => row.type === "begin_group").length;
  const languageNames: Readonly<Record<CatalogueLanguage, string>> = {
    en: t("questionnaire.in.en"),
    fr: t("questionnaire.in.fr"),
    es: t("questionnaire.in.es"),
  };
  progress(t("progress.done"), 1);
  return {
    file: {
      kind: "file",
      fileName: publishedFileName(assessment.partnership.name, "questionnaire.xlsx"),
      mimeType: XLSX_MIME_TYPE,
      content: bytes,
      description: t("questionnaire.description", {
        items: texts.count(items, "questionnaire.items.one", "questionnaire.items.other"),
        groups: texts.count(groups, "questionnaire.groups.one", "questionnaire.groups.other"),
        languages: languages.map((language) => languageNames[language]).join(", "),
        formId: form.settings.formId,
        version: form.settings.version,
      }),
    },
    notes: [
      ...Object.entries(form.renamedItems).map(([id, name]) =>
        t("questionnaire.renamedItem", { id, name }),
      ),
      ...(form.untranslatedItems.length === 0
        ? []
        : [t("questionnaire.untranslated", { items: form.untranslatedItems.join(", ") })]),
    ],
  };
}
