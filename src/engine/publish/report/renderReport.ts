// The text `c2c report` prints for the chosen format: the scores (JSON, CSV, HTML, Open SDG CSV) or,
// with --stakeholders, the stakeholder view (text, JSON, CSV).

import type { AssessmentScores } from "../../assessment/types";
import type { Language } from "../../language";
import type { Assessment, Problem } from "../../model/types";
import { reportHtml } from "../html/reportHtml";
import { openSdgCsv } from "../openSdg";
import { stakeholdersCsv } from "../stakeholdersCsv";
import { stakeholderView } from "../../stakeholders";
import { reportCsv } from "./reportCsv";
import type { ReportChoice } from "./reportChoice";
import { reportJson, type ReportProvenance } from "./reportJson";
import { stakeholdersJson } from "./stakeholdersJson";
import { stakeholdersText } from "./stakeholdersText";

export interface ScoredWorkbook {
  readonly provenance: ReportProvenance;
  readonly assessment: Assessment;
  readonly scores: AssessmentScores;
  readonly problems: readonly Problem[];
  /** The HTML page's language; the workbook's own when left out. */
  readonly language?: Language;
}

export function renderReport(choice: ReportChoice, scored: ScoredWorkbook): string {
  const { provenance, assessment, scores, problems } = scored;
  if (choice.kind === "stakeholders") {
    const view = stakeholderView(assessment, scores);
    if (choice.format === "json") return stakeholdersJson(provenance, assessment.partnership, view);
    if (choice.format === "csv") return stakeholdersCsv(view, choice.csv);
    return stakeholdersText(
      assessment.partnership.name,
      view,
      scored.language ?? assessment.language ?? "en",
    );
  }
  switch (choice.format) {
    case "json":
      return reportJson(provenance, assessment, scores, problems);
    case "csv":
      return reportCsv(scores, choice.csv);
    case "open-sdg":
      return openSdgCsv(scores, choice.csv);
    case "html":
      return reportHtml({ ...scored, language: scored.language ?? assessment.language ?? "en" });
  }
}
