// Create assessment and Load sample: a whole assessment written beside whatever the workbook holds.
// The sample is the one `c2c demo` writes to demo/partnership.xlsx (same data, same template), so its
// partnership name, sources and evidence carry the SAMPLE DATA label.

import { scoreAssessment } from "../../engine/assessment";
import { samplePartnership } from "../../engine/demo";
import { newAssessmentPlan, type NewAssessmentOptions } from "../../engine/templates";
import { assessmentWorkbookPlan } from "../../engine/templates/assessmentWorkbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, WriteResult } from "./types";
import { writeNewSheets } from "./writeNewSheets";

export async function createAssessment(
  context: SessionContext,
  options: NewAssessmentOptions,
  progress: ProgressReporter,
): Promise<WriteResult> {
  progress("Building the assessment sheets", 0);
  // newAssessmentPlan checks the options and throws a TemplateError whose message lists what is wrong.
  const plan = newAssessmentPlan({ ...options, stamp: options.stamp ?? context.stamp() });
  return writeNewSheets(
    context,
    plan,
    { list: options.list, settings: options.settings ?? DEFAULT_SETTINGS },
    progress,
  );
}

export async function loadSample(
  context: SessionContext,
  progress: ProgressReporter,
): Promise<WriteResult> {
  progress("Scoring the sample partnership (SAMPLE DATA)", 0);
  const sample = samplePartnership();
  const scores = scoreAssessment(sample);
  const plan = assessmentWorkbookPlan(sample, scores, context.stamp());
  return writeNewSheets(
    context,
    plan,
    { list: sample.partnership.list, settings: scores.settings },
    progress,
  );
}
