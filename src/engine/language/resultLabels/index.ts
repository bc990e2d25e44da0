// Result labels (bands, trend classes, flags) in the product's languages; a label outside the
// catalogue is shown as the engine gave it.

import { LANGUAGES, type Language } from "../language";
import { wordKey } from "../contractWords/headerKeys";
import { messageCatalogue } from "../messageCatalogue";
import { ENGLISH_RESULT_LABELS, RESULT_LABELS } from "./englishLabels";
import es from "./es.json";
import fr from "./fr.json";

export { RESULT_LABELS };

export const resultLabels = messageCatalogue(ENGLISH_RESULT_LABELS, { fr, es });

/** The label as a person reading `language` sees it. */
export function labelIn(language: Language, label: string): string {
  return label in ENGLISH_RESULT_LABELS ? resultLabels.text(language, label) : label;
}

let englishByWord: Map<string, string> | undefined;

/** The English label a cell's text names in any of the three languages, or undefined. */
export function englishLabelOf(text: string): string | undefined {
  englishByWord ??= new Map(
    RESULT_LABELS.flatMap((label) =>
      LANGUAGES.map((language) => [wordKey(labelIn(language, label)), label] as const),
    ),
  );
  return englishByWord.get(wordKey(text));
}
