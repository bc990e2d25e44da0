// The pane's words in one language: the pane's message catalogue (English the key set, French and
// Spanish beside it) rendered for a language, with numbers, counts and dates written by `Intl` for
// the full locale (fr-FR and es-ES write a decimal comma, es-MX a point). Number formats written
// into workbooks are not made here: they stay locale-neutral and Excel shows them per its user.

import { messageCatalogue, type Language, type MessageParameters } from "../../engine/language";
import { problemMessage } from "../../engine/language/problemTexts";
import type { Problem } from "../../engine/model/types";
import { ENGLISH_TEXTS, type PaneTextKey } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export type { PaneTextKey } from "./englishTexts";

export const PANE_CATALOGUE = messageCatalogue<PaneTextKey>(ENGLISH_TEXTS, { fr, es });

export interface PaneTexts {
  readonly language: Language;
  /** The BCP 47 locale numbers and dates are written for, e.g. "fr-FR" or "es-MX". */
  readonly locale: string;
  readonly t: (key: PaneTextKey, parameters?: MessageParameters) => string;
  /** "1 item", "3 items": the key for one or for many as the locale's plural rules choose, {count} filled. */
  readonly count: (count: number, one: PaneTextKey, other: PaneTextKey) => string;
  /** The locale's plural category of a count: "one" or another ("other", "many"…). */
  readonly plural: (count: number) => Intl.LDMLPluralRule;
  /** A number with exactly this many decimals, in the locale's way. */
  readonly number: (value: number, decimals: number) => string;
  /** A moment as a date and time in the locale's way. */
  readonly dateTime: (value: Date) => string;
  /** "A", "A and B", "A, B and C". */
  readonly words: (words: readonly string[]) => string;
  /** A problem the engine found, "Checklist!E7: why", rendered in the pane's language. */
  readonly problem: (problem: Problem) => string;
}

export function paneTexts(language: Language, locale: string): PaneTexts {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (decimals: number): Intl.NumberFormat => {
    const known = numbers.get(decimals);
    if (known !== undefined) return known;
    const made = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numbers.set(decimals, made);
    return made;
  };
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  const t = (key: PaneTextKey, parameters?: MessageParameters): string =>
    PANE_CATALOGUE.text(language, key, parameters);
  return {
    language,
    locale,
    t,
    count: (count, one, other) =>
      t(plurals.select(count) === "one" ? one : other, { count: numberFormat(0).format(count) }),
    plural: (count) => plurals.select(count),
    number: (value, decimals) => numberFormat(decimals).format(value),
    dateTime: (value) => dates.format(value),
    problem: (problem) => `${problem.address}: ${problemMessage(language, problem)}`,
    words: (words) => {
      if (words.length <= 1) return words.join("");
      return t("list.words", {
        first: words.slice(0, -1).join(t("list.separator")),
        last: words[words.length - 1] ?? "",
      });
    },
  };
}

/** The pane in English, as it reads where no language was chosen (tests, a pane not yet set up). */
export const ENGLISH_PANE_TEXTS = paneTexts("en", "en-GB");
