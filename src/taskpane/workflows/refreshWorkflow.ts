// Refresh: score the workbook again and rebuild only what the add-in owns — the Scoreboard and the
// computed columns of the input tables — with the app's writeScores, as `c2c score` does, in the
// live dialect inside Excel (which also turns the runner's portable formulas into C2C.* ones).
// Office.js edits clear Excel's undo history, so the apply keeps the former Scoreboard as
// "Scoreboard (previous)" (keepPrevious).

import { UserScoreboardError, writeScores } from "../../app/writeScores";
import { inSheetOrder } from "./problemOrder";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, RefreshResult } from "./types";
import { readScoredWorkbook } from "./workbookReading";
import { renameNotes } from "./writeNewSheets";

export async function refresh(
  context: SessionContext,
  progress: ProgressReporter,
): Promise<RefreshResult> {
  const { t } = context.texts();
  progress(t("progress.readingTables"), 0);
  const scored = await readScoredWorkbook(context);
  progress(t("progress.scoring"), 0.3);
  let written;
  try {
    written = await writeScores(context.host, scored, {
      dialect: context.dialect,
      stamp: context.stamp(),
      previous: "keep",
      progress: () => {
        progress(t("progress.buildingScoreboard"), 0.5);
        progress(t("progress.writingScoreboard"), 0.7);
      },
    });
  } catch (error) {
    throw inWords(context, error);
  }
  progress(t("progress.done"), 1);
  const { previous } = written;
  const notes =
    previous.kind === "user-sheet" ? [t("refresh.userSheetLeft", { sheet: previous.name })] : [];
  return {
    sheets: written.sheets,
    notes: [...notes, ...renameNotes(context, written.sheets)],
    keptPrevious: previous.kind === "kept" ? previous.name : null,
    scores: scored.scores,
    problems: inSheetOrder(scored.problems, written.sheetsBefore, scored.tables),
  };
}

function inWords(context: SessionContext, error: unknown): unknown {
  if (error instanceof UserScoreboardError)
    return new Error(context.texts().t("refresh.userScoreboard", { sheet: error.sheet }));
  return error;
}
