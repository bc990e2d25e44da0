// `c2c score in.xlsx -o out.xlsx`: read, validate, fill the computed columns of the input tables
// (Item score, Spread, Score…) with their formulas and values, build or rebuild the Scoreboard, and
// write the result to a new file. Problems in the data are warnings; the workbook is still scored.

import { layoutFromTables } from "../../engine/templates/layout";
import { scoredWorkbookPlan } from "../../engine/templates/scoredWorkbook";
import type { Command } from "../command";
import { EXIT, exitAfterWarnings, type ExitCode } from "../exitCodes";
import { fivePoint, hundred } from "../../engine/publish/html/numbers";
import { progressOn, type CliIo } from "../io";
import { parseCommandArgs, requireOption, requirePositionals } from "../parseCommandArgs";
import { printProblems } from "../problems";
import { outputProblems } from "../workbook/outputPath";
import { readScored } from "../workbook/readScored";
import { stampOf, stampedPlan } from "../../host/stamp";

const OPTIONS = {
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: c2c score <in.xlsx> -o <out.xlsx> [--force] [--strict]

Scores a workbook that follows the workbook contract (tables C2C_Checklist and/or
C2C_Indicators, optionally C2C_Partnership, C2C_Settings, C2C_Stakeholders, C2C_Actions)
and writes a copy with the computed columns filled (Item score, Spread, Score) and the
Scoreboard sheet built or rebuilt, every number as a formula with its value.

Problems in the data (text in a value cell, an answer off the scale, an unknown code…)
are listed as "Sheet!Cell: message" warnings and treated as missing. The input file is
never modified; the output is written atomically.

Options:
  -o, --output FILE  where to write the scored workbook (required)
  --force            overwrite an existing output; write even when the input holds parts
                     the output cannot keep (charts, pivot tables, macros…), with a warning
  --strict           exit with code 1 when there were warnings
  -h, --help         show this help

Exit codes: 0 scored; 1 scored with warnings under --strict; 2 nothing written
(unreadable input, no checklist and no indicator table, refused).
`;

export const scoreCommand: Command = {
  name: "score",
  summary: "score a workbook and write a copy with the Scoreboard",
  help: HELP,
  run: async (argv, io) => {
    const { values, positionals } = parseCommandArgs("score", argv, OPTIONS);
    if (values.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const [input = ""] = requirePositionals("score", positionals, ["the input workbook"]);
    const output = requireOption("score", values.output, "-o/--output");
    return scoreFile(input, output, { force: values.force, strict: values.strict }, io);
  },
};

async function scoreFile(
  input: string,
  output: string,
  options: { force: boolean; strict: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const progress = progressOn(io, "score");
  const refused = await outputProblems(output, [input], options.force);
  if (refused.length > 0) {
    printProblems(io, refused);
    return EXIT.stopped;
  }
  progress.step(`reading ${input}`);
  const scored = await readScored(input, { forWriting: true, force: options.force });
  const counts = printProblems(io, scored.problems);
  if (!scored.ok) {
    io.stderr(
      `c2c score: nothing written (${counts.errors} error${counts.errors === 1 ? "" : "s"})\n`,
    );
    return EXIT.stopped;
  }
  const { workbook, assessment, scores, tables } = scored;
  progress.step(
    `scoring ${assessment.checklist.length} checklist items and ${assessment.indicators.length} indicator rows`,
  );
  const stamp = stampOf(io.now());
  const plan = stampedPlan(
    scoredWorkbookPlan(assessment, scores, layoutFromTables(tables), stamp),
    stamp,
    assessment.partnership.list,
    scores.settings,
  );
  await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "replace-owned" });
  progress.step(`writing ${output}`);
  await workbook.save(output, { overwrite: options.force });

  const alignment = scores.alignment;
  const cities = scores.cities
    .map((city) => `${city.city} ${hundred(city.overall.index)} (${city.latestYear})`)
    .join(", ");
  io.stdout(
    `${output}: ${assessment.partnership.name}: alignment ${fivePoint(alignment.score)}${alignment.band === null ? "" : ` (${alignment.band})`}` +
      `${cities === "" ? "" : `; SDG index ${cities}`}; ${counts.warnings} warning${counts.warnings === 1 ? "" : "s"}\n`,
  );
  return exitAfterWarnings(counts.warnings, options.strict);
}
