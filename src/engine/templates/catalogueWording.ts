// The checklist's wording in a workbook's language: an item whose text is the catalogue's English
// takes the catalogue's text in that language; a custom or reworded item keeps its own wording.

import { catalogue } from "../catalogue";
import { catalogueText } from "../catalogue/texts";
import type { Language } from "../language";
import type { Assessment } from "../model/types";

const ENGLISH_WORDING = new Map(catalogue.items.map((item) => [item.id, item.text]));

export function withCatalogueWording(assessment: Assessment, language: Language): Assessment {
  return {
    ...assessment,
    language,
    checklist: assessment.checklist.map((row) =>
      language !== "en" && ENGLISH_WORDING.get(row.itemId) === row.item
        ? { ...row, item: catalogueText(language, "items", row.itemId) ?? row.item }
        : row,
    ),
  };
}
