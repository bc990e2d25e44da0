// Proves the shipped catalogue and its French and Spanish texts valid: the schemas (Ajv), the
// cross-checks and the texts' key sets. Run by the build (scripts/buildCli.ts) and by
// tests/engine/catalogue.shipped.test.ts, not at every start: the shipped data cannot change after
// the build (docs/decisions/0037-catalogue-check-at-build.md). Throws CatalogueError listing every
// problem.
import { SHIPPED_CATALOGUE_DATA } from "./shippedData";
import { englishTexts } from "./texts/englishTexts";
import { SHIPPED_TEXTS_DATA } from "./texts/shippedTexts";
import type { LanguageTexts } from "./texts/types";
import { validateTexts } from "./texts/validateTexts";
import type { Catalogue } from "./types";
import { validateCatalogue } from "./validate";

export interface CheckedCatalogue {
  readonly catalogue: Catalogue;
  readonly texts: { readonly fr: LanguageTexts; readonly es: LanguageTexts };
}

/** The shipped data, validated; what the run time reads without checking must equal it. */
export function checkShippedCatalogue(): CheckedCatalogue {
  const catalogue = validateCatalogue(structuredClone(SHIPPED_CATALOGUE_DATA));
  const english = englishTexts(catalogue);
  return {
    catalogue,
    texts: {
      fr: validateTexts(structuredClone(SHIPPED_TEXTS_DATA.fr), english),
      es: validateTexts(structuredClone(SHIPPED_TEXTS_DATA.es), english),
    },
  };
}
