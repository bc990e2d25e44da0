// Problems as they may be published: the readers quote respondents' names in their messages
// ("the respondent "Ana" has no row in the stakeholder register"); published, each name and
// organisation becomes a placeholder. The address and the rest of the message stay, so a reader can
// still find the cell in the workbook. The problem's parameters are redacted alike, so a name
// never reaches the JSON through the words kept for rendering the problem in another language.

import type { Phrase, PhraseParameters, PhraseValue } from "../language/problemTexts";
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
  const redacted = (message: string): string =>
    replacements.reduce(
      (text, [name, placeholder]) => text.replace(wholeWords(name), placeholder),
      message,
    );
  // The parameters a problem keeps for rendering it in another language quote the same names.
  const redactedValue = (value: PhraseValue): PhraseValue => {
    if (typeof value === "number") return value;
    if (typeof value === "string") return redacted(value);
    if (Array.isArray(value)) return value.map((part: Phrase) => redactedPhrase(part));
    if ("decimal" in value) return value;
    return redactedPhrase(value as Phrase);
  };
  const redactedParameters = (parameters: PhraseParameters): PhraseParameters =>
    Object.fromEntries(
      Object.entries(parameters).map(([name, value]) => [name, redactedValue(value)]),
    );
  const redactedPhrase = (part: Phrase): Phrase =>
    part.parameters === undefined
      ? part
      : { ...part, parameters: redactedParameters(part.parameters) };
  return problems.map((problem) => ({
    ...problem,
    message: redacted(problem.message),
    ...(problem.parameters === undefined
      ? {}
      : { parameters: redactedParameters(problem.parameters) }),
  }));
}

// Whole words only, in any script: the name "Ben" must not eat the "ben" of "benefits".
function wholeWords(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
}
