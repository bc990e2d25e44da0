// `c2c survey in.xlsx --xlsform -o form.xlsx`: the workbook's checklist as an XLSForm for
// KoboToolbox, ODK or SurveyCTO, so stakeholders can answer on a phone or offline in a workshop.
// The workbook is only read; the form is a new file.

import {
  CATALOGUE_LANGUAGES,
  isCatalogueLanguage,
  type CatalogueLanguage,
} from "../../engine/catalogue/texts";
import { SHEETS } from "../../engine/model/contract";
import { LISTS } from "../../engine/survey";
import { xlsformWorkbook } from "../../xlsxWriter/xlsformWorkbook";
import { writeFileAtomically } from "../../host/xlsx/atomicWrite";
import { defineCommand, nothingWritten } from "../commandRunner";
import { fileProblem } from "../problems";
import { UsageError } from "../usageError";
import { readScored } from "../workbook/readScored";

const OPTIONS = {
  xlsform: { type: "boolean", default: false },
  lang: { type: "string", default: CATALOGUE_LANGUAGES.join(",") },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
} as const;

const HELP = `Usage: c2c survey <in.xlsx> --xlsform -o form.xlsx [--lang en,fr,es] [--force] [--strict]

Writes the workbook's checklist (its own items, custom ones included) as an XLSForm,
the spreadsheet KoboToolbox, ODK Collect and SurveyCTO turn into a questionnaire that
works offline. Upload form.xlsx to your survey tool (KoboToolbox: Projects › New ›
Upload an XLSForm); uploading is also the real check of the form.

The form asks each respondent's name, stakeholder group, organisation and partner
city, then every item, one group per principle (answers 1–5, n/a, ? don't know).
Its form_id stays the same for the partnership; its version changes whenever an item,
a label or a city changes, so a survey tool can tell an updated form apart.

Options:
  --xlsform          write an XLSForm (the one questionnaire format so far)
  --lang LIST        the form's languages, comma-separated, the first the form's
                     default: en, fr, es (default en,fr,es). Custom items keep
                     their own wording in every language and are listed on stderr
  -o, --output FILE  the form to write (.xlsx)
  --force            overwrite an existing FILE
  --strict           exit with code 1 when the checklist had warnings
  -h, --help         show this help
`;

/** The languages `--lang` asks for, in its order, each once. */
function formLanguages(list: string): CatalogueLanguage[] {
  const asked = [
    ...new Set(
      list
        .split(",")
        .map((code) => code.trim().toLowerCase())
        .filter((code) => code !== ""),
    ),
  ];
  if (asked.length === 0)
    throw new UsageError("--lang needs a language, e.g. --lang en,fr,es", "survey");
  const unknown = asked.filter((code) => !isCatalogueLanguage(code));
  if (unknown.length > 0)
    throw new UsageError(
      `no questionnaire in ${unknown.join(", ")}: the checklist is written in ${CATALOGUE_LANGUAGES.join(", ")}`,
      "survey",
    );
  return asked.filter(isCatalogueLanguage);
}

export const surveyCommand = defineCommand({
  name: "survey",
  summary: "summary.survey",
  help: () => HELP,
  options: OPTIONS,
  positionals: ["the input workbook"],
  required: ["output"],
  run: async ({ values, positionals: [input = ""] }, context) => {
    const { output, force, strict } = values;
    if (!values.xlsform) throw context.usage("say which questionnaire to write: --xlsform");
    const languages = formLanguages(values.lang);
    if (await context.outputRefused(output, [input], force)) return context.stop([]);
    const scored = await readScored(input, { forWriting: false });
    if (!scored.ok) return context.stop(scored.problems, nothingWritten);
    // Only what concerns the questionnaire: the indicators' problems do not change a question.
    const checklistSheet = scored.assessment.sheets?.checklist ?? SHEETS.checklist;
    context.report(
      scored.problems.filter((problem) => problem.address.startsWith(`${checklistSheet}!`)),
    );
    if (scored.assessment.checklist.length === 0)
      return context.stop([
        fileProblem(
          input,
          "has no checklist items, and the questionnaire asks the Checklist's items",
        ),
      ]);
    const { form, bytes } = await xlsformWorkbook(scored.assessment, languages);
    await writeFileAtomically(output, bytes, { overwrite: force });
    const items = form.survey.filter((row) => row.type === `select_one ${LISTS.answer}`).length;
    const groups = form.survey.filter((row) => row.type === "begin_group").length;
    context.io.stderr(
      `wrote ${output}: ${items} items in ${groups} principle groups, form ${form.settings.formId} version ${form.settings.version}\n`,
    );
    for (const [id, name] of Object.entries(form.renamedItems))
      context.io.stderr(
        `note: item ${id} is the question ${name} (a form's names cannot hold its characters)\n`,
      );
    if (form.untranslatedItems.length > 0)
      context.io.stderr(
        `note: untranslated: ${form.untranslatedItems.join(", ")} keep the workbook's own wording in every language (custom or reworded items have no catalogue translation)\n`,
      );
    return context.finish(strict);
  },
});
