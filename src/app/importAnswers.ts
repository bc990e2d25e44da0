// Import answers: a survey tool's answers placed into the Checklist — the long layout (one row per
// respondent × item) or a wide export (one row per submission: KoboToolbox, ODK, Microsoft Forms,
// Google Forms), recognised by content — new respondents get an answer column and a Stakeholders
// row, known ones their blank cells filled, nothing the workbook holds overwritten, and the
// submissions placed recorded on the add-in's hidden sheet so a re-import adds nothing twice.
// Scoring the result is the caller's next step (the runner scores at once through writeScores;
// the pane leaves it to Refresh). The file itself is read by the host (host/xlsx/exportSheets.ts).

import {
  importAnswersSource,
  type AnswersSource,
  type ImportReport,
} from "../engine/importAnswers";
import type { Phrase } from "../engine/language/problemTexts";
import type { FormulaDialect } from "../engine/plan/types";
import type { WorkbookHost } from "../host/workbookHost";
import { CONTRACT_TABLES } from "./scoredReading";

export interface AnswersWrite {
  readonly dialect: FormulaDialect;
  readonly progress?: (step: AnswersStep) => void;
}

export type AnswersStep =
  | { readonly kind: "placing"; readonly rows: number; readonly layout: "long" | "wide" }
  | { readonly kind: "placed"; readonly report: ImportReport }
  /** Only when the file changes the workbook. */
  | { readonly kind: "writing" };

export type AnswersImported =
  | {
      readonly ok: true;
      readonly report: ImportReport;
      /** At least one answer could be placed or was already there as the file gives it. */
      readonly anyPlaced: boolean;
    }
  /**
   * The file holds no column an answer could come from; nothing was written. `reason` says why,
   * for the place that shows it to render in its language; `message` is it in English.
   */
  | { readonly ok: false; readonly message: string; readonly reason: Phrase };

/**
 * Throws IntakeError (the workbook has no checklist to fill) and PlanConflictError (a table cannot
 * grow without covering the user's cells) before changing anything.
 */
export async function importAnswers(
  host: WorkbookHost,
  source: AnswersSource,
  write: AnswersWrite,
): Promise<AnswersImported> {
  const tables = await host.readTables(CONTRACT_TABLES);
  const settings = await host.readAddinData();
  const imported = importAnswersSource(tables, source, settings);
  if (!imported.ok) return imported;
  write.progress?.({ kind: "placing", rows: imported.rows, layout: imported.layout });
  const { plan, report } = imported;
  const anyPlaced = report.answersWritten > 0 || report.answersUnchanged > 0;
  write.progress?.({ kind: "placed", report });
  const changes =
    (plan.tableEdits?.length ?? 0) +
    (plan.edits?.length ?? 0) +
    Object.keys(plan.settings ?? {}).length;
  if (changes > 0) {
    write.progress?.({ kind: "writing" });
    await host.applyPlan(plan, { dialect: write.dialect, existingSheet: "fail" });
  }
  return { ok: true, report, anyPlaced };
}
