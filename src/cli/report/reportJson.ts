// `c2c report --json`: everything the scoreboard shows, as the engine computed it, with the
// provenance a reader needs to trust it (product and catalogue versions, the settings, the file)
// and the problems found in the data.

import type { AssessmentScores } from "../../engine/assessment/types";
import type { Assessment, Problem } from "../../engine/model/types";

export interface ReportProvenance {
  readonly source: string;
  readonly product: string;
  readonly catalogueVersion: string;
  readonly generatedAt: string;
}

export function reportJson(provenance: ReportProvenance, assessment: Assessment, scores: AssessmentScores, problems: readonly Problem[]): string {
  const report = {
    ...provenance,
    partnership: assessment.partnership,
    respondents: assessment.respondents,
    scores,
    problems,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
