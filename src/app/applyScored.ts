// Plan → apply → stamp for a scored workbook, in exactly one place: score, refresh and import all
// write their result through here, so how the scored plan reaches a host (and where the stamp and a
// former Scoreboard travel) is decided once.

import type { FormulaDialect } from "../engine/plan/types";
import { layoutFromTables, scoredWorkbookPlan, type Stamp } from "../engine/templates";
import { stampWorkbook } from "../host/stamp";
import type { ApplyReport, WorkbookHost } from "../host/workbookHost";
import type { ScoredWorkbook } from "./scoredReading";

export interface ScoredWrite {
  readonly dialect: FormulaDialect;
  readonly stamp: Stamp;
}

/** Fills the computed columns and rebuilds the Scoreboard (owned sheets only), then stamps. */
export async function applyScored(
  host: WorkbookHost,
  scored: Omit<ScoredWorkbook, "problems">,
  write: ScoredWrite,
): Promise<ApplyReport> {
  const { assessment, scores, tables } = scored;
  const plan = scoredWorkbookPlan(assessment, scores, layoutFromTables(tables), write.stamp);
  const report = await host.applyPlan(plan, {
    dialect: write.dialect,
    existingSheet: "replace-owned",
  });
  await stampWorkbook(host, write.stamp, assessment.partnership.list, scores.settings);
  return report;
}
