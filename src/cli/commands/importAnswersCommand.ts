// `c2c import-answers answers.csv --into assessment.xlsx -o out.xlsx`: answers exported by an
// online form (one row per respondent × item) placed into an assessment workbook — new
// respondents get a Checklist column and a Stakeholders row, known ones get their blank cells
// filled, nothing already in the workbook is overwritten — and the result scored as `c2c score`
// scores it, so Item score, Spread and the Scoreboard reflect the new answers.

import { readFile } from "node:fs/promises";
import { scoreAssessment } from "../../engine/assessment";
import {
  IntakeError,
  importAnswersPlan,
  parseAnswersCsv,
  type ImportReport,
  type LineMessage,
} from "../../engine/intake";
import { TABLES } from "../../engine/model/contract";
import type { Problem } from "../../engine/model/types";
import { PlanConflictError } from "../../engine/plan/planError";
import { readAssessment } from "../../engine/read";
import { layoutFromTables } from "../../engine/templates/layout";
import { scoredWorkbookPlan } from "../../engine/templates/scoredWorkbook";
import type { Command } from "../command";
import { errorMessage } from "../errorMessage";
import { EXIT, exitAfterWarnings, type ExitCode } from "../exitCodes";
import { progressOn, type CliIo } from "../io";
import { parseCommandArgs, requireOption, requirePositionals } from "../parseCommandArgs";
import { fileProblem, hasErrors, printProblems } from "../problems";
import { openInput } from "../workbook/openInput";
import { outputProblems } from "../workbook/outputPath";
import { stampOf, stampedPlan } from "../../host/stamp";

