// The first step of most pane actions: read the contract's tables through the host, make an
// Assessment of them and score it. A workbook with neither a checklist nor an indicator table has
// nothing to score; the actions that need scores say so in a sentence the pane shows as it is.

import { scoreAssessment } from "../../engine/assessment";
import type { AssessmentScores } from "../../engine/assessment/types";
import { TABLES } from "../../engine/model/contract";
import type { Assessment, Problem } from "../../engine/model/types";
import type { TableData } from "../../engine/plan/tableData";
import { readAssessment } from "../../engine/read";
import type { WorkbookHost } from "../../host/workbookHost";

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

export const NOTHING_TO_SCORE =
  `This workbook has no assessment to score: it needs a ${TABLES.checklist} or a ${TABLES.indicators} table (found by name). ` +
  "Create an assessment or load the sample first.";

export async function readWorkbook(
  host: WorkbookHost,
  extraTables: readonly string[] = [],
): Promise<WorkbookReading> {
  const tables = await host.readTables([...CONTRACT_TABLES, ...extraTables]);
  const reading = readAssessment(tables);
  return { tables, assessment: reading.assessment, problems: reading.problems };
}

/** Reads and scores; throws an Error with a plain message when there is nothing to score. */
export async function readScoredWorkbook(host: WorkbookHost): Promise<ScoredWorkbook> {
  const { tables, assessment, problems } = await readWorkbook(host);
  if (assessment === null) throw new Error(NOTHING_TO_SCORE);
  const scores = scoreAssessment(assessment);
  return { tables, assessment, scores, problems: [...problems, ...scores.problems] };
}
