// The programme report's words in the page's language (decision 0034).

import { messageCatalogue, type Language, type MessageParameters } from "../../../language";
import { ENGLISH_PROGRAMME_REPORT_TEXTS, type ProgrammeReportTextKey } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_PROGRAMME_REPORT_TEXTS, type ProgrammeReportTextKey } from "./englishTexts";

export const programmeReportTexts = messageCatalogue(ENGLISH_PROGRAMME_REPORT_TEXTS, { fr, es });

/** The report's text of a key in a language. */
export function programmeReportText(
  language: Language,
): (key: ProgrammeReportTextKey, parameters?: MessageParameters) => string {
  return (key, parameters) => programmeReportTexts.text(language, key, parameters);
}
