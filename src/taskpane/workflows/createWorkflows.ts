// Create assessment and Load sample: a whole assessment written beside whatever the workbook holds,
// by the app's create (src/app/writeNewWorkbook.ts). The sample is the one `c2c demo` writes to
// demo/partnership.xlsx (same data, same template), so its partnership name, sources and evidence
// carry the SAMPLE DATA label.

import { createAssessment as create, createSample } from "../../app/writeNewWorkbook";
import type { NewAssessmentOptions } from "../../engine/templates";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, WriteResult } from "./types";
import { writeNewSheets } from "./writeNewSheets";

export function createAssessment(
  context: SessionContext,
  options: NewAssessmentOptions,
  progress: ProgressReporter,
): Promise<WriteResult> {
  progress(context.texts().t("progress.buildingAssessment"), 0);
  // The templates check the options and throw a TemplateError whose message lists what is wrong.
  return writeNewSheets(context, (write) => create(context.host, options, write), progress);
}

export function loadSample(
  context: SessionContext,
  progress: ProgressReporter,
): Promise<WriteResult> {
  progress(context.texts().t("progress.scoringSample"), 0);
  return writeNewSheets(context, (write) => createSample(context.host, write), progress);
}
