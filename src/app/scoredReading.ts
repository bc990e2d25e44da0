// The first step of most use cases: read the contract's tables through the host, make an Assessment
// of them and score it. A workbook with neither a checklist nor an indicator table has nothing to
// score: the reading says so (ok: false, with the reader's error) and each host's adapter words it.

import { scoreAssessment } from "../engine/assessment";
import type { AssessmentScores } from "../engine/assessment/types";
import { TABLES } from "../engine/model/contract";
import type { Assessment, Problem } from "../engine/model/types";
import type { TableData } from "../engine/plan/tableData";
import { readAssessment } from "../engine/read";
import type { WorkbookReader } from "../host/workbookHost";

export type TableSet = Readonly<Record<string, TableData | null>>;

export const CONTRACT_TABLES: readonly string[] = Object.values(TABLES);

export interface WorkbookReading {
  readonly tables: TableSet;
  readonly assessment: Assessment | null;
  /** The reader's problems. */
  readonly problems: readonly Problem[];
}

export interface ScoredWorkbook {
  readonly tables: TableSet;
  readonly assessment: Assessment;
  readonly scores: AssessmentScores;
  /** The reader's problems, then the scoring's. */
  readonly problems: readonly Problem[];
}

export type ScoredReading =
  | ({ readonly ok: true } & ScoredWorkbook)
  | { readonly ok: false; readonly tables: TableSet; readonly problems: readonly Problem[] };

export async function readWorkbook(host: WorkbookReader): Promise<WorkbookReading> {
  const tables = await host.readTables(CONTRACT_TABLES);
  const reading = readAssessment(tables);
  return { tables, assessment: reading.assessment, problems: reading.problems };
}

/** Reads and scores the workbook; ok: false when the reader found nothing it can score. */
export async function readScored(host: WorkbookReader): Promise<ScoredReading> {
  const { tables, assessment, problems } = await readWorkbook(host);
  if (assessment === null || problems.some((problem) => problem.severity === "error"))
    return { ok: false, tables, problems };
  const scores = scoreAssessment(assessment);
  return { ok: true, tables, assessment, scores, problems: [...problems, ...scores.problems] };
}
