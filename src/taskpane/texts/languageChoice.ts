// Which language the pane speaks: the person's choice in Settings when they made one, else Office's
// display language (Office.context.displayLanguage) inside Office, the browser's (navigator.language)
// outside it. The choice belongs to the person, not to the workbook, so it is kept in the browser's
// localStorage and never written into a workbook.

import { languageOfTag, type Language } from "../../engine/language";

/** A language, or "office": follow Office's (the browser's) language. */
export type LanguageChoice = Language | "office";

export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ["office", "en", "fr", "es"];

/** Where the choice is kept in localStorage. */
export const LANGUAGE_STORAGE_KEY = "c2c-scoreboard.pane-language";

/** The locale numbers and dates follow when the language was chosen and the environment's is another. */
const DEFAULT_LOCALES: Readonly<Record<Language, string>> = {
  en: "en-GB",
  fr: "fr-FR",
  es: "es-ES",
};

export interface PaneLocale {
  readonly language: Language;
  readonly locale: string;
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return LANGUAGE_CHOICES.some((choice) => choice === value);
}

/**
 * The language and locale for a choice, given the environment's tag ("fr-FR", "es-MX", "de-DE"): the
 * environment's own locale when its language is the one spoken (so es-MX keeps its decimal point),
 * else the language's usual one. A language the product lacks is English.
 */
export function paneLocale(choice: LanguageChoice, environmentTag: string | undefined): PaneLocale {
  const named = languageOfTag(environmentTag);
  const language = choice === "office" ? (named ?? "en") : choice;
  // German Office speaks English here, but with English numbers, not German ones.
  const tag = named === language ? canonicalTag(environmentTag) : undefined;
  return { language, locale: tag ?? DEFAULT_LOCALES[language] };
}

function canonicalTag(tag: string | undefined): string | undefined {
  if (tag === undefined || tag.trim() === "") return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"))[0];
  } catch {
    // Not a BCP 47 tag (e.g. "fr_FR.UTF-8" from a shell): the language's usual locale serves.
    return undefined;
  }
}

/** What keeps the person's choice: the browser's localStorage in the pane. */
export interface ChoiceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The stored choice, "office" when there is none or the storage cannot be read (a locked-down browser). */
export function storedChoice(storage: ChoiceStorage | undefined): LanguageChoice {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguageChoice(value) ? value : "office";
  } catch {
    return "office";
  }
}

/** Keeps the choice; where the browser refuses storage the choice lasts until the pane closes. */
export function storeChoice(storage: ChoiceStorage | undefined, choice: LanguageChoice): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, choice);
  } catch {
    // Storage refused (private mode, a policy): nothing to tell the person, the pane still switched.
  }
}
