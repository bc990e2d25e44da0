// A scored assessment as it may be published as data (`c2c report --json`, the pane's export):
// everything the engine computed, except what would show one respondent — the respondents are
// replaced by the representation counts, items backed by too few answers lose their numbers
// (with the reason), and problem messages lose respondents' names and organisations.

import type { AssessmentScores } from "../assessment/types";
import type { Assessment, Partnership, Problem } from "../model/types";
import { representation } from "../stakeholders";
import type { Representation } from "../stakeholders";
import { privacyRule } from "./privacyRule";
import { publishedItem, type PublishedItem } from "./publishedItems";
import { redactedProblems } from "./redactedProblems";

export interface PublishedScores extends Omit<AssessmentScores, "items"> {
  readonly items: readonly PublishedItem[];
}

export interface PublishedReport {
  readonly partnership: Partnership;
  readonly representation: Representation;
  readonly privacy: { readonly minimumGroupSize: number; readonly rule: string };
  readonly scores: PublishedScores;
  readonly problems: readonly Problem[];
}

export function publishedReport(assessment: Assessment, scores: AssessmentScores, problems: readonly Problem[]): PublishedReport {
  const minimumGroupSize = scores.settings.minimumGroupSize;
  return {
    partnership: assessment.partnership,
    representation: representation(assessment.respondents),
    privacy: { minimumGroupSize, rule: privacyRule(minimumGroupSize) },
    scores: {
      ...scores,
      items: scores.items.map((item) => publishedItem(item, minimumGroupSize)),
      problems: redactedProblems(scores.problems, assessment.respondents),
    },
    problems: redactedProblems(problems, assessment.respondents),
  };
}
