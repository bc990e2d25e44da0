// What the pane shows before it changes anything: the workbook's status, and the problems the
// reader and the scoring find, in the order of the sheets (each one selectable in the workbook).

import { scoreAssessment } from "../../engine/assessment";
import { SHEETS, TABLES } from "../../engine/model/contract";
import { sameName } from "../../engine/plan/names";
import { findTable } from "../../engine/read";
import { inSheetOrder } from "./problemOrder";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, ValidationResult, WorkbookStatus } from "./types";
import { nothingToScore, readWorkbook } from "./workbookReading";

export async function status(context: SessionContext): Promise<WorkbookStatus> {
  const sheets = await context.host.listSheets();
  const { tables, assessment } = await readWorkbook(context.host);
  const has = (name: string): boolean =>
    sheets.some((sheet) => sheet.owned && sameName(sheet.name, name));
  return {
    sheets,
    isAssessment:
      findTable(tables, TABLES.checklist) !== null || findTable(tables, TABLES.indicators) !== null,
    partnershipName:
      assessment === null || assessment.partnership.name === ""
        ? null
        : assessment.partnership.name,
    cities: assessment?.partnership.cities ?? [],
    hasScoreboard: has(SHEETS.scoreboard),
    hasPreviousScoreboard: has(SHEETS.previousScoreboard),
  };
}

export async function validate(
  context: SessionContext,
  progress: ProgressReporter,
): Promise<ValidationResult> {
  const { t } = context.texts();
  progress(t("progress.readingTables"), 0);
  const sheets = await context.host.listSheets();
  const { tables, assessment, problems } = await readWorkbook(context.host);
  if (assessment === null) {
    // The reader's error says which tables are missing; it is the one problem to show.
    progress(t("progress.done"), 1);
    return {
      problems:
        problems.length > 0
          ? problems
          : [{ address: TABLES.checklist, message: nothingToScore(context), severity: "error" }],
      checkedItems: 0,
      checkedIndicatorRows: 0,
    };
  }
  progress(t("progress.checkingScores"), 0.5);
  const scores = scoreAssessment(assessment);
  progress(t("progress.done"), 1);
  return {
    problems: inSheetOrder([...problems, ...scores.problems], sheets, tables),
    checkedItems: assessment.checklist.length,
    checkedIndicatorRows: assessment.indicators.length,
  };
}

export function select(context: SessionContext, address: string): Promise<boolean> {
  return context.host.selectRange(address);
}
