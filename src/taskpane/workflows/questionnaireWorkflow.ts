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

export const NO_LANGUAGE = "Tick at least one language for the questionnaire.";
export const NO_ITEMS =
  "The workbook's checklist has no items, and the questionnaire asks the checklist's items: create an assessment or load the sample first.";

/** Throws an Error with a plain sentence when no language is ticked or the checklist is empty. */
export async function questionnaire(
  context: SessionContext,
  languages: readonly CatalogueLanguage[],
  progress: ProgressReporter,
): Promise<QuestionnaireResult> {
  if (languages.length === 0) throw new Error(NO_LANGUAGE);
  progress("Reading the checklist", 0);
  const { assessment } = await readScoredWorkbook(context.host);
  if (assessment.checklist.length === 0) throw new Error(NO_ITEMS);
  progress("Writing the questionnaire", 0.5);
  const { form, bytes } = await xlsformWorkbook(assessment, languages);
  const items = form.survey.filter((row) => row.type === `select_one ${LISTS.answer}`).length;
  const groups = form.survey.filter((row) => row.type === "begin_group").length;
  const names = form.languages.map((language) => language.name).join(", ");
  progress("Done", 1);
  return {
    file: {
      kind: "file",
      fileName: publishedFileName(assessment.partnership.name, "questionnaire.xlsx"),
      mimeType: XLSX_MIME_TYPE,
      content: bytes,
      description: `An XLSForm with ${items} items in ${groups} principle groups, in ${names} (form ${form.settings.formId}, version ${form.settings.version}). Upload it to KoboToolbox (Projects › New › Upload an XLSForm) or ODK Central: the upload is the real check of the form.`,
    },
    notes: [
      ...Object.entries(form.renamedItems).map(
        ([id, name]) =>
          `Item ${id} is the question ${name}: a form's names cannot hold its characters.`,
      ),
      ...(form.untranslatedItems.length === 0
        ? []
        : [
            `Untranslated: ${form.untranslatedItems.join(", ")} keep the workbook's own wording in every language (custom or reworded items have no catalogue translation).`,
          ]),
    ],
  };
}
