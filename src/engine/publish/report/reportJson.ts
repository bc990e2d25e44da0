// `c2c report --json`: everything the scoreboard shows, as the engine computed it, with the
// provenance a reader needs to trust it (product and catalogue versions, the settings, the file)
// and the problems found in the data — under the privacy rule (publishedReport): representation
// counts instead of respondents, item numbers only where enough answers back them.

import type { AssessmentScores } from "../../assessment/types";
import type { Assessment, Problem } from "../../model/types";
import { publishedReport } from "../publishedReport";

export interface ReportProvenance {
  readonly source: string;
  readonly product: string;
  readonly catalogueVersion: string;
  readonly generatedAt: string;
}

export function reportJson(
  provenance: ReportProvenance,
  assessment: Assessment,
  scores: AssessmentScores,
  problems: readonly Problem[],
): string {
  return `${JSON.stringify({ ...provenance, ...publishedReport(assessment, scores, problems) }, null, 2)}\n`;
}
