// The stakeholder view's notes in each language: English for the text and CSV outputs, the
// report's language for the HTML page.

import { messageCatalogue } from "../../language";
import { ENGLISH_STAKEHOLDER_TEXTS } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_STAKEHOLDER_TEXTS, type StakeholderTextKey } from "./englishTexts";

export const stakeholderTexts = messageCatalogue(ENGLISH_STAKEHOLDER_TEXTS, { fr, es });
