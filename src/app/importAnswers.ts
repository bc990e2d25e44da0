// Import answers: a survey tool's tidy answers (one row per respondent × item) placed into the
// Checklist — new respondents get an answer column and a Stakeholders row, known ones their blank
// cells filled, nothing the workbook holds overwritten. Scoring the result is the caller's next
// step (the runner scores at once through writeScores; the pane leaves it to Refresh).

import { importAnswersPlan, parseAnswersCsv, type ImportReport } from "../engine/importAnswers";
import type { FormulaDialect } from "../engine/plan/types";
import type { WorkbookHost } from "../host/workbookHost";
import { CONTRACT_TABLES } from "./scoredReading";

export interface AnswersWrite {
  readonly dialect: FormulaDialect;
  readonly progress?: (step: AnswersStep) => void;
}

export type AnswersStep =
  | { readonly kind: "placing"; readonly rows: number }
  | { readonly kind: "placed"; readonly report: ImportReport }
  /** Only when the file changes the workbook. */
  | { readonly kind: "writing" };

export interface AnswersImported {
  readonly report: ImportReport;
  /** At least one answer could be placed or was already there as the file gives it. */
  readonly anyPlaced: boolean;
}

/**
 * Throws IntakeError (the workbook has no checklist to fill) and PlanConflictError (a table cannot
 * grow without covering the user's cells) before changing anything.
 */
export async function importAnswers(
  host: WorkbookHost,
  csv: string,
  write: AnswersWrite,
): Promise<AnswersImported> {
  const parsed = parseAnswersCsv(csv);
  write.progress?.({ kind: "placing", rows: parsed.rows.length });
  const tables = await host.readTables(CONTRACT_TABLES);
  const { plan, report } = importAnswersPlan(tables, parsed.rows, parsed.rejected);
  const anyPlaced = report.answersWritten > 0 || report.answersUnchanged > 0;
  write.progress?.({ kind: "placed", report });
  const changes = (plan.tableEdits?.length ?? 0) + (plan.edits?.length ?? 0);
  if (changes > 0) {
    write.progress?.({ kind: "writing" });
    await host.applyPlan(plan, { dialect: write.dialect, existingSheet: "fail" });
  }
  return { report, anyPlaced };
}