const OPTIONS = {
  into: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: c2c import-answers <answers.csv> --into <assessment.xlsx> -o <out.xlsx>
                        [--force] [--strict]

Places checklist answers exported by an online form or survey tool into an assessment
workbook and writes a scored copy. The file has one row per respondent and item, with a
header line naming its columns (case and spaces ignored; other columns are left alone):

  Respondent (or Name)               who answered                          required
  Item ID (or ItemID, or Item)       a checklist item id, e.g. TA1, P2P3   required
  Answer (or Response)               1 to 5, n/a or ?                      required
  Group (or Stakeholder group)       local government, regional government, national
                                     government, civil society, academia, youth, private
                                     sector, donor or financial institution
  Organisation (or Organization)

Comma, semicolon or tab delimited (the header line decides), UTF-8 with or without BOM.
A respondent the workbook does not know gets an answer column on the Checklist (before
Item score) and a row in the Stakeholders table; a known respondent's answers go into
their column's blank cells. An answer already in the workbook is never overwritten.
Every row that cannot be placed (unknown item or group, answer off the scale, a second
different answer, a cell that already holds another answer…) is listed as
"warning: answers.csv line 7: message". The workbook is then scored as c2c score does.
The input files are never modified; the output is written atomically.

Options:
  --into FILE        the assessment workbook to import into (required)
  -o, --output FILE  where to write the workbook with the answers, scored (required)
  --force            overwrite an existing output; write even when the workbook holds parts
                     the output cannot keep (charts, pivot tables, macros…), with a warning
  --strict           exit with code 1 when there were warnings (rows not placed included)
  -h, --help         show this help

Exit codes: 0 imported; 1 imported with warnings under --strict; 2 nothing written
(unreadable file, no checklist table, no row could be placed, refused).
`;

export const importAnswersCommand: Command = {
  name: "import-answers",
  summary: "place a survey tool's answers (CSV) into an assessment and score it",
  help: HELP,
  run: async (argv, io) => {
    const { values, positionals } = parseCommandArgs("import-answers", argv, OPTIONS);
    if (values.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const [answers = ""] = requirePositionals("import-answers", positionals, ["the answers file"]);
    const into = requireOption("import-answers", values.into, "--into");
    const output = requireOption("import-answers", values.output, "-o/--output");
    return importFile(
      { answers, into, output },
      { force: values.force, strict: values.strict },
      io,
    );
  },
};

interface Paths {
  readonly answers: string;
  readonly into: string;
  readonly output: string;
}

async function importFile(
  paths: Paths,
  options: { force: boolean; strict: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const progress = progressOn(io, "import-answers");
  const refused = await outputProblems(paths.output, [paths.answers, paths.into], options.force);
  if (refused.length > 0) return stopped(io, refused);

  progress.step(`reading ${paths.answers}`);
  let text: string;
  try {
    text = await readFile(paths.answers, "utf8");
  } catch (error: unknown) {
    return stopped(io, [fileProblem(paths.answers, `cannot be read: ${errorMessage(error)}`)]);
  }
  const parsed = parseAnswersCsv(text);

  progress.step(`reading ${paths.into}`);
  const opened = await openInput(paths.into, { checkLosses: true, force: options.force });
  if (!opened.ok) return stopped(io, opened.problems);
  const { workbook } = opened;
  const before = await workbook.readTables(Object.values(TABLES));
  let imported: ReturnType<typeof importAnswersPlan>;
  try {
    imported = importAnswersPlan(before, parsed.rows, parsed.rejected);
  } catch (error: unknown) {
    if (error instanceof IntakeError)
      return stopped(io, [...opened.problems, fileProblem(paths.into, error.message)]);
    throw error;
  }
  const { plan, report } = imported;
  const fileWarnings = [
    ...opened.problems,
    ...lineProblems(paths.answers, report.rejected),
    ...lineProblems(paths.answers, report.notes),
  ];
  if (report.answersWritten === 0 && report.answersUnchanged === 0) {
    return stopped(io, [
      ...fileWarnings,
      fileProblem(paths.answers, "no row could be placed (see the lines above)"),
    ]);
  }

  const added = report.respondentsAdded.length;
  progress.step(
    `placing ${report.answersWritten} answers${added === 0 ? "" : ` and ${added} new respondent${added === 1 ? "" : "s"}`}`,
  );
  try {
    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
  } catch (error: unknown) {
    // A table that cannot grow without covering the user's cells: say which file and cells, not
    // the generic "rename your table" a sheet or name conflict gets.
    if (error instanceof PlanConflictError && error.kind === "table")
      return stopped(io, [...fileWarnings, fileProblem(paths.into, error.message)]);
    throw error;
  }

  const tables = await workbook.readTables(Object.values(TABLES));
  const read = readAssessment(tables);
  if (read.assessment === null || hasErrors(read.problems))
    return stopped(io, [...fileWarnings, ...read.problems]);
  const { assessment } = read;
  progress.step(
    `scoring ${assessment.checklist.length} checklist items and ${assessment.indicators.length} indicator rows`,
  );
  const scores = scoreAssessment(assessment);
  const stamp = stampOf(io.now());
  const scored = scoredWorkbookPlan(assessment, scores, layoutFromTables(tables), stamp);
  await workbook.applyPlan(
    stampedPlan(scored, stamp, assessment.partnership.list, scores.settings),
    { dialect: "portable", existingSheet: "replace-owned" },
  );
  progress.step(`writing ${paths.output}`);
  await workbook.save(paths.output, { overwrite: options.force });

  const counts = printProblems(io, [...fileWarnings, ...read.problems, ...scores.problems]);
  io.stdout(
    `${paths.output}: ${summary(report)}; ${counts.warnings} warning${counts.warnings === 1 ? "" : "s"}\n`,
  );
  return exitAfterWarnings(counts.warnings, options.strict);
}

/** "answers.csv line 7" is the address, so the line prints as "warning: answers.csv line 7: message". */
function lineProblems(path: string, messages: readonly LineMessage[]): Problem[] {
  return messages.map((entry) => ({
    address: `${path} line ${entry.line}`,
    message: entry.message,
    severity: "warning",
  }));
}

function stopped(io: CliIo, problems: readonly Problem[]): ExitCode {
  const counts = printProblems(io, problems);
  io.stderr(
    `c2c import-answers: nothing written (${counts.errors} error${counts.errors === 1 ? "" : "s"})\n`,
  );
  return EXIT.stopped;
}

function summary(report: ImportReport): string {
  const added = report.respondentsAdded;
  const respondents = `${added.length} respondent${added.length === 1 ? "" : "s"} added${added.length === 0 ? "" : ` (${added.join(", ")})`}`;
  const unchanged =
    report.answersUnchanged === 0 ? "" : `, ${report.answersUnchanged} already there`;
  const notPlaced = report.rejected.length;
  return `${respondents}, ${report.answersWritten} answer${report.answersWritten === 1 ? "" : "s"} written${unchanged}, ${notPlaced} row${notPlaced === 1 ? "" : "s"} not placed`;
}
