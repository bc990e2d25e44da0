// `c2c import-answers answers.csv --into assessment.xlsx -o out.xlsx`: answers exported by an
// online form or survey tool (one row per respondent × item, or a wide export of KoboToolbox, ODK,
// Microsoft Forms or Google Forms, CSV or .xlsx) placed into an assessment workbook — new
// respondents get a Checklist column and a Stakeholders row, known ones get their blank cells
// filled, nothing already in the workbook is overwritten — and the result scored as `c2c score`
// scores it, so Item score, Spread and the Scoreboard reflect the new answers. The placing and the
// scoring are the app's (src/app), as the pane's Import and Refresh do them.

import { readFile } from "node:fs/promises";
import { readAnswersFile } from "../../host/xlsx/exportSheets";
import { importAnswers } from "../../app/importAnswers";
import { readScored } from "../../app/scoredReading";
import { writeScores } from "../../app/writeScores";
import {
  ImportAnswersError,
  type ImportReport,
  type LineMessage,
} from "../../engine/importAnswers";
import { placeText } from "../../engine/importAnswers/answersPlace";
import type { Language } from "../../engine/language";
import { phrase, phraseText, problemAt } from "../../engine/language/problemTexts";
import type { Problem } from "../../engine/model/types";
import { PlanConflictError } from "../../engine/plan/planError";
import { stampOf } from "../../host/stamp";
import { defineCommand, nothingWritten } from "../commandRunner";
import { errorMessage } from "../errorMessage";
import { LANG_OPTION } from "../language";
import { fileProblem } from "../problems";
import { openForEditing } from "../workbook/openInput";
import { outputKindProblem } from "../workbook/outputKind";

const OPTIONS = {
  into: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  ...LANG_OPTION,
} as const;

const HELP = `Usage: c2c import-answers <answers.csv|.xlsx> --into <assessment.xlsx> -o <out.xlsx>
                        [--force] [--strict] [--lang en|fr|es]

Places checklist answers exported by a survey tool into an assessment workbook and writes
a scored copy. The file is recognised by its content, not its name: CSV (comma, semicolon,
tab or | delimited, UTF-8 with or without BOM) or an .xlsx workbook (its first sheet with
answers), in either layout:

Wide: one row per submission, one column per question, as KoboToolbox, ODK, Microsoft
  Forms and Google Forms export them. Item columns are headed by the question name of the
  form c2c survey --xlsform wrote ("TA1", "TA/TA1", "checklist.TA.TA1") or by a question
  text that starts with the item ID ("TA1. The partnership..."); answers are 1 to 5, n/a,
  ?, the choice names na and dk, or the choices' labels in English, French or Spanish
  ("3 – Partly in place"). The respondent's name, stakeholder group, organisation and city
  come from the form's own questions (or Forms' Name column). Metadata, device data,
  geolocation and e-mail addresses are never read. Each submission's id (Kobo _uuid, Forms
  ID) is recorded in the workbook, so importing the same export again adds nothing twice;
  anonymous replies become the respondents "Anonymous 1", "Anonymous 2"... in the
  workbook's language ("Anonyme 1" in French, "Anónimo 1" in Spanish).

Long: one row per respondent and item, with a header line naming its columns (case and
  spaces ignored; other columns are left alone):

  Respondent (or Name)               who answered                          required
  Item ID (or ItemID, or Item)       a checklist item id, e.g. TA1, P2P3   required
  Answer (or Response)               1 to 5, n/a or ?                      required
  Group (or Stakeholder group)       local government, regional government, national
                                     government, civil society, academia, youth, private
                                     sector, donor or financial institution
  Organisation (or Organization)

A respondent the workbook does not know gets an answer column on the Checklist (before
Item score) and a row in the Stakeholders table; a known respondent's answers go into
their column's blank cells. An answer already in the workbook is never overwritten.
Every row or cell that cannot be placed (unknown item or group, answer off the scale, a
second different answer, a cell that already holds another answer…) is listed as
"warning: answers.csv line 7: message" (or "answers.xlsx Form!D7: message"). The
workbook is then scored as c2c score does. Everything else in the workbook is kept as
it was: your own sheets, charts, pivot tables, images, comments, macros (a macro
workbook .xlsm is written as .xlsm). New respondent columns move the cells to their
right; when a chart, pivot table, comment, another sheet's formula or a defined name
reads those cells, nothing is written and the part is named. The input files are never
modified; the output is written atomically.

Options:
  --into FILE        the assessment workbook to import into (required)
  -o, --output FILE  where to write the workbook with the answers, scored (required)
  --force            overwrite an existing output
  --strict           exit with code 1 when there were warnings (rows not placed included)
  --lang en|fr|es    the language of its messages (default: from LANG, else en)
  -h, --help         show this help

Exit codes: 0 imported; 1 imported with warnings under --strict; 2 nothing written
(unreadable file, no checklist table, no column of answers, no row could be placed, refused).
`;

