// The catalogue's texts in English, French and Spanish (README, "Languages"), validated on load
// against the English key set. Ids, tokens and numbers stay the same in every language; only what
// a person reads changes.

import { catalogue } from "..";
import { deepFreeze } from "../deepFreeze";
import { englishTexts } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";
import type { CatalogueLanguage, LanguageTexts, TextSection, Translation } from "./types";
import { validateTexts } from "./validateTexts";

export { CATALOGUE_LANGUAGES, TEXT_SECTIONS } from "./types";
export type { CatalogueLanguage, LanguageTexts, TextSection, Translation } from "./types";
export { textProblems } from "./validateTexts";

const english = englishTexts(catalogue);

const textsByLanguage: Readonly<Record<CatalogueLanguage, LanguageTexts>> = deepFreeze({
  en: english,
  fr: validateTexts(fr, english),
  es: validateTexts(es, english),
});

export function catalogueTexts(language: CatalogueLanguage): LanguageTexts {
  return textsByLanguage[language];
}

/** The text of one entry, or undefined when the catalogue has no entry by that id. */
export function catalogueText(
  language: CatalogueLanguage,
  section: TextSection,
  id: string,
): string | undefined {
  return textsByLanguage[language][section].texts[id];
}

/** Whether a section's texts in a language are the published wording or ours. */
export function translationOf(language: CatalogueLanguage, section: TextSection): Translation {
  return textsByLanguage[language][section].translation;
}

export function isCatalogueLanguage(code: string): code is CatalogueLanguage {
  return code in textsByLanguage;
}
