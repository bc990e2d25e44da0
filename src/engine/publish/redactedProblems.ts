// Problems as they may be published: the readers quote respondents' names in their messages
// ("the respondent "Ana" has no row in the stakeholder register"); published, each name and
// organisation becomes a placeholder. The address and the rest of the message stay, so a reader can
// still find the cell in the workbook.

import type { Problem, Respondent } from "../model/types";

export const RESPONDENT_PLACEHOLDER = "[respondent]";
export const ORGANISATION_PLACEHOLDER = "[organisation]";

export function redactedProblems(
  problems: readonly Problem[],
  respondents: readonly Respondent[],
): Problem[] {
  // Longest first, so "Ana Lima" is replaced whole before "Ana" could match inside it.
  const replacements = [
    ...respondents.map((respondent) => [respondent.name.trim(), RESPONDENT_PLACEHOLDER] as const),
    ...respondents.map(
      (respondent) => [respondent.organisation.trim(), ORGANISATION_PLACEHOLDER] as const,
    ),
  ]
    .filter(([text]) => text !== "")
    .sort((a, b) => b[0].length - a[0].length);
  return problems.map((problem) => ({
    ...problem,
    message: replacements.reduce(
      (message, [text, placeholder]) => message.replace(wholeWords(text), placeholder),
      problem.message,
    ),
  }));
}

// Whole words only, in any script: the name "Ben" must not eat the "ben" of "benefits".
function wholeWords(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
}
