// Plan → apply → stamp for a scored workbook, in one place: `c2c score` and the pane's refresh
// write their result through here (import answers applies its own growth-then-score plan). The stamp and the request to keep a former Scoreboard travel
// with the plan into one apply, so a refused apply changes nothing at all.

import type { FormulaDialect } from "../engine/plan/types";
import { layoutFromTables, scoredWorkbookPlan, type Stamp } from "../engine/templates";
import { stampedPlan } from "../host/stamp";
import type { ApplyReport, WorkbookHost } from "../host/workbookHost";
import type { ScoredWorkbook } from "./scoredReading";

export interface ScoredWrite {
  readonly dialect: FormulaDialect;
  readonly stamp: Stamp;
  /** Keep the former Scoreboard as "Scoreboard (previous)" (the pane); the runner keeps none. */
  readonly keepPrevious?: boolean;
}

/** Fills the computed columns and rebuilds the Scoreboard (owned sheets only), stamped, in one apply. */
export async function applyScored(
  host: WorkbookHost,
  scored: Omit<ScoredWorkbook, "problems">,
  write: ScoredWrite,
): Promise<ApplyReport> {
  const { assessment, scores, tables } = scored;
  const plan = stampedPlan(
    scoredWorkbookPlan(assessment, scores, layoutFromTables(tables), write.stamp),
    write.stamp,
    assessment.partnership.list,
    scores.settings,
  );
  return host.applyPlan(plan, {
    dialect: write.dialect,
    existingSheet: "replace-owned",
    keepPrevious: write.keepPrevious ?? false,
  });
}
