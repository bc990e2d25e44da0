// The first half of every command that takes a workbook: open the file (the runner's part: bytes,
// and the parts ExcelJS would drop) and read and score it as every host does (src/app). Problems in
// the data come back as warnings (the workbook is still scored); an unreadable file or one with
// neither a checklist nor an indicator table comes back as errors, and the command stops with
// exit code 2.

import { readScored as readScoredWorkbook, type ScoredWorkbook } from "../../app/scoredReading";
import type { Problem } from "../../engine/model/types";
import type { XlsxWorkbook } from "../../host/xlsx/xlsxWorkbook";
import { openInput } from "./openInput";

export type ScoredInput =
  | ({
      readonly ok: true;
      readonly workbook: XlsxWorkbook;
    } & ScoredWorkbook)
  /** Warnings from opening, reading and scoring, in that order. */
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ReadOptions {
  /** The workbook will be written back (score): parts ExcelJS would drop are refused unless forced. */
  readonly forWriting: boolean;
  readonly force: boolean;
}

export async function readScored(path: string, options: ReadOptions): Promise<ScoredInput> {
  const opened = await openInput(path, { checkLosses: options.forWriting, force: options.force });
  if (!opened.ok) return opened;
  const scored = await readScoredWorkbook(opened.workbook);
  const problems = [...opened.problems, ...scored.problems];
  if (!scored.ok) return { ok: false, problems };
  return { ...scored, workbook: opened.workbook, problems };
}
