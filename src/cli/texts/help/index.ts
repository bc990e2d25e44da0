// The CLI's help in its language (src/cli/language.ts decides which).

import type { Language } from "../../../engine/language/language";
import { messageCatalogue } from "../../../engine/language/messageCatalogue";
import type { MessageParameters } from "../../../engine/language/messageText";
import { ENGLISH_HELP_TEXTS, type HelpTextKey } from "./englishHelp";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_HELP_TEXTS, type HelpTextKey } from "./englishHelp";

export const helpTexts = messageCatalogue(ENGLISH_HELP_TEXTS, { fr, es });

export function helpText(
  language: Language,
  key: HelpTextKey,
  parameters?: MessageParameters,
): string {
  return helpTexts.text(language, key, parameters);
}
