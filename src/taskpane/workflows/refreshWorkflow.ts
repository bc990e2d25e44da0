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
  progress("Reading the tables", 0);
  const scored = await readScoredWorkbook(context.host);
  progress("Scoring", 0.3);
  let written;
  try {
    written = await writeScores(context.host, scored, {
      dialect: context.dialect,
      stamp: context.stamp(),
      previous: "keep",
      progress: () => {
        progress("Building the scoreboard", 0.5);
        progress("Writing the scoreboard and the computed columns", 0.7);
      },
    });
  } catch (error) {
    throw inWords(error);
  }
  progress("Done", 1);
  const { previous } = written;
  const notes =
    previous.kind === "user-sheet"
      ? [
          `Your sheet "${previous.name}" was left as it is, so the former scoreboard was not kept this time.`,
        ]
      : [];
  return {
    sheets: written.sheets,
    notes: [...notes, ...renameNotes(written.sheets)],
    keptPrevious: previous.kind === "kept" ? previous.name : null,
    scores: scored.scores,
    problems: inSheetOrder(scored.problems, written.sheetsBefore, scored.tables),
  };
}

function inWords(error: unknown): unknown {
  if (error instanceof UserScoreboardError)
    return new Error(
      `The sheet "${error.sheet}" is one of yours (the add-in did not make it), so the scoreboard cannot be rebuilt there; nothing was changed. Rename your sheet and refresh again.`,
    );
  return error;
}
