// The catalogue's English texts, taken from the catalogue's own data: they are the key set the
// other languages are checked against, so they are never written twice.

import type { Catalogue } from "../types";
import type { LanguageTexts, TextSectionData } from "./types";

/** The labels of the two answers that are not a level, which the catalogue holds only as tokens. */
export const ENGLISH_NOT_APPLICABLE = "Not applicable";
export const ENGLISH_DONT_KNOW = "Don't know";

function original(entries: readonly (readonly [string, string])[]): TextSectionData {
  return { translation: "original", texts: Object.fromEntries(entries) };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function englishTexts(catalogue: Catalogue): LanguageTexts {
  const { answerScale } = catalogue;
  return {
    principleNames: original(catalogue.principles.map((p) => [p.id, p.name])),
    principleAsks: original(catalogue.principles.map((p) => [p.id, p.asks])),
    items: original(catalogue.items.map((item) => [item.id, item.text])),
    answerLabels: original([
      ...answerScale.levels.map((level) => [String(level.value), level.label] as const),
      [answerScale.notApplicable, ENGLISH_NOT_APPLICABLE],
      [answerScale.dontKnow, ENGLISH_DONT_KNOW],
    ]),
    goalNames: original(catalogue.goals.map((goal) => [String(goal.goal), goal.name])),
    objectiveNames: original(catalogue.objectives.map((o) => [o.id, o.name])),
    dacCriteria: original(
      catalogue.dacLens.map((entry) => [entry.criterion, capitalised(entry.criterion)]),
    ),
  };
}
