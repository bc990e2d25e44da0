// Create: a new assessment (empty, from the templates) or a scored one (the sample, the demo's
// partnerships) written into a host and stamped. The pane writes beside the user's sheets
// ("pick-free-name"); the runner writes into a new, empty workbook ("fail").

import { scoreAssessment } from "../engine/assessment";
import type { AssessmentScores } from "../engine/assessment/types";
import type { ListId } from "../engine/catalogue/types";
import { samplePartnership } from "../engine/demo";
import type { Assessment } from "../engine/model/types";
import type { ExistingSheetPolicy } from "../engine/plan/placement";
import type { FormulaDialect, WorkbookPlan } from "../engine/plan/types";
import type { ScoringSettings } from "../engine/settings";
import {
  assessmentWorkbookPlan,
  newAssessment,
  newAssessmentPlan,
  type NewAssessmentOptions,
  type Stamp,
} from "../engine/templates";
import { stampedPlan } from "../host/stamp";
import type { AppliedSheet, WorkbookHost } from "../host/workbookHost";

export interface NewWorkbookWrite {
  readonly dialect: FormulaDialect;
  readonly existingSheet: ExistingSheetPolicy;
  readonly stamp: Stamp;
  readonly progress?: (step: NewWorkbookStep) => void;
}

export type NewWorkbookStep = { readonly kind: "writing"; readonly sheets: number };

export interface NewWorkbookWritten {
  readonly assessment: Assessment;
  /** The sheets written, with the names they were written under. */
  readonly sheets: readonly AppliedSheet[];
}

/**
 * An empty assessment. Throws TemplateError, changing nothing, when the options cannot be built (one
 * city, a blank respondent…): its message says what to change.
 */
export async function createAssessment(
  host: WorkbookHost,
  options: NewAssessmentOptions,
  write: NewWorkbookWrite,
): Promise<NewWorkbookWritten> {
  const withStamp = { ...options, stamp: options.stamp ?? write.stamp };
  const assessment = newAssessment(withStamp);
  const plan = newAssessmentPlan(withStamp);
  const sheets = await writeAndStamp(host, plan, options.list, assessment.settings, write);
  return { assessment, sheets };
}

/** The sample partnership (SAMPLE DATA), scored: the one `c2c demo` writes. */
export async function createSample(
  host: WorkbookHost,
  write: NewWorkbookWrite,
): Promise<NewWorkbookWritten & { readonly scores: AssessmentScores }> {
  const sample = samplePartnership();
  const scores = scoreAssessment(sample);
  const sheets = await writeScoredAssessment(host, sample, scores, write);
  return { assessment: sample, scores, sheets };
}

/** A whole assessment with its scores: every input sheet and the Scoreboard. */
export function writeScoredAssessment(
  host: WorkbookHost,
  assessment: Assessment,
  scores: AssessmentScores,
  write: NewWorkbookWrite,
): Promise<readonly AppliedSheet[]> {
  const plan = assessmentWorkbookPlan(assessment, scores, write.stamp);
  return writeAndStamp(host, plan, assessment.partnership.list, scores.settings, write);
}

async function writeAndStamp(
  host: WorkbookHost,
  plan: WorkbookPlan,
  list: ListId,
  settings: ScoringSettings,
  write: NewWorkbookWrite,
): Promise<readonly AppliedSheet[]> {
  write.progress?.({ kind: "writing", sheets: plan.sheets.length });
  const report = await host.applyPlan(stampedPlan(plan, write.stamp, list, settings), {
    dialect: write.dialect,
    existingSheet: write.existingSheet,
  });
  return report.sheets;
}
