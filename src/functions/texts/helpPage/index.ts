// The help page's own words in each language (title, headings, the note on opening the add-in,
// the argument flags, the sources): English in englishTexts.ts, French and Spanish in fr.json and
// es.json. scripts/build/helpPage.ts renders help.html, help-fr.html and help-es.html with them.

import { messageCatalogue } from "../../../engine/language";
import { ENGLISH_HELP_PAGE_TEXTS } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_HELP_PAGE_TEXTS, type HelpPageTextKey } from "./englishTexts";

export const helpPageTexts = messageCatalogue(ENGLISH_HELP_PAGE_TEXTS, { fr, es });
