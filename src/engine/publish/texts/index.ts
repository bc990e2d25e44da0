// The HTML report's words in its language (`c2c report --html --lang es`).

import { messageCatalogue, type Language, type MessageParameters } from "../../language";
import { ENGLISH_REPORT_TEXTS, type ReportTextKey } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_REPORT_TEXTS, type ReportTextKey } from "./englishTexts";

export const reportTexts = messageCatalogue(ENGLISH_REPORT_TEXTS, { fr, es });

export type ReportText = (key: ReportTextKey, parameters?: MessageParameters) => string;

export function reportText(language: Language): ReportText {
  return (key, parameters) => reportTexts.text(language, key, parameters);
}
