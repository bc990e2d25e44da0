// The CLI's messages in its language (src/cli/language.ts decides which).

import type { Language } from "../../engine/language/language";
import { takesSingular } from "../../engine/language/plural";
import { messageCatalogue } from "../../engine/language/messageCatalogue";
import type { MessageParameters } from "../../engine/language/messageText";
import { ENGLISH_CLI_TEXTS, type CliTextKey } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_CLI_TEXTS, type CliTextKey } from "./englishTexts";

export const cliTexts = messageCatalogue(ENGLISH_CLI_TEXTS, { fr, es });

export function cliText(
  language: Language,
  key: CliTextKey,
  parameters?: MessageParameters,
): string {
  return cliTexts.text(language, key, parameters);
}

/** "1 warning", "3 warnings" in the language ("0 avertissement" in French). */
/** "1 respondent", "2 respondents", "0 répondant": a count with the word its language gives it. */
export function countedIn(
  language: Language,
  count: number,
  one: CliTextKey,
  many: CliTextKey,
): string {
  return cliText(language, takesSingular(language, count) ? one : many, { count });
}

export function warningCount(language: Language, count: number): string {
  return countedIn(language, count, "warningsOne", "warningsMany");
}
