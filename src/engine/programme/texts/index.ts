// The words the programme workbook writes, in its language (decision 0034): its own titles, notes,
// block headers and chart titles from this catalogue; the tables' headers from the contract's
// words; bands and trend classes from the result labels; principle, goal, objective and DAC
// criterion names from the catalogue's texts; the provenance line from the templates'. Sheet
// names, table names and ids never change.

import { messageCatalogue, type Language, type MessageParameters } from "../../language";
import { templateWords, type TemplateWords } from "../../templates/texts";
import { ENGLISH_PROGRAMME_TEXTS, type ProgrammeTextKey } from "./englishTexts";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_PROGRAMME_TEXTS, type ProgrammeTextKey } from "./englishTexts";

export const programmeTexts = messageCatalogue(ENGLISH_PROGRAMME_TEXTS, { fr, es });

export interface ProgrammeWords {
  readonly language: Language;
  /** The templates' words in the same language: contract headers, labels, catalogue texts. */
  readonly templates: TemplateWords;
  /** A title, note, header or chart title of the programme workbook. */
  text(key: ProgrammeTextKey, parameters?: MessageParameters): string;
}

export function programmeWords(language: Language): ProgrammeWords {
  return {
    language,
    templates: templateWords(language),
    text: (key, parameters) => programmeTexts.text(language, key, parameters),
  };
}
