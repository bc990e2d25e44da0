// The catalogue's texts in English, French and Spanish (README, "Languages"). The shipped French and
// Spanish files are proven complete against the English key set by the build and a test
// (../checkShipped.ts), and read here without validating them again. Ids, tokens and numbers stay
// the same in every language; only what a person reads changes.

import { catalogue } from "..";
import { deepFreeze } from "../deepFreeze";
import { englishTexts } from "./englishTexts";
import { SHIPPED_TEXTS_DATA } from "./shippedTexts";
import { languageTexts, type TextsFile } from "./textsFile";
import type {
  CatalogueLanguage,
  LanguageTexts,
  TextSection,
  Translation,
  TranslationMark,
} from "./types";

export { CATALOGUE_LANGUAGES, TEXT_SECTIONS } from "./types";
export type {
  CatalogueLanguage,
  LanguageTexts,
  TextSection,
  Translation,
  TranslationMark,
} from "./types";
export { textProblems } from "./textProblems";

const english = englishTexts(catalogue);

const textsByLanguage: Readonly<Record<CatalogueLanguage, LanguageTexts>> = deepFreeze({
  en: english,
  fr: languageTexts(SHIPPED_TEXTS_DATA.fr as TextsFile),
  es: languageTexts(SHIPPED_TEXTS_DATA.es as TextsFile),
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
