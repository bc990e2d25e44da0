// The values-only copy of a scored workbook, for people without the add-in: the Scoreboard the
// scored plan builds and the contract's checklist and indicator tables (valuesCopySheets, under the
// privacy rule), as .xlsx bytes with values only. One function, so the pane's Publish → "Values-only
// workbook" and `c2c report --values` build the same file.

import type { AssessmentScores } from "../engine/assessment/types";
import type { Assessment } from "../engine/model/types";
import type { TableData } from "../engine/plan/tableData";
import { valuesCopySheets } from "../engine/publish/valuesCopy";
import { layoutFromTables, scoredWorkbookPlan } from "../engine/templates";
import type { Stamp } from "../engine/templates/provenance";
import { valuesWorkbookBytes } from "./valuesWorkbook";

export interface ScoredTables {
  /** The workbook's tables by name, as the host read them (null: not found). */
  readonly tables: Readonly<Record<string, TableData | null>>;
  readonly assessment: Assessment;
  readonly scores: AssessmentScores;
}

export interface ValuesCopy {
  readonly bytes: Uint8Array;
  /** The copy's sheets, in order. */
  readonly sheetNames: readonly string[];
}

export async function valuesCopyWorkbook(scored: ScoredTables, stamp: Stamp): Promise<ValuesCopy> {
  const plan = scoredWorkbookPlan(
    scored.assessment,
    scored.scores,
    layoutFromTables(scored.tables),
    stamp,
  );
  const sheets = valuesCopySheets(plan, scored.tables, scored.scores);
  const bytes = await valuesWorkbookBytes(sheets, plan.styles);
  return { bytes, sheetNames: sheets.map((sheet) => sheet.name) };
}
