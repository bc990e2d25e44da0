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
  | "dacCriteria"
  /** By indicator ID ("11.6.2", "C2C-FIN"). */
  | "indicatorNames"
  /** By the kind of an end or worst value's basis ("2030 Agenda"…), as the catalogue spells it. */
  | "basisKinds"
  /** By the English text of a basis's source, which the catalogue holds only in English. */
  | "basisSources";

export const TEXT_SECTIONS: readonly TextSection[] = [
  "principleNames",
  "principleAsks",
  "items",
  "answerLabels",
  "goalNames",
  "objectiveNames",
  "dacCriteria",
  "indicatorNames",
  "basisKinds",
  "basisSources",
];

/** official: the UN's or OECD's published wording; unofficial: written for this product; original: English. */
export type Translation = "original" | "official" | "unofficial";

/** How one text was translated, and where an official one is published. */
export interface TranslationMark {
  readonly translation: Translation;
  readonly source?: string;
}

export interface TextSectionData extends TranslationMark {
  readonly texts: Readonly<Record<string, string>>;
  /**
   * The entries translated otherwise than the section says, by id: an indicator the UN publishes
   * no wording for in a block of official names is marked unofficial here.
   */
  readonly marks?: Readonly<Record<string, TranslationMark>>;
}

export type LanguageTexts = Readonly<Record<TextSection, TextSectionData>>;
