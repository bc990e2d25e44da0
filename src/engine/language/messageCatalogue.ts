// A message catalogue: one template per message key and language, English the key set (design.md,
// "Languages"). Each part of the product that shows words (the pane, the CLI, the workbook's
// templates, the report) keeps its own catalogue as an English module plus `fr.json` and `es.json`,
// built here, so a message is a key plus parameters until the place that shows it renders it in
// its own language.

import type { Language } from "./language";
import { fillTemplate, templatePlaceholders, type MessageParameters } from "./messageText";

export type Templates = Readonly<Record<string, string>>;

export interface MessageCatalogue<Key extends string> {
  readonly keys: readonly Key[];
  /** The message in the language; a template missing there falls back to English. */
  text(language: Language, key: Key, parameters?: MessageParameters): string;
  /** Every template of a language as written (English for a key the language lacks). */
  templates(language: Language): Readonly<Record<Key, string>>;
}

export function messageCatalogue<Key extends string>(
  english: Readonly<Record<Key, string>>,
  translations: Readonly<Record<Exclude<Language, "en">, Templates>>,
): MessageCatalogue<Key> {
  const keys = Object.keys(english) as Key[];
  const templateOf = (language: Language, key: Key): string =>
    language === "en" ? english[key] : (translations[language][key] ?? english[key]);
  return {
    keys,
    text: (language, key, parameters) => fillTemplate(templateOf(language, key), parameters),
    templates: (language) =>
      Object.fromEntries(keys.map((key) => [key, templateOf(language, key)])) as Record<
        Key,
        string
      >,
  };
}

/**
 * What is wrong with a language's templates against the English key set: keys it lacks, keys
 * English does not have, placeholders that differ. Empty when the translation is complete.
 */
export function translationProblems(english: Templates, translation: Templates): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) {
    const template = translation[key];
    if (template === undefined) {
      problems.push(`missing: ${key}`);
      continue;
    }
    const expected = templatePlaceholders(english[key] ?? "").join(", ");
    const found = templatePlaceholders(template).join(", ");
    if (expected !== found)
      problems.push(`placeholders of ${key}: {${found}} instead of {${expected}}`);
  }
  for (const key of Object.keys(translation))
    if (!(key in english)) problems.push(`not in English: ${key}`);
  return problems;
}
