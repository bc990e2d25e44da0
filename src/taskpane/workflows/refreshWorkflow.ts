// Refresh: score the workbook again and rebuild only what the add-in owns — the Scoreboard and the
// computed columns of the input tables — as `c2c score` does, in the live dialect inside Excel
// (which also turns the runner's portable formulas into C2C.* ones). Office.js edits clear Excel's
// undo history, so the former Scoreboard is first kept as "Scoreboard (previous)".

import { SHEETS } from "../../engine/model/contract";
import { sameName } from "../../engine/plan/names";
import type { SheetInfo } from "../../host/workbookHost";
import { layoutFromTables, scoredWorkbookPlan } from "../../engine/templates";
import { stampWorkbook } from "../../host/stamp";
import { inSheetOrder } from "./problemOrder";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, RefreshResult } from "./types";
import { readScoredWorkbook } from "./workbookReading";
import { renameNotes } from "./writeNewSheets";

export async function refresh(
  context: SessionContext,
  progress: ProgressReporter,
): Promise<RefreshResult> {
  progress("Reading the tables", 0);
  const { tables, assessment, scores, problems } = await readScoredWorkbook(context.host);
  progress("Scoring", 0.3);
  const sheets = await context.host.listSheets();
  const scoreboard = find(sheets, SHEETS.scoreboard);
  if (scoreboard !== undefined && !scoreboard.owned) {
    throw new Error(
      `The sheet "${scoreboard.name}" is one of yours (the add-in did not make it), so the scoreboard cannot be rebuilt there; nothing was changed. Rename your sheet and refresh again.`,
    );
  }

  const notes: string[] = [];
  let keptPrevious: string | null = null;
  if (scoreboard !== undefined) {
    const previous = find(sheets, SHEETS.previousScoreboard);
    if (previous !== undefined && !previous.owned) {
      notes.push(
        `Your sheet "${previous.name}" was left as it is, so the former scoreboard was not kept this time.`,
      );
    } else {
      progress(`Keeping the former scoreboard as "${SHEETS.previousScoreboard}"`, 0.4);
      await context.host.keepOwnedSheetAs(scoreboard.name, SHEETS.previousScoreboard);
      keptPrevious = SHEETS.previousScoreboard;
    }
  }

  progress("Building the scoreboard", 0.5);
  const stamp = context.stamp();
  const plan = scoredWorkbookPlan(assessment, scores, layoutFromTables(tables), stamp);
  progress("Writing the scoreboard and the computed columns", 0.7);
  let report;
  try {
    report = await context.host.applyPlan(plan, {
      dialect: context.dialect,
      existingSheet: "replace-owned",
    });
  } catch (error) {
    if (keptPrevious === null || !(error instanceof Error)) throw error;
    throw new Error(`${error.message} The former scoreboard is kept as "${keptPrevious}".`, {
      cause: error,
    });
  }
  await stampWorkbook(context.host, stamp, assessment.partnership.list, scores.settings);
  progress("Done", 1);
  return {
    sheets: report.sheets,
    notes: [...notes, ...renameNotes(report.sheets)],
    keptPrevious,
    scores,
    problems: inSheetOrder(problems, sheets, tables),
  };
}

function find(sheets: readonly SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((sheet) => sameName(sheet.name, name));
}
