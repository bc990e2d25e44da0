// A scored assessment as it may be published as data (`c2c report --json`, the pane's export):
// everything the engine computed, except what would show one respondent — the respondents are
// replaced by the representation counts, items backed by too few answers lose their numbers
// (with the reason), principle scores and the alignment are withheld (with the reason) when the
// whole checklist has fewer respondents than the minimum group size (and so are the DAC criteria
// that rest on them), and problem messages lose
// respondents' names and organisations.

import type {
  AlignmentResult,
  AssessmentScores,
  Highlights,
  IndicatorResult,
  PrincipleResult,
} from "../assessment/types";
import type { Assessment, Partnership, Problem } from "../model/types";
import { representation } from "../stakeholders";
import type { Representation } from "../stakeholders";
import { privacyRule } from "./privacyRule";
import { publishedDacCriteria, type PublishedDacCriterion } from "./publishedDacCriteria";
import { principlesWithheld } from "./principlesWithheld";
import { publishedItem, type PublishedItem } from "./publishedItems";
import { publishedNote, type PublishedNote } from "./publishedNote";
import { redactedProblems } from "./redactedProblems";

// When published, principles, alignment and indicator rows are the engine's own objects, their note
// in English with its code (publishedNote), principles and alignment with `suppressed` when withheld.
export interface PublishedPrinciple extends Omit<PrincipleResult, "note">, PublishedNote {
  /** Why score, scoreOutOf100, band and meanConsensus are null; present only when withheld. */
  readonly suppressed?: string;
}

export interface PublishedAlignment extends Omit<AlignmentResult, "note">, PublishedNote {
  /** Why score, scoreOutOf100 and band are null; present only when withheld. */
  readonly suppressed?: string;
}

export type PublishedIndicator = Omit<IndicatorResult, "note"> & PublishedNote;

export interface PublishedScores extends Omit<
  AssessmentScores,
  "items" | "principles" | "alignment" | "dacCriteria" | "indicators"
> {
  readonly items: readonly PublishedItem[];
  readonly indicators: readonly PublishedIndicator[];
  /** The six DAC criteria: criterion, name, score 0–100, sources with their scores, used, missing. */
  readonly dacCriteria: readonly PublishedDacCriterion[];
  readonly principles: readonly PublishedPrinciple[];
  readonly alignment: PublishedAlignment;
}

export interface PublishedReport {
  readonly partnership: Partnership;
  readonly representation: Representation;
  readonly privacy: { readonly minimumGroupSize: number; readonly rule: string };
  readonly scores: PublishedScores;
  readonly problems: readonly Problem[];
}

export function publishedReport(
  assessment: Assessment,
  scores: AssessmentScores,
  problems: readonly Problem[],
): PublishedReport {
  const minimumGroupSize = scores.settings.minimumGroupSize;
  const withheld = principlesWithheld(scores);
  return {
    partnership: assessment.partnership,
    representation: representation(assessment.respondents),
    privacy: { minimumGroupSize, rule: privacyRule(minimumGroupSize) },
    scores: {
      ...scores,
      items: scores.items.map((item) => publishedItem(item, minimumGroupSize)),
      indicators: scores.indicators.map((row) => ({ ...row, ...publishedNote(row.note) })),
      ...publishedPrinciples(scores, withheld),
      dacCriteria: publishedDacCriteria(scores),
      problems: redactedProblems(scores.problems, assessment.respondents),
    },
    problems: redactedProblems(problems, assessment.respondents),
  };
}

/** The principle scores, the alignment and the principle highlights, blanked with the reason when withheld. */
function publishedPrinciples(
  scores: AssessmentScores,
  withheld: string | null,
): Pick<PublishedScores, "principles" | "alignment" | "strengths" | "priorities"> {
  const principles = scores.principles.map((principle) => ({
    ...principle,
    ...publishedNote(principle.note),
  }));
  const alignment = { ...scores.alignment, ...publishedNote(scores.alignment.note) };
  if (withheld === null) {
    return {
      principles,
      alignment,
      strengths: scores.strengths,
      priorities: scores.priorities,
    };
  }
  // Strengths and priorities name principles by their scores, so they lose their principles too.
  const withoutPrinciples = (highlights: Highlights): Highlights => ({
    ...highlights,
    principles: [],
  });
  return {
    principles: principles.map((principle) => ({
      ...principle,
      score: null,
      scoreOutOf100: null,
      band: null,
      meanConsensus: null,
      suppressed: withheld,
    })),
    alignment: {
      ...alignment,
      score: null,
      scoreOutOf100: null,
      band: null,
      suppressed: withheld,
    },
    strengths: withoutPrinciples(scores.strengths),
    priorities: withoutPrinciples(scores.priorities),
  };
}
