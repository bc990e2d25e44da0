// Refresh: score the workbook again and rebuild only what the add-in owns — the Scoreboard and the
// computed columns of the input tables — as `c2c score` does, in the live dialect inside Excel
// (which also turns the runner's portable formulas into C2C.* ones). Office.js edits clear Excel's
// undo history, so the apply keeps the former Scoreboard as "Scoreboard (previous)" (keepPrevious).

import { SHEETS } from "../../engine/model/contract";
import { sameName } from "../../engine/plan/names";
import type { SheetInfo } from "../../host/workbookHost";
import { layoutFromTables, scoredWorkbookPlan } from "../../engine/templates";
import { stampedPlan } from "../../host/stamp";
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
      keptPrevious = SHEETS.previousScoreboard;
    }
  }

  progress("Building the scoreboard", 0.5);
  const stamp = context.stamp();
  const plan = stampedPlan(
    scoredWorkbookPlan(assessment, scores, layoutFromTables(tables), stamp),
    stamp,
    assessment.partnership.list,
    scores.settings,
  );
  progress("Writing the scoreboard and the computed columns", 0.7);
  // A refused apply writes nothing, so the former Scoreboard is then still where it was.
  const report = await context.host.applyPlan(plan, {
    dialect: context.dialect,
    existingSheet: "replace-owned",
    keepPrevious: keptPrevious !== null,
  });
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
