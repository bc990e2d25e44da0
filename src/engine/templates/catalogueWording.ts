// The catalogue's wording in a workbook's language: a checklist item or an indicator whose text is
// the catalogue's own (in any of its languages) takes the catalogue's text in that language; a
// custom or reworded one keeps its own wording.

import { findIndicator } from "../catalogue";
import { CATALOGUE_LANGUAGES, catalogueText, type TextSection } from "../catalogue/texts";
import type { Language } from "../language";
import type { Assessment } from "../model/types";

/** The text in `language` when `text` is the catalogue's wording of `id` in one of its languages. */
function inLanguage(section: TextSection, id: string, text: string, language: Language): string {
  const isCatalogues = CATALOGUE_LANGUAGES.some(
    (wordedIn) => catalogueText(wordedIn, section, id) === text,
  );
  return isCatalogues ? (catalogueText(language, section, id) ?? text) : text;
}

export function withCatalogueWording(assessment: Assessment, language: Language): Assessment {
  return {
    ...assessment,
    language,
    checklist: assessment.checklist.map((row) => ({
      ...row,
      item: inLanguage("items", row.itemId, row.item, language),
    })),
    indicators: assessment.indicators.map((row) => ({
      ...row,
      indicator: inLanguage(
        "indicatorNames",
        findIndicator(row.code)?.id ?? row.code,
        row.indicator,
        language,
      ),
    })),
  };
}
