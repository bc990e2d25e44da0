// The catalogue's texts in English, French and Spanish (README, "Languages"), validated on load
// against the English key set. Ids, tokens and numbers stay the same in every language; only what
// a person reads changes.

import { catalogue } from "..";
import { deepFreeze } from "../deepFreeze";
import { englishTexts } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";
import type {
  CatalogueLanguage,
  LanguageTexts,
  TextSection,
  Translation,
  TranslationMark,
} from "./types";
import { validateTexts } from "./validateTexts";

export { CATALOGUE_LANGUAGES, TEXT_SECTIONS } from "./types";
export type {
  CatalogueLanguage,
  LanguageTexts,
  TextSection,
  Translation,
  TranslationMark,
} from "./types";
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

/**
 * What a person reads for one catalogue entry in `language`: the catalogue's text there, else the
 * given English (an entry the catalogue does not know, such as a local indicator). Workbooks, the
 * report and the pane show catalogue names and bases through this.
 */
export function catalogueWording(
  language: CatalogueLanguage,
  section: TextSection,
  id: string,
  english: string,
): string {
  return language === "en" ? english : (catalogueText(language, section, id) ?? english);
}

/**
 * Whether a text in a language is the published wording or ours, and where it is published: the
 * entry's own mark when it has one, else its section's.
 */
export function translationMark(
  language: CatalogueLanguage,
  section: TextSection,
  id?: string,
): TranslationMark {
  const texts = textsByLanguage[language][section];
  const own = id === undefined ? undefined : texts.marks?.[id];
  if (own !== undefined) return own;
  return texts.source === undefined
    ? { translation: texts.translation }
    : { translation: texts.translation, source: texts.source };
}

/** Whether a section's texts (or one entry of it) in a language are the published wording or ours. */
export function translationOf(
  language: CatalogueLanguage,
  section: TextSection,
  id?: string,
): Translation {
  return translationMark(language, section, id).translation;
}

export function isCatalogueLanguage(code: string): code is CatalogueLanguage {
  return code in textsByLanguage;
}
