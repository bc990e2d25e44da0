// The catalogue's English texts, taken from the catalogue's own data: they are the key set the
// other languages are checked against, so they are never written twice.

import type { Catalogue, ValueBasis } from "../types";
import type { LanguageTexts, TextSectionData } from "./types";

/** The labels of the two answers that are not a level, which the catalogue holds only as tokens. */
export const ENGLISH_NOT_APPLICABLE = "Not applicable";
export const ENGLISH_DONT_KNOW = "Don't know";

function original(entries: readonly (readonly [string, string])[]): TextSectionData {
  return { translation: "original", texts: Object.fromEntries(entries) };
}

/** Every kind of basis the catalogue's type allows, used or not, so a workbook's may be any. */
export const BASIS_KINDS: readonly ValueBasis["kind"][] = [
  "2030 Agenda",
  "international standard",
  "natural maximum",
  "peer benchmark",
  "product default — review locally",
];

/** The English texts of the bases' sources, each once: the key is the text itself. */
function basisSources(catalogue: Catalogue): (readonly [string, string])[] {
  const sources = new Set<string>();
  for (const indicator of catalogue.indicators)
    for (const basis of [indicator.endBasis, indicator.worstBasis])
      if (basis.source !== undefined) sources.add(basis.source);
  return [...sources].map((source) => [source, source]);
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
    indicatorNames: original(
      catalogue.indicators.map((indicator) => [indicator.id, indicator.name]),
    ),
    basisKinds: original(BASIS_KINDS.map((kind) => [kind, kind])),
    basisSources: original(basisSources(catalogue)),
  };
}
