// `c2c import-answers answers.csv --into assessment.xlsx -o out.xlsx`: answers exported by an
// online form (one row per respondent × item) placed into an assessment workbook — new
// respondents get a Checklist column and a Stakeholders row, known ones get their blank cells
// filled, nothing already in the workbook is overwritten — and the result scored as `c2c score`
// scores it, so Item score, Spread and the Scoreboard reflect the new answers. The placing and the
// scoring are the app's (src/app), as the pane's Import and Refresh do them.

import { readFile } from "node:fs/promises";
import { importAnswers } from "../../app/importAnswers";
import { readScored } from "../../app/scoredReading";
import { writeScores } from "../../app/writeScores";
import {
  ImportAnswersError,
  type ImportReport,
  type LineMessage,
} from "../../engine/importAnswers";
import type { Problem } from "../../engine/model/types";
import { PlanConflictError } from "../../engine/plan/planError";
import { stampOf } from "../../host/stamp";
import { defineCommand, nothingWritten } from "../commandRunner";
import { errorMessage } from "../errorMessage";
import { fileProblem } from "../problems";
import { openForWriting } from "../workbook/openInput";

const OPTIONS = {
  into: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
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

export const importAnswersCommand = defineCommand({
  name: "import-answers",
  summary: "place a survey tool's answers (CSV) into an assessment and score it",
  help: HELP,
  options: OPTIONS,
  positionals: ["the answers file"],
  required: ["into", "output"],
  run: async ({ values, positionals: [answers = ""] }, context) => {
    const { into, output, force, strict } = values;
    const stop = (problems: readonly Problem[]) => context.stop(problems, nothingWritten);
    if (await context.outputRefused(output, [answers, into], force)) return context.stop([]);

    context.progress.step(`reading ${answers}`);
    let text: string;
    try {
      text = await readFile(answers, "utf8");
    } catch (error: unknown) {
      return stop([fileProblem(answers, `cannot be read: ${errorMessage(error)}`)]);
    }

    context.progress.step(`reading ${into}`);
    const opened = await openForWriting(into, { force });
    if (!opened.ok) return stop(opened.problems);
    const { workbook } = opened;
    const fileWarnings = (report: ImportReport | null): Problem[] => [
      ...opened.problems,
      ...lineProblems(answers, report?.rejected ?? []),
      ...lineProblems(answers, report?.notes ?? []),
    ];
    let placed: ImportReport | null = null;
    let imported: Awaited<ReturnType<typeof importAnswers>>;
    try {
      imported = await importAnswers(workbook, text, {
        dialect: "portable",
        progress: (step) => {
          if (step.kind !== "placed") return;
          placed = step.report;
          if (!placedAny(step.report)) return;
          const added = step.report.respondentsAdded.length;
          context.progress.step(
            `placing ${step.report.answersWritten} answers${added === 0 ? "" : ` and ${added} new respondent${added === 1 ? "" : "s"}`}`,
          );
        },
      });
    } catch (error: unknown) {
      // A table that cannot grow without covering the user's cells: say which file and cells, not
      // the generic "rename your table" a sheet or name conflict gets.
      if (
        error instanceof ImportAnswersError ||
        (error instanceof PlanConflictError && error.kind === "table")
      )
        return stop([...fileWarnings(placed), fileProblem(into, error.message)]);
      throw error;
    }
    const { report } = imported;
    if (!imported.anyPlaced)
      return stop([
        ...fileWarnings(report),
        fileProblem(answers, "no row could be placed (see the lines above)"),
      ]);

    const scored = await readScored(workbook);
    if (!scored.ok) return stop([...fileWarnings(report), ...scored.problems]);
    const { assessment } = scored;
    context.progress.step(
      `scoring ${assessment.checklist.length} checklist items and ${assessment.indicators.length} indicator rows`,
    );
    const stamp = stampOf(context.io.now());
    await writeScores(workbook, scored, { dialect: "portable", stamp, previous: "none" });
    context.progress.step(`writing ${output}`);
    await workbook.save(output, { overwrite: force });

    const counts = context.report([...fileWarnings(report), ...scored.problems]);
    context.io.stdout(
      `${output}: ${summary(report)}; ${counts.warnings} warning${counts.warnings === 1 ? "" : "s"}\n`,
    );
    return context.finish(strict);
  },
});

function placedAny(report: ImportReport): boolean {
  return report.answersWritten > 0 || report.answersUnchanged > 0;
}

/** "answers.csv line 7" is the address, so the line prints as "warning: answers.csv line 7: message". */
function lineProblems(path: string, messages: readonly LineMessage[]): Problem[] {
  return messages.map((entry) => ({
    address: `${path} line ${entry.line}`,
    message: entry.message,
    severity: "warning",
  }));
}

function summary(report: ImportReport): string {
  const added = report.respondentsAdded;
  const respondents = `${added.length} respondent${added.length === 1 ? "" : "s"} added${added.length === 0 ? "" : ` (${added.join(", ")})`}`;
  const unchanged =
    report.answersUnchanged === 0 ? "" : `, ${report.answersUnchanged} already there`;
  const notPlaced = report.rejected.length;
  return `${respondents}, ${report.answersWritten} answer${report.answersWritten === 1 ? "" : "s"} written${unchanged}, ${notPlaced} row${notPlaced === 1 ? "" : "s"} not placed`;
}
