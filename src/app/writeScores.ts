// Score and refresh, written once: the scored workbook's computed columns and Scoreboard rebuilt
// through applyScored. The pane asks to keep the former Scoreboard as "Scoreboard (previous)"
// (Office.js edits clear Excel's undo history); the runner writes a new file and keeps none.

import { SHEETS } from "../engine/model/contract";
import { sameName } from "../engine/plan/names";
import type { AppliedSheet, SheetInfo, WorkbookHost } from "../host/workbookHost";
import { applyScored, type ScoredWrite } from "./applyScored";
import type { ScoredWorkbook } from "./scoredReading";

export type PreviousScoreboard = "keep" | "none";

export interface ScoresWrite extends ScoredWrite {
  readonly previous: PreviousScoreboard;
  /** Called before the plan is written. */
  readonly progress?: (step: ScoresWriteStep) => void;
}

export interface ScoresWriteStep {
  readonly kind: "writing";
}

export type KeptPrevious =
  | { readonly kind: "kept"; readonly name: string }
  /** The user has a sheet of that name: it is left alone and the former Scoreboard is not kept. */
  | { readonly kind: "user-sheet"; readonly name: string }
  /** Not asked for, or there was no Scoreboard to keep. */
  | { readonly kind: "none" };

export interface ScoresWritten {
  /** The workbook's sheets before anything was written, in tab order. */
  readonly sheetsBefore: readonly SheetInfo[];
  readonly sheets: readonly AppliedSheet[];
  readonly previous: KeptPrevious;
}

/** A Scoreboard of the user's own: nothing is written over it (thrown before any change). */
export class UserScoreboardError extends Error {
  readonly sheet: string;

  constructor(sheet: string) {
    super(`The sheet "${sheet}" belongs to the user, so the Scoreboard cannot be rebuilt there`);
    this.name = "UserScoreboardError";
    this.sheet = sheet;
  }
}

export async function writeScores(
  host: WorkbookHost,
  scored: ScoredWorkbook,
  write: ScoresWrite,
): Promise<ScoresWritten> {
  const sheetsBefore = await host.listSheets();
  const previous = write.previous === "keep" ? keepPrevious(sheetsBefore) : NONE;
  write.progress?.({ kind: "writing" });
  // A refused apply writes nothing, the kept copy included: the former Scoreboard stays where it was.
  const report = await applyScored(host, scored, {
    ...write,
    keepPrevious: previous.kind === "kept",
  });
  return { sheetsBefore, sheets: report.sheets, previous };
}

const NONE: KeptPrevious = { kind: "none" };

/** Whether the apply can keep the former Scoreboard: only an owned one, never over a user's sheet. */
function keepPrevious(sheets: readonly SheetInfo[]): KeptPrevious {
  const scoreboard = find(sheets, SHEETS.scoreboard);
  if (scoreboard === undefined) return NONE;
  if (!scoreboard.owned) throw new UserScoreboardError(scoreboard.name);
  const previous = find(sheets, SHEETS.previousScoreboard);
  if (previous !== undefined && !previous.owned) return { kind: "user-sheet", name: previous.name };
  return { kind: "kept", name: SHEETS.previousScoreboard };
}

function find(sheets: readonly SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((sheet) => sameName(sheet.name, name));
}
