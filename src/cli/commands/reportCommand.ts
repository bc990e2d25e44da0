// `c2c report in.xlsx --json|--csv|--html|--open-sdg [-o FILE]`: the workbook's scores as data or as
// a page to publish, to standard output unless a file is given; `--stakeholders` the stakeholder view
// (as text, --json or --csv); `--values -o FILE` the values-only copy of the scoreboard the pane's
// Publish → "Values-only workbook" builds. Everything printed follows the privacy rule (no respondent's name,
// organisation or single answers). The workbook is only read, so parts ExcelJS cannot keep do not matter here.
// The renderings are the app's publish (src/app/publish.ts), as the pane's Publish makes them.

import { basename } from "node:path";
import { publish } from "../../app/publish";
import { readProgramme } from "../../app/programmeReading";
import { stampOf } from "../../host/stamp";
import { valuesCopyWorkbook } from "../../xlsxWriter/valuesCopyWorkbook";
import { writeFileAtomically } from "../../host/xlsx/atomicWrite";
import { defineCommand } from "../commandRunner";
import { chooseReport } from "../report/reportFormat";
import { commandLanguage, LANG_OPTION } from "../language";
import { programmeReport } from "../report/programmeReport";
import { openForReading } from "../workbook/openInput";
import { scoredInput } from "../workbook/readScored";

const OPTIONS = {
  json: { type: "boolean", default: false },
  csv: { type: "boolean", default: false },
  html: { type: "boolean", default: false },
  "open-sdg": { type: "boolean", default: false },
  values: { type: "boolean", default: false },
  stakeholders: { type: "boolean", default: false },
  delimiter: { type: "string" },
  "decimal-comma": { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  ...LANG_OPTION,
} as const;

const HELP = `Usage: c2c report <in.xlsx> (--json | --csv | --html | --open-sdg) [-o FILE]
                 [--delimiter ";"] [--decimal-comma] [--force] [--strict]
       c2c report <in.xlsx> --stakeholders [--json | --csv] [-o FILE]
       c2c report <in.xlsx> --values -o FILE [--force] [--strict]

Scores a workbook and prints its results as data or as a page to publish, without
writing a workbook. A programme workbook (written by c2c consolidate, recognised by its
C2C_Programme table) gives the programme's report: --json, --csv or --html of both
components across the partnerships (principles; goals, EC objectives, overall SDG
index). Respondents' privacy: no output shows a respondent's name, organisation or
single answers. Results per stakeholder group appear only for groups of at least
"Minimum group size" respondents (Settings; default 3), smaller groups are merged and
the output says so; an item's score and spread appear only when at least that many
answers back it.

  --json      everything the Scoreboard shows (principles, alignment, item scores,
              indicator scores, goal and objective indices per city and year, trends,
              strengths and priorities, coverage, actions), respondents per stakeholder
              group, with provenance and the problems found (names left out)
  --csv       one tidy table, a row per measure: section, id, name, city, year, score,
              out_of_100, band, coverage, trend, note
  --html      one self-contained HTML page (inline charts, no external requests) for
              screen and print: principle radar, SDG bars per city, trends, the method
              (end and worst values and their basis, bands, coverage) and the provenance
  --open-sdg  the SDG numbers as one long CSV in the Open SDG tidy layout: Indicator,
              Series, Year, City, Units, Value (observed values, indicator scores,
              goal, EC objective and overall indices)
  --stakeholders  the stakeholder view: respondents per stakeholder group (missing
              groups called out), principle scores per group, contested items with
              how many gave each answer, the share of actions addressing stakeholder
              input; as text, or with --json or --csv
  --values    a values-only copy of the scoreboard for people without the add-in
              (-o FILE needed, an .xlsx): the Scoreboard, the checklist without the
              respondents' columns and the indicators, every cell a value, no formula;
              the same file as the task pane's Publish → "Values-only workbook"

CSV locale (--csv and --open-sdg):
  --delimiter D      "," (default), ";" or tab
  --decimal-comma    write 2,5 instead of 2.5; needs --delimiter ";" or tab
  Text cells starting with = + - @, tab or carriage return get a leading ' so a
  spreadsheet does not run them as formulas; numbers stay numbers.

Options:
  --lang en|fr|es    the language of the --html page (default: the workbook's own: a
                     partnership's Settings row Language, the language a programme
                     workbook was consolidated in). JSON, CSV and Open SDG CSV keep
                     their columns, ids and tokens in every language; a programme's
                     JSON and CSV also give their names, notes and messages in it
  -o, --output FILE  write to FILE instead of standard output (needed for --values)
  --force            overwrite an existing FILE
  --strict           exit with code 1 when there were warnings
  -h, --help         show this help
`;

export const reportCommand = defineCommand({
  name: "report",
  summary: "summary.report",
  help: () => HELP,
  options: OPTIONS,
  positionals: ["the input workbook"],
  required: [],
  run: async ({ values, positionals: [input = ""] }, context) => {
    const { output, force, strict } = values;
    const request = chooseReport(values);
    if (output !== undefined && (await context.outputRefused(output, [input], force)))
      return context.stop([]);

    const opened = await openForReading(input);
    if (!opened.ok) return context.stop(opened.problems);
    const language =
      values.lang === undefined ? undefined : commandLanguage(values.lang, context.io, "report");
    const programme = await readProgramme(opened.workbook, basename(input));
    if (programme !== null) {
      const report = programmeReport(
        programme,
        request,
        basename(input),
        context.io.now(),
        language,
      );
      if (!report.ok) return context.stop([], () => report.message);
      context.report([...opened.problems, ...programme.problems]);
      if (output !== undefined)
        await writeFileAtomically(output, new TextEncoder().encode(report.text), {
          overwrite: force,
        });
      else context.io.stdout(report.text);
      return context.finish(strict);
    }
    const scored = await scoredInput(opened.workbook, opened.problems);
    if (!scored.ok) return context.stop(scored.problems);
    context.report(scored.problems);
    const now = context.io.now();
    const published = await publish(scored, request, {
      source: input,
      now,
      stamp: stampOf(now),
      valuesCopy: valuesCopyWorkbook,
      ...(language === undefined ? {} : { language }),
    });
    const bytes =
      published.kind === "values" ? published.copy.bytes : new TextEncoder().encode(published.text);
    if (output !== undefined) await writeFileAtomically(output, bytes, { overwrite: force });
    else if (published.kind === "text") context.io.stdout(published.text);
    return context.finish(strict);
  },
});
