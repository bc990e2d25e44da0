// `c2c import-answers answers.csv --into assessment.xlsx -o out.xlsx`: answers exported by an
// online form or survey tool (one row per respondent × item, or a wide export of KoboToolbox, ODK,
// Microsoft Forms or Google Forms, CSV or .xlsx) placed into an assessment workbook — new
// respondents get a Checklist column and a Stakeholders row, known ones get their blank cells
// filled, nothing already in the workbook is overwritten — and the result scored as `c2c score`
// scores it, so Item score, Spread and the Scoreboard reflect the new answers. The placing and the
// scoring are the app's (src/app), as the pane's Import and Refresh do them.

import { readFile } from "node:fs/promises";
import { readAnswersFile } from "../../host/xlsx/exportSheets";
import { NODE_INFLATER } from "../../host/xlsx/preflightInflateNode";
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
import type { MessageParameters } from "../../engine/language/messageText";
import { phrase, phraseText, problemAt } from "../../engine/language/problemTexts";
import type { Problem } from "../../engine/model/types";
import { PlanConflictError } from "../../engine/plan/planError";
import { stampOf } from "../../host/stamp";
import { defineCommand, nothingWritten } from "../commandRunner";
import { helpText } from "../texts/help";
import { cliText, warningCount, type CliTextKey } from "../texts";
import { errorMessage } from "../errorMessage";
import { LANG_OPTION } from "../language";
import { fileSystemReason, unreadableInput } from "../workbook/fileSystemReason";
import { openForEditing } from "../workbook/openInput";
import { outputKindProblem } from "../workbook/outputKind";
import { keptLine } from "../keptLine";

const OPTIONS = {
  into: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  ...LANG_OPTION,
} as const;

export const importAnswersCommand = defineCommand({
  name: "import-answers",
  summary: "summary.importAnswers",
  help: (language) => helpText(language, "help.importAnswers"),
  options: OPTIONS,
  positionals: ["positional.answersFile"],
  required: ["into", "output"],
  run: async ({ values, positionals: [answers = ""] }, context) => {
    const { into, output, force, strict } = values;
    const stop = (problems: readonly Problem[]) => context.stop(problems, nothingWritten);
    if (await context.outputRefused(output, [answers, into], force)) return context.stop([]);

    context.progress.step("progress.reading", { file: answers });
    let bytes: Uint8Array;
    try {
      bytes = await readFile(answers);
    } catch (error: unknown) {
      return stop([unreadableInput(answers, fileSystemReason(error), errorMessage(error))]);
    }
    const file = await readAnswersFile(bytes, NODE_INFLATER);
    if (!file.ok) return stop([unreadableInput(answers, file.reason, file.detail)]);

    context.progress.step("progress.reading", { file: into });
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
          const answers = step.report.answersWritten;
          if (added === 0) context.progress.step("progress.placing", { answers });
          else if (added === 1) context.progress.step("progress.placingNewOne", { answers });
          else context.progress.step("progress.placingNewMany", { answers, added });
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
            : problemAt(into, "error", error.sentence),
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
    context.progress.step("progress.scoring", {
      items: assessment.checklist.length,
      indicators: assessment.indicators.length,
    });
    const stamp = stampOf(context.io.now());
    await writeScores(workbook, scored, { dialect: "portable", stamp, previous: "none" });
    context.progress.step("progress.writing", { file: output });
    await workbook.save(output, { overwrite: force });

    const counts = context.report([...fileWarnings(report), ...scored.problems]);
    const { language } = context;
    context.io.stdout(
      `${cliText(language, "importSummary", {
        output,
        summary: summary(report, language),
        warnings: warningCount(language, counts.warnings),
      })}\n`,
    );
    const kept = keptLine(language, output, workbook.keptParts());
    if (kept !== undefined) context.io.stdout(`${kept}\n`);
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

/** "2 respondents added (Ana, Luis), 12 answers written, 3 already there, 0 rows not placed", in the language. */
function summary(report: ImportReport, language: Language): string {
  const text = (key: CliTextKey, parameters?: MessageParameters): string =>
    cliText(language, key, parameters);
  const counted = (count: number, one: CliTextKey, many: CliTextKey): string =>
    count === 1 ? text(one) : text(many, { count });
  const added = report.respondentsAdded;
  const names = added.join(", ");
  const respondents =
    added.length === 1
      ? text("importRespondentsOne", { names })
      : text("importRespondentsMany", {
          count: added.length,
          names: added.length === 0 ? "" : ` (${names})`,
        });
  const unchanged =
    report.answersUnchanged === 0
      ? ""
      : text("importUnchanged", { count: report.answersUnchanged });
  const seen = report.submissionsSeenBefore;
  const before = seen === 0 ? "" : counted(seen, "importBeforeOne", "importBeforeMany");
  return [
    respondents,
    counted(report.answersWritten, "importWrittenOne", "importWrittenMany"),
    unchanged,
    before,
    counted(report.rejected.length, "importNotPlacedOne", "importNotPlacedMany"),
  ].join("");
}
