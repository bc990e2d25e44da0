// The catalogue's indicator names, the bases of end and worst values and the DAC criteria in French
// and Spanish (decision 0028): every indicator has a name in each language, an entry marks its own
// translation where its block's does not fit it, and the official names are the UN's and OECD's.

import { catalogue, CatalogueError } from "../../src/engine/catalogue";
import {
  catalogueText,
  catalogueTexts,
  catalogueWording,
  translationMark,
  translationOf,
} from "../../src/engine/catalogue/texts";
import es from "../../src/engine/catalogue/texts/es.json";
import fr from "../../src/engine/catalogue/texts/fr.json";
import { validateTexts } from "../../src/engine/catalogue/texts/validateTexts";

const english = catalogueTexts("en");
const LANGUAGES = ["fr", "es"] as const;

describe("the indicator names in French and Spanish", () => {
  it.each(LANGUAGES)("name every one of the catalogue's indicators in %s", (language) => {
    expect(catalogue.indicators).toHaveLength(93);
    for (const indicator of catalogue.indicators) {
      const name = catalogueText(language, "indicatorNames", indicator.id);
      expect(name).toBeDefined();
      expect(name).not.toBe(indicator.name);
    }
  });

  it.each(LANGUAGES)(
    "mark unofficial, in %s, every indicator the UN does not publish (C2C-…, localised)",
    (language) => {
      for (const indicator of catalogue.indicators.filter((entry) => entry.origin !== "UN global"))
        expect([indicator.id, translationOf(language, "indicatorNames", indicator.id)]).toEqual([
          indicator.id,
          "unofficial",
        ]);
      expect(translationOf(language, "indicatorNames", "C2C-FIN")).toBe("unofficial");
    },
  );

  it.each(LANGUAGES)("give a source for every official name in %s", (language) => {
    for (const indicator of catalogue.indicators) {
      const mark = translationMark(language, "indicatorNames", indicator.id);
      if (mark.translation === "official") expect(mark.source).toMatch(/^\S.*https:\/\//u);
    }
    expect(translationMark(language, "indicatorNames").source).toContain(
      `open-sdg/sdg-translations/blob/`,
    );
  });

  it("are the UN's wording where the block says official", () => {
    // A/RES/71/313, as the UN Statistics Division publishes it in French and Spanish.
    expect(catalogueText("fr", "indicatorNames", "11.6.2")).toBe(
      "Niveau moyen annuel de particules fines (PM 2,5 et PM 10, par exemple) dans les villes, pondéré en fonction du nombre d’habitants",
    );
    expect(catalogueText("es", "indicatorNames", "11.6.2")).toBe(
      "Niveles medios anuales de partículas finas en suspensión (por ejemplo, PM2.5 y PM10) en las ciudades (ponderados según la población)",
    );
    expect(catalogueText("fr", "indicatorNames", "1.2.1")).toBe(
      "Proportion de la population vivant au-dessous du seuil national de pauvreté, par sexe et âge",
    );
    expect(catalogueText("es", "indicatorNames", "17.8.1")).toBe(
      "Proporción de personas que utilizan Internet",
    );
    expect(translationOf("fr", "indicatorNames", "11.6.2")).toBe("official");
    expect(translationOf("es", "indicatorNames", "11.6.1")).toBe("official");
  });

  it("mark ours the names the UN wording would misdescribe: a part of the indicator, a revised one", () => {
    // 5.5.1 is local governments only, (b) of the UN's; 11.6.1 was revised in 2020 and the French
    // text we found is the earlier measure.
    expect(translationOf("fr", "indicatorNames", "5.5.1")).toBe("unofficial");
    expect(translationOf("es", "indicatorNames", "5.5.1")).toBe("unofficial");
    expect(translationOf("fr", "indicatorNames", "11.6.1")).toBe("unofficial");
    // An official entry with its own source, in a block with another.
    expect(translationMark("fr", "indicatorNames", "6.3.1").source).toContain(
      "sdg-data-canada-odd-donnees",
    );
  });
});

describe("the bases of end and worst values", () => {
  it.each(LANGUAGES)("have every kind and every source of the catalogue in %s", (language) => {
    const kinds = new Set(
      catalogue.indicators.flatMap((i) => [i.endBasis.kind, i.worstBasis.kind]),
    );
    const sources = new Set(
      catalogue.indicators.flatMap((i) =>
        [i.endBasis.source, i.worstBasis.source].filter((s): s is string => s !== undefined),
      ),
    );
    expect(sources.size).toBe(57);
    for (const kind of kinds) expect(catalogueText(language, "basisKinds", kind)).toBeDefined();
    for (const source of sources)
      expect(catalogueText(language, "basisSources", source)).not.toBe(source);
    expect(Object.keys(english.basisSources.texts).sort()).toEqual([...sources].sort());
    expect(translationOf(language, "basisSources")).toBe("unofficial");
  });

  it("resolve through the one function, English for what the catalogue does not know", () => {
    expect(catalogueWording("fr", "basisKinds", "natural maximum", "natural maximum")).toBe(
      "maximum naturel",
    );
    expect(catalogueWording("es", "basisSources", "a local source", "a local source")).toBe(
      "a local source",
    );
    expect(catalogueWording("en", "indicatorNames", "11.6.2", "my own words")).toBe("my own words");
  });
});

describe("the DAC criteria", () => {
  it("are the OECD's official French names, and marked ours in Spanish", () => {
    expect(Object.values(catalogueTexts("fr").dacCriteria.texts)).toEqual([
      "Pertinence",
      "Cohérence",
      "Efficacité",
      "Efficience",
      "Impact",
      "Viabilité",
    ]);
    expect(translationMark("fr", "dacCriteria").translation).toBe("official");
    expect(translationMark("fr", "dacCriteria").source).toContain("oecd.org/fr");
    expect(translationOf("es", "dacCriteria")).toBe("unofficial");
  });
});

describe("the texts schema", () => {
  const withEntry = (entry: unknown): unknown => ({
    ...fr,
    indicatorNames: {
      ...fr.indicatorNames,
      texts: { ...fr.indicatorNames.texts, "11.6.2": entry },
    },
  });

  it("reads an entry that marks its own translation", () => {
    const texts = validateTexts(withEntry({ text: "Nom", translation: "unofficial" }), english);
    expect(texts.indicatorNames.texts["11.6.2"]).toBe("Nom");
    expect(texts.indicatorNames.marks?.["11.6.2"]).toEqual({ translation: "unofficial" });
    expect(texts.indicatorNames.translation).toBe("official");
  });

  it("refuses an official entry without a source, an unknown mark, or an entry without text", () => {
    expect(() =>
      validateTexts(withEntry({ text: "Nom", translation: "official" }), english),
    ).toThrow(CatalogueError);
    expect(() =>
      validateTexts(withEntry({ text: "Nom", translation: "machine" }), english),
    ).toThrow(CatalogueError);
    expect(() => validateTexts(withEntry({ translation: "unofficial" }), english)).toThrow(
      CatalogueError,
    );
    expect(() => validateTexts(withEntry(""), english)).toThrow(CatalogueError);
  });

  it("refuses a file without indicator names, or missing one indicator", () => {
    const rest: Record<string, unknown> = { ...es };
    delete rest["indicatorNames"];
    expect(() => validateTexts(rest, english)).toThrow(CatalogueError);
    const missing = Object.fromEntries(
      Object.entries(es.indicatorNames.texts).filter(([id]) => id !== "C2C-DIG"),
    );
    expect(() =>
      validateTexts({ ...es, indicatorNames: { ...es.indicatorNames, texts: missing } }, english),
    ).toThrow(/es\.indicatorNames: no text for C2C-DIG/u);
  });
});
