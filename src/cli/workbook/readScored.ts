// The first half of every command that takes a workbook: open it, read the contract's tables, turn
// them into an assessment and score it. Problems in the data come back as warnings (the workbook is
// still scored); an unreadable file or one with neither a checklist nor an indicator table comes
// back as errors, and the command stops with exit code 2.

import { scoreAssessment } from "../../engine/assessment";
import type { AssessmentScores } from "../../engine/assessment/types";
import { TABLES } from "../../engine/model/contract";
import type { Assessment, Problem } from "../../engine/model/types";
import type { TableData } from "../../engine/plan/tableData";
import { readAssessment } from "../../engine/read";
import type { XlsxWorkbook } from "../../host/xlsx/xlsxWorkbook";
import { hasErrors } from "../problems";
import { openInput } from "./openInput";

export type ScoredInput =
  | {
      readonly ok: true;
      readonly workbook: XlsxWorkbook;
      readonly tables: Readonly<Record<string, TableData | null>>;
      readonly assessment: Assessment;
      readonly scores: AssessmentScores;
      /** Warnings from opening, reading and scoring, in that order. */
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ReadOptions {
  /** The workbook will be written back (score): parts ExcelJS would drop are refused unless forced. */
  readonly forWriting: boolean;
  readonly force: boolean;
}

export async function readScored(path: string, options: ReadOptions): Promise<ScoredInput> {
  const opened = await openInput(path, { checkLosses: options.forWriting, force: options.force });
  if (!opened.ok) return opened;
  const tables = await opened.workbook.readTables(Object.values(TABLES));
  const read = readAssessment(tables);
  const problems = [...opened.problems, ...read.problems];
  if (read.assessment === null || hasErrors(read.problems)) return { ok: false, problems };
  const scores = scoreAssessment(read.assessment);
  return {
    ok: true,
    workbook: opened.workbook,
    tables,
    assessment: read.assessment,
    scores,
    problems: [...problems, ...scores.problems],
  };
}
