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
import { helpText } from "../texts/help";
import { cliText } from "../texts";
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

export const reportCommand = defineCommand({
  name: "report",
  summary: "summary.report",
  help: (language) => helpText(language, "help.report"),
  options: OPTIONS,
  positionals: ["positional.inputWorkbook"],
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
      if (!report.ok)
        return context.stop([], () =>
          cliText(context.language, report.refusal, { source: basename(input) }),
        );
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