export const importAnswersCommand = defineCommand({
  name: "import-answers",
  summary: "summary.importAnswers",
  help: () => HELP,
  options: OPTIONS,
  positionals: ["the answers file"],
  required: ["into", "output"],
  run: async ({ values, positionals: [answers = ""] }, context) => {
    const { into, output, force, strict } = values;
    const stop = (problems: readonly Problem[]) => context.stop(problems, nothingWritten);
    if (await context.outputRefused(output, [answers, into], force)) return context.stop([]);

    context.progress.step(`reading ${answers}`);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(answers);
    } catch (error: unknown) {
      return stop([fileProblem(answers, `cannot be read: ${errorMessage(error)}`)]);
    }
    const file = await readAnswersFile(bytes);
    if (!file.ok)
      return stop([
        { ...fileProblem(answers, `cannot be read: ${file.reason}`), cause: file.detail },
      ]);

    context.progress.step(`reading ${into}`);
    const opened = await openForEditing(into);
    if (!opened.ok) return stop(opened.problems);
    const { workbook } = opened;
    const kind = outputKindProblem(output, workbook.isMacroWorkbook());
    if (kind !== undefined) return stop([...opened.problems, kind]);
    const fileWarnings = (report: ImportReport | null): Problem[] => [
      ...opened.problems,
      ...lineProblems(answers, report?.rejected ?? [], context.language),
      ...lineProblems(answers, report?.notes ?? [], context.language),
    ];
    let placed: ImportReport | null = null;
    let imported: Awaited<ReturnType<typeof importAnswers>>;
    try {
      imported = await importAnswers(workbook, file.source, {
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
        return stop([
          ...fileWarnings(placed),
          error instanceof ImportAnswersError
            ? problemAt(into, "error", error.reason)
            : fileProblem(into, error.message),
        ]);
      throw error;
    }
    if (!imported.ok)
      return stop([...opened.problems, problemAt(answers, "error", imported.reason)]);
    const { report } = imported;
    if (!imported.anyPlaced)
      return stop([
        ...fileWarnings(report),
        problemAt(answers, "error", phrase("answers.nothingPlaced")),
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
    const kept = workbook.keptSummary();
    if (kept !== undefined) context.io.stdout(`${output}: ${kept}\n`);
    return context.finish(strict);
  },
});

function placedAny(report: ImportReport): boolean {
  return report.answersWritten > 0 || report.answersUnchanged > 0;
}

/**
 * "answers.csv line 7" (or "answers.xlsx Form!D7", "answers.xlsx Form row 7") in the CLI's
 * language is the address, so the line prints as "warning: answers.csv line 7: message".
 */
function lineProblems(
  path: string,
  messages: readonly LineMessage[],
  language: Language,
): Problem[] {
  return messages.map((entry) =>
    problemAt(
      entry.place === undefined
        ? phraseText(language, phrase("answers.fileLine", { file: path, line: entry.line }))
        : `${path} ${placeText(entry.place, language)}`,
      "warning",
      entry.reason,
    ),
  );
}

function summary(report: ImportReport): string {
  const added = report.respondentsAdded;
  const respondents = `${added.length} respondent${added.length === 1 ? "" : "s"} added${added.length === 0 ? "" : ` (${added.join(", ")})`}`;
  const unchanged =
    report.answersUnchanged === 0 ? "" : `, ${report.answersUnchanged} already there`;
  const seen = report.submissionsSeenBefore;
  const before = seen === 0 ? "" : `, ${seen} submission${seen === 1 ? "" : "s"} imported before`;
  const notPlaced = report.rejected.length;
  return `${respondents}, ${report.answersWritten} answer${report.answersWritten === 1 ? "" : "s"} written${unchanged}${before}, ${notPlaced} row${notPlaced === 1 ? "" : "s"} not placed`;
}
