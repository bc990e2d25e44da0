// Result labels (bands, trend classes, flags) in the product's languages; a label outside the
// catalogue is shown as the engine gave it.

import type { Language } from "../language";
import { messageCatalogue } from "../messageCatalogue";
import { ENGLISH_RESULT_LABELS } from "./englishLabels";
import es from "./es.json";
import fr from "./fr.json";

export { RESULT_LABELS } from "./englishLabels";

export const resultLabels = messageCatalogue(ENGLISH_RESULT_LABELS, { fr, es });

/** The label as a person reading `language` sees it. */
export function labelIn(language: Language, label: string): string {
  return label in ENGLISH_RESULT_LABELS ? resultLabels.text(language, label) : label;
}
