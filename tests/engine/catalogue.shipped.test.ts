// The shipped catalogue and its French and Spanish texts pass every check (schemas, cross-checks,
// key sets), and what the run time reads from the same files without checking them is exactly
// what the checks accept (docs/decisions/0037-catalogue-check-at-build.md).
import { catalogue } from "../../src/engine/catalogue";
import { checkShippedCatalogue } from "../../src/engine/catalogue/checkShipped";
import { catalogueTexts } from "../../src/engine/catalogue/texts";

describe("the shipped catalogue", () => {
  const checked = checkShippedCatalogue();

  it("is valid, and the run time reads it as validated", () => {
    expect(checked.catalogue).toEqual(catalogue);
    expect(checked.catalogue.indicators.length).toBe(catalogue.indicators.length);
    expect(catalogue.indicators.length).toBeGreaterThan(0);
  });

  it.each(["fr", "es"] as const)(
    "has valid %s texts, read at run time as validated",
    (language) => {
      expect(checked.texts[language]).toEqual(catalogueTexts(language));
      expect(Object.keys(catalogueTexts(language).items.texts)).toHaveLength(57);
    },
  );
});
