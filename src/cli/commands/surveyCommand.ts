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
import { helpText } from "../texts/help";
import { defineCommand, nothingWritten } from "../commandRunner";
import { cliProblem } from "../problems";
import { cliText, countedIn, type CliTextKey } from "../texts";
import { UsageError } from "../usageError";
import { readScored } from "../workbook/readScored";

const OPTIONS = {
  xlsform: { type: "boolean", default: false },
  lang: { type: "string", default: CATALOGUE_LANGUAGES.join(",") },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
} as const;

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
  if (asked.length === 0) throw new UsageError("usage.surveyLang", {}, "survey");
  const unknown = asked.filter((code) => !isCatalogueLanguage(code));
  if (unknown.length > 0)
    throw new UsageError(
      "usage.surveyNoQuestionnaire",
      { languages: unknown.join(", "), catalogue: CATALOGUE_LANGUAGES.join(", ") },
      "survey",
    );
  return asked.filter(isCatalogueLanguage);
}

export const surveyCommand = defineCommand({
  name: "survey",
  summary: "summary.survey",
  help: (language) => helpText(language, "help.survey"),
  options: OPTIONS,
  positionals: ["positional.inputWorkbook"],
  required: ["output"],
  run: async ({ values, positionals: [input = ""] }, context) => {
    const { output, force, strict } = values;
    if (!values.xlsform) throw context.usage("usage.xlsform");
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
      return context.stop([cliProblem(input, "survey.noItems")]);
    const { form, bytes } = await xlsformWorkbook(scored.assessment, languages);
    await writeFileAtomically(output, bytes, { overwrite: force });
    const items = form.survey.filter((row) => row.type === `select_one ${LISTS.answer}`).length;
    const groups = form.survey.filter((row) => row.type === "begin_group").length;
    const { language } = context;
    const say = (key: CliTextKey, parameters: Record<string, string | number>): void => {
      context.io.stderr(`${cliText(language, key, parameters)}\n`);
    };
    say("survey.wrote", {
      output,
      items: countedIn(language, items, "survey.itemsOne", "survey.itemsMany"),
      groups: countedIn(language, groups, "survey.groupsOne", "survey.groupsMany"),
      formId: form.settings.formId,
      version: form.settings.version,
    });
    for (const [id, name] of Object.entries(form.renamedItems)) say("survey.renamed", { id, name });
    if (form.untranslatedItems.length > 0)
      say("survey.untranslated", { items: form.untranslatedItems.join(", ") });
    return context.finish(strict);
  },
});
