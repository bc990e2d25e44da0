// `c2c new -o out.xlsx --name … --cities … --years … --respondents …`: an empty assessment workbook
// from the templates, every checklist item and a row per listed indicator × city × year, ready to
// fill in (in Excel, or by another tool following the workbook contract).

import type { ListId } from "../../engine/catalogue/types";
import type { Assessment } from "../../engine/model/types";
import type { WorkbookPlan } from "../../engine/plan/types";
import {
  newAssessment,
  newAssessmentPlan,
  type NewAssessmentOptions,
} from "../../engine/templates/newAssessment";
import { TemplateError } from "../../engine/templates/templateError";
import { XlsxWorkbook } from "../../host/xlsx/xlsxWorkbook";
import type { Command } from "../command";
import { EXIT } from "../exitCodes";
import { progressOn } from "../io";
import { parseCommandArgs, requireOption, requirePositionals } from "../parseCommandArgs";
import { printProblems } from "../problems";
import { UsageError } from "../usageError";
import { outputProblems } from "../workbook/outputPath";
import { stampOf, stampedPlan } from "../../host/stamp";

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
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: c2c new -o <out.xlsx> --name NAME --cities A,B --years 2022-2024
               --respondents "Name 1,Name 2" [--countries X,Y] [--list simplified|long]
               [--start-year YEAR] [--force]

Writes an empty assessment workbook: About, Settings, Checklist (one answer column per
respondent, with 1–5 / n/a / ? drop-downs), Stakeholders, Indicators (a row for every
indicator of the list × city × year, worst and end values from the catalogue), Actions
and the Scoreboard.

Options:
  -o, --output FILE     where to write the workbook (required)
  --name NAME           the partnership's name (required)
  --cities A,B          two or more partner cities, comma separated (required)
  --years Y1-Y2|Y1,Y2   the years of indicator data, a range or a list (required)
  --respondents A,B     who answers the checklist, comma separated (required)
  --countries X,Y       the cities' countries, comma separated
  --list LIST           simplified (default) or long
  --start-year YEAR     the partnership's start year (default: the first year)
  --force               overwrite an existing output
  -h, --help            show this help
`;

export const newCommand: Command = {
  name: "new",
  summary: "write an empty assessment workbook from the templates",
  help: HELP,
  run: async (argv, io) => {
    const { values, positionals } = parseCommandArgs("new", argv, OPTIONS);
    if (values.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    requirePositionals("new", positionals, []);
    const output = requireOption("new", values.output, "-o/--output");
    const list = listOf(values.list);
    const years = yearsOf(requireOption("new", values.years, "--years"));
    const startYear =
      values["start-year"] === undefined ? undefined : yearOf(values["start-year"], "--start-year");
    const refused = await outputProblems(output, [], values.force);
    if (refused.length > 0) {
      printProblems(io, refused);
      return EXIT.stopped;
    }

    const progress = progressOn(io, "new");
    const stamp = stampOf(io.now());
    const options: NewAssessmentOptions = {
      partnershipName: requireOption("new", values.name, "--name"),
      cities: commaList(requireOption("new", values.cities, "--cities")),
      countries: values.countries === undefined ? [] : commaList(values.countries),
      years,
      list,
      respondents: commaList(requireOption("new", values.respondents, "--respondents")),
      stamp,
      ...(startYear === undefined ? {} : { startYear }),
    };
    const { assessment, plan } = templated(options);
    const workbook = XlsxWorkbook.create();
    await workbook.applyPlan(stampedPlan(plan, stamp, list, assessment.settings), {
      dialect: "portable",
      existingSheet: "fail",
    });
    progress.step(`writing ${output}`);
    await workbook.save(output, { overwrite: values.force });
    io.stdout(
      `${output}: ${assessment.partnership.name}: ${assessment.checklist.length} checklist items × ${assessment.respondents.length} respondents, ` +
        `${assessment.indicators.length} indicator rows (${list} list)\n`,
    );
    return EXIT.ok;
  },
};

// The templates refuse options they cannot build (one city, a blank respondent…) with a
// TemplateError whose message says what to change: on the command line, that is a usage error.
function templated(options: NewAssessmentOptions): { assessment: Assessment; plan: WorkbookPlan } {
  try {
    return { assessment: newAssessment(options), plan: newAssessmentPlan(options) };
  } catch (error: unknown) {
    if (error instanceof TemplateError) throw new UsageError(error.message, "new");
    throw error;
  }
}

function commaList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function listOf(text: string): ListId {
  if (text === "simplified" || text === "long") return text;
  throw new UsageError(`--list must be simplified or long, not "${text}"`, "new");
}

function yearOf(text: string, flag: string): number {
  const year = Number(text.trim());
  if (!/^\d{4}$/.test(text.trim()) || !Number.isInteger(year))
    throw new UsageError(`${flag} takes a four-digit year, not "${text}"`, "new");
  return year;
}

/** "2022-2024" → [2022, 2023, 2024]; "2020,2022" → [2020, 2022]. */
export function yearsOf(text: string): number[] {
  const range = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  if (range !== null) {
    const first = Number(range[1]);
    const last = Number(range[2]);
    if (last < first) throw new UsageError(`--years ${text}: the range runs backwards`, "new");
    if (last - first > 50) throw new UsageError(`--years ${text}: more than 50 years`, "new");
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  }
  return commaList(text).map((part) => yearOf(part, "--years"));
}
