// The words the templates write into a workbook, in the workbook's language (design.md,
// "Languages"): their own titles, notes and prompts from this catalogue, the contract's headers and
// tokens from the contract's words, result labels from theirs, and the catalogue's texts (items,
// principle and goal names) from the catalogue. Ids, table names and function ids never change.

import { catalogueWording, type TextSection } from "../../catalogue/texts";
import {
  headerIn,
  labelIn,
  messageCatalogue,
  tokenIn,
  tokensIn,
  type Language,
  type MessageParameters,
  type TokenKind,
} from "../../language";
import { ENGLISH_TEMPLATE_TEXTS, type TemplateTextKey } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_TEMPLATE_TEXTS, type TemplateTextKey } from "./englishTexts";

export const templateTexts = messageCatalogue(ENGLISH_TEMPLATE_TEXTS, { fr, es });

export interface TemplateWords {
  readonly language: Language;
  /** A title, note or prompt of the templates. */
  text(key: TemplateTextKey, parameters?: MessageParameters): string;
  /** A contract header or key, as the language writes it. */
  header(english: string): string;
  /** A dropdown token, as the language writes it. */
  token(kind: TokenKind, token: string): string;
  /** A dropdown's list in the language. */
  tokens(kind: TokenKind): string[];
  /** A result label (band, trend class). */
  label(english: string): string;
  /** A catalogue text (item, principle, goal or indicator name, basis…), the given English when the catalogue has none. */
  catalogue(section: TextSection, id: string, english: string): string;
}

export function templateWords(language: Language): TemplateWords {
  return {
    language,
    text: (key, parameters) => templateTexts.text(language, key, parameters),
    header: (english) => headerIn(language, english),
    token: (kind, token) => tokenIn(language, kind, token),
    tokens: (kind) => tokensIn(language, kind),
    label: (english) => labelIn(language, english),
    catalogue: (section, id, english) => catalogueWording(language, section, id, english),
  };
}

export const ENGLISH_WORDS: TemplateWords = templateWords("en");
