// The peer comparison's notes and labels in each language: English for the text and CSV outputs,
// the report's language for the HTML page.

import { messageCatalogue } from "../../language";
import { ENGLISH_COMPARE_TEXTS } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_COMPARE_TEXTS, type CompareTextKey } from "./englishTexts";

export const compareTexts = messageCatalogue(ENGLISH_COMPARE_TEXTS, { fr, es });
