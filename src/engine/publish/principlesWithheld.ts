// The privacy rule for the principle scores: they average every respondent's answers, so when the
// whole checklist has fewer respondents than the minimum group size (one respondent, say), the
// principle scores, the alignment and the radar are a single person's answers. Every published
// output asks this one predicate and, when it answers, shows the reason instead of the numbers.

import type { AssessmentScores } from "../assessment/types";
import type { Language } from "../language";
import { reportTexts } from "./texts";

/** Why the principle scores and the alignment may not be published; null when they may. */
export function principlesWithheld(
  scores: Pick<AssessmentScores, "checklist" | "settings">,
  language: Language = "en",
): string | null {
  const respondents = scores.checklist.respondents;
  const minimum = scores.settings.minimumGroupSize;
  if (respondents >= minimum) return null;
  return reportTexts.text(
    language,
    respondents === 1 ? "principlesWithheldOne" : "principlesWithheldMany",
    { respondents, minimum },
  );
}
