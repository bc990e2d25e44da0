// `c2c report in.xlsx --json|--csv [-o FILE]`: the workbook's scores as data, to standard output
// unless a file is given. The workbook is only read, so parts ExcelJS cannot keep do not matter here.

import { CATALOGUE_VERSION } from "../../engine/catalogue";
import { PRODUCT_NAME, PRODUCT_VERSION } from "../../engine/templates/provenance";
import { writeFileAtomically } from "../../host/xlsx/atomicWrite";
import type { Command } from "../command";
import { EXIT, exitAfterWarnings } from "../exitCodes";
import { parseCommandArgs, requirePositionals } from "../parseCommandArgs";
import { printProblems } from "../problems";
import { reportCsv } from "../report/reportCsv";
import { reportJson } from "../report/reportJson";
import { UsageError } from "../usageError";
import { outputProblems } from "../workbook/outputPath";
import { readScored } from "../workbook/readScored";

const OPTIONS = {
  json: { type: "boolean", default: false },
  csv: { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: c2c report <in.xlsx> (--json | --csv) [-o FILE] [--force] [--strict]

Scores a workbook and prints its results as data, without writing a workbook.

  --json      everything the Scoreboard shows (principles, alignment, indicator scores,
              goal and objective indices per city and year, trends, strengths and
              priorities, coverage, actions), with provenance and the problems found
  --csv       one tidy table, a row per measure: section, id, name, city, year, score,
              out_of_100, band, coverage, trend, note

Options:
  -o, --output FILE  write to FILE instead of standard output
  --force            overwrite an existing FILE
  --strict           exit with code 1 when there were warnings
  -h, --help         show this help
`;

export const reportCommand: Command = {
  name: "report",
  summary: "print a workbook's scores as JSON or CSV",
  help: HELP,
  run: async (argv, io) => {
    const { values, positionals } = parseCommandArgs("report", argv, OPTIONS);
    if (values.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const [input = ""] = requirePositionals("report", positionals, ["the input workbook"]);
    if (values.json === values.csv) throw new UsageError("choose one format: --json or --csv", "report");
    const output = values.output;
    if (output !== undefined) {
      const refused = await outputProblems(output, [input], values.force);
      if (refused.length > 0) {
        printProblems(io, refused);
        return EXIT.stopped;
      }
    }

    const scored = await readScored(input, { forWriting: false, force: values.force });
    const counts = printProblems(io, scored.problems);
    if (!scored.ok) return EXIT.stopped;
    const text = values.json
      ? reportJson(
          { source: input, product: `${PRODUCT_NAME} ${PRODUCT_VERSION}`, catalogueVersion: CATALOGUE_VERSION, generatedAt: io.now().toISOString() },
          scored.assessment,
          scored.scores,
          scored.problems,
        )
      : reportCsv(scored.scores);
    if (output === undefined) io.stdout(text);
    else await writeFileAtomically(output, new TextEncoder().encode(text), { overwrite: values.force });
    return exitAfterWarnings(counts.warnings, values.strict);
  },
};
