// The DAC criteria as they may be published. A criterion that rests on principle scores shows them
// in another form, so when the principle scores are withheld (principlesWithheld: too few
// respondents) such a criterion loses its score and its principle sources' scores, with the reason;
// a criterion of the SDG index alone (impact, by default) is published whole.

import type { AssessmentScores } from "../assessment/types";
import { DAC_LABELS, type DacCriterionResult } from "../dac";
import type { Language } from "../language";
import { principlesWithheld } from "./principlesWithheld";

export interface PublishedDacCriterion extends DacCriterionResult {
  /** Why score and the principle sources' scores are null; present only when withheld. */
  readonly suppressed?: string;
}

/** Whether a criterion has a principle among its sources (and so is withheld with them). */
export function restsOnPrinciples(criterion: Pick<DacCriterionResult, "sources">): boolean {
  return criterion.sources.some((entry) => entry.source !== DAC_LABELS.sdgIndexSource);
}

export function publishedDacCriteria(
  scores: Pick<AssessmentScores, "dacCriteria" | "checklist" | "settings">,
  language: Language = "en",
): PublishedDacCriterion[] {
  const withheld = principlesWithheld(scores, language);
  return scores.dacCriteria.map((criterion) =>
    withheld === null || !restsOnPrinciples(criterion)
      ? criterion
      : {
          ...criterion,
          score: null,
          sources: criterion.sources.map((entry) =>
            entry.source === DAC_LABELS.sdgIndexSource ? entry : { ...entry, score: null },
          ),
          used: [],
          missing: criterion.sources.map((entry) => entry.source),
          suppressed: withheld,
        },
  );
}
