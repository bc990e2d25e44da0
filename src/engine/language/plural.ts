// Whether a count takes the singular in a language: French says "0 répondant", English "0
// respondents" (Intl.PluralRules: French's "one" is 0 and 1, English's and Spanish's only 1).

import type { Language } from "./language";

const RULES = new Map<Language, Intl.PluralRules>();

export function takesSingular(language: Language, count: number): boolean {
  let rules = RULES.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    RULES.set(language, rules);
  }
  return rules.select(count) === "one";
}
