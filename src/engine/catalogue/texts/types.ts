// The shape of the catalogue's texts in each language (README, "Languages"). English is the key
// set: the English texts come from the catalogue itself, and every other language has exactly its keys.

import { LANGUAGES, type Language } from "../../language";

export type CatalogueLanguage = Language;

export const CATALOGUE_LANGUAGES: readonly CatalogueLanguage[] = LANGUAGES;

/** What a section of texts translates, each keyed by the id the catalogue knows the entry by. */
export type TextSection =
  | "principleNames"
  | "principleAsks"
  /** By item ID. */
  | "items"
  /** By answer value: "1"–"5", and the catalogue's own "n/a" and "?". */
  | "answerLabels"
  /** By goal number as a string ("1"–"17"). */
  | "goalNames"
  | "objectiveNames"
  /** By DAC criterion ("relevance"…). */
  | "dacCriteria";

export const TEXT_SECTIONS: readonly TextSection[] = [
  "principleNames",
  "principleAsks",
  "items",
  "answerLabels",
  "goalNames",
  "objectiveNames",
  "dacCriteria",
];

/** official: the UN's or OECD's published wording; unofficial: written for this product; original: English. */
export type Translation = "original" | "official" | "unofficial";

export interface TextSectionData {
  readonly translation: Translation;
  /** Where an official translation is published. */
  readonly source?: string;
  readonly texts: Readonly<Record<string, string>>;
}

export type LanguageTexts = Readonly<Record<TextSection, TextSectionData>>;
