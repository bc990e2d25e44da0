// What an English page of the report says that a French or Spanish one must not: the fixed parts of
// the English sentences of the report's, the stakeholder notes' and the comparison's catalogues,
// and the catalogue's English names and bases' sources where the language words them otherwise.

import { catalogue } from "../../../src/engine/catalogue";
import { catalogueWording, type TextSection } from "../../../src/engine/catalogue/texts";
import { ENGLISH_COMPARE_TEXTS } from "../../../src/engine/compare/texts";
import type { Language } from "../../../src/engine/language";
import { ENGLISH_REPORT_TEXTS } from "../../../src/engine/publish/texts";
import { ENGLISH_STAKEHOLDER_TEXTS } from "../../../src/engine/stakeholders/texts";

/** The English sentences' fixed parts (between placeholders and tags) of 16 characters or more. */
export const ENGLISH_FRAGMENTS = [
  ...new Set(
    [
      ...Object.values(ENGLISH_REPORT_TEXTS),
      ...Object.values(ENGLISH_STAKEHOLDER_TEXTS),
      ...Object.values(ENGLISH_COMPARE_TEXTS),
    ].flatMap((template) =>
      template
        .split(/\{[A-Za-z]+\}|<[^>]+>/u)
        .map((fragment) => fragment.trim())
        .filter((fragment) => fragment.length >= 16),
    ),
  ),
];

interface CatalogueEnglish {
  readonly section: TextSection;
  readonly id: string;
  readonly english: string;
}

/** The catalogue's English indicator names and bases' sources. */
export const CATALOGUE_ENGLISH: readonly CatalogueEnglish[] = catalogue.indicators.flatMap(
  (indicator) => [
    { section: "indicatorNames" as const, id: indicator.id, english: indicator.name },
    ...[indicator.endBasis.source, indicator.worstBasis.source].flatMap((source) =>
      source === undefined
        ? []
        : [{ section: "basisSources" as const, id: source, english: source }],
    ),
  ],
);

/** Those the language words otherwise (a text spelled the same in both is no leftover). */
export function wordedOtherwise(language: Language): CatalogueEnglish[] {
  return CATALOGUE_ENGLISH.filter(
    (entry) => catalogueWording(language, entry.section, entry.id, entry.english) !== entry.english,
  );
}

/** The page's text outside tags, with escaped apostrophes and quotes read back. */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/gu, "")
    .replace(/<[^>]+>/gu, " ")
    .replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, "&");
}
