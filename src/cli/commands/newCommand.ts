// `c2c new -o out.xlsx --name … --cities … --years … --respondents …`: an empty assessment workbook
// from the templates, every checklist item and a row per listed indicator × city × year, ready to
// fill in (in Excel, or by another tool following the workbook contract). The workbook is built by
// the app's create (src/app/writeNewWorkbook.ts), as the pane's Create assessment builds it.

import { createAssessment } from "../../app/writeNewWorkbook";
import type { ListId } from "../../engine/catalogue/types";
import { TemplateError } from "../../engine/templates/templateError";
import { stampOf } from "../../host/stamp";
import { PackageWorkbook } from "../../host/ooxml/packageWorkbook";
import { defineCommand } from "../commandRunner";
import { helpText } from "../texts/help";
import { EXIT } from "../exitCodes";
import { commandLanguage, LANG_OPTION } from "../language";
import { UsageError } from "../usageError";
import { cliText, countedIn } from "../texts";
import { tokenIn } from "../../engine/language";

const OPTIONS = {
  output: { type: "string", short: "o" },
  name: { type: "string" },
  cities: { type: "string" },
  countries: { type: "string" },
  years: { type: "string" },
  list: { type: "string", default: "simplified" },
  respondents: { type: "string" },
  "start-year": { type: "string" },
  force: { type: "boolean", default: false },
  ...LANG_OPTION,
} as const;

export const newCommand = defineCommand({
  name: "new",
  summary: "summary.new",
  help: (language) => helpText(language, "help.new"),
  options: OPTIONS,
  positionals: [],
  required: ["output", "years", "name", "cities", "respondents"],
  run: async ({ values }, context) => {
    const { output, force } = values;
    const list = listOf(values.list);
    const language = commandLanguage(values.lang, context.io, "new");
    const years = yearsOf(values.years);
    const startYear =
      values["start-year"] === undefined ? undefined : yearOf(values["start-year"], "--start-year");
    if (await context.outputRefused(output, [], force)) return context.stop([]);

    const stamp = stampOf(context.io.now());
    const workbook = PackageWorkbook.create();
    let created: Awaited<ReturnType<typeof createAssessment>>;
    try {
      created = await createAssessment(
        workbook,
        {
          partnershipName: values.name,
          cities: commaList(values.cities),
          countries: values.countries === undefined ? [] : commaList(values.countries),
          years,
          list,
          respondents: commaList(values.respondents),
          stamp,
          language,
          ...(startYear === undefined ? {} : { startYear }),
        },
        { dialect: "portable", existingSheet: "fail", stamp },
      );
    } catch (error: unknown) {
      // The templates refuse options they cannot build (one city, a blank respondent…) with a
      // TemplateError whose message says what to change: on the command line, a usage error.
      if (error instanceof TemplateError)
        throw context.usage("usage.newRefused", { detail: { phrase: error.sentence } });
      throw error;
    }
    const { assessment } = created;
    context.progress.step("progress.writing", { file: output });
    await workbook.save(output, { overwrite: force });
    context.io.stdout(
      `${cliText(context.language, "newSummary", {
        output,
        partnership: assessment.partnership.name,
        items: assessment.checklist.length,
        respondents: countedIn(
          context.language,
          assessment.respondents.length,
          "count.respondentOne",
          "count.respondentMany",
        ),
        indicators: assessment.indicators.length,
        list: tokenIn(context.language, "list", list),
      })}\n`,
    );
    return EXIT.ok;
  },
});

function commaList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function listOf(text: string): ListId {
  if (text === "simplified" || text === "long") return text;
  throw new UsageError("usage.list", { value: text }, "new");
}

function yearOf(text: string, flag: string): number {
  const year = Number(text.trim());
  if (!/^\d{4}$/.test(text.trim()) || !Number.isInteger(year))
    throw new UsageError("usage.year", { flag, value: text }, "new");
  return year;
}

/** "2022-2024" → [2022, 2023, 2024]; "2020,2022" → [2020, 2022]. */
export function yearsOf(text: string): number[] {
  const range = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  if (range !== null) {
    const first = Number(range[1]);
    const last = Number(range[2]);
    if (last < first) throw new UsageError("usage.yearsBackwards", { value: text }, "new");
    if (last - first > 50) throw new UsageError("usage.yearsTooMany", { value: text }, "new");
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  }
  return commaList(text).map((part) => yearOf(part, "--years"));
}
