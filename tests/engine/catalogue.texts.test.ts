// The catalogue's texts in English, French and Spanish: complete against the English key set, no
// extra keys, placeholders kept, and the official names as the UN publishes them (docs/languages.md).
import { catalogue, CatalogueError } from "../../src/engine/catalogue";
import {
  CATALOGUE_LANGUAGES,
  TEXT_SECTIONS,
  catalogueText,
  catalogueTexts,
  textProblems,
  translationOf,
  type LanguageTexts,
} from "../../src/engine/catalogue/texts";
import { englishTexts } from "../../src/engine/catalogue/texts/englishTexts";
import fr from "../../src/engine/catalogue/texts/fr.json";
import { validateTexts } from "../../src/engine/catalogue/texts/validateTexts";

const english = catalogueTexts("en");

describe("the catalogue's texts", () => {
  it("take English from the catalogue itself", () => {
    expect(catalogueText("en", "items", "TA1")).toBe(catalogue.items[0]?.text);
    expect(catalogueText("en", "principleNames", "MLG")).toBe("Multi-level governance");
    expect(catalogueText("en", "answerLabels", "n/a")).toBe("Not applicable");
    expect(Object.keys(english.items.texts)).toHaveLength(57);
    expect(Object.keys(english.goalNames.texts)).toHaveLength(17);
  });

  it.each(CATALOGUE_LANGUAGES)("have a text for every id in %s, and no other key", (language) => {
    const texts = catalogueTexts(language);
    for (const section of TEXT_SECTIONS)
      expect(Object.keys(texts[section].texts).sort()).toEqual(
        Object.keys(english[section].texts).sort(),
      );
    expect(textProblems(language, texts, english)).toEqual([]);
  });

  it("differ from the English wherever a person reads a sentence", () => {
    for (const language of ["fr", "es"] as const)
      for (const item of catalogue.items)
        expect(catalogueText(language, "items", item.id)).not.toBe(item.text);
  });

  it("find a missing key, an extra key and a changed placeholder", () => {
    const base = englishTexts(catalogue);
    const broken: LanguageTexts = {
      ...base,
      items: {
        translation: "unofficial",
        texts: {
          ...Object.fromEntries(Object.entries(base.items.texts).filter(([id]) => id !== "TA1")),
          TA99: "extra",
        },
      },
      principleNames: {
        translation: "unofficial",
        texts: { ...base.principleNames.texts, TA: "Approche {x}" },
      },
    };
    const withPlaceholder: LanguageTexts = {
      ...base,
      principleNames: {
        translation: "original",
        texts: { ...base.principleNames.texts, TA: "Territorial {y}" },
      },
    };
    const problems = textProblems("fr", broken, withPlaceholder);
    expect(problems).toEqual(
      expect.arrayContaining([
        "fr.items: no text for TA1",
        "fr.items: TA99 is not in the catalogue",
        "fr.principleNames.TA: placeholders differ from the English",
      ]),
    );
    expect(textProblems("fr", withPlaceholder, withPlaceholder)).toEqual([]);
  });

  it("refuse a file that breaks the schema or misses a key", () => {
    expect(() => validateTexts({ ...fr, language: "de" }, english)).toThrow(CatalogueError);
    const rest = Object.fromEntries(Object.entries(fr.items.texts).filter(([id]) => id !== "TA1"));
    expect(() => validateTexts({ ...fr, items: { ...fr.items, texts: rest } }, english)).toThrow(
      /fr\.items: no text for TA1/,
    );
    expect(() =>
      validateTexts(
        { ...fr, goalNames: { translation: "official", texts: fr.goalNames.texts } },
        english,
      ),
    ).toThrow(CatalogueError);
  });

  it("mark the wording written for this product unofficial, and English original", () => {
    for (const language of ["fr", "es"] as const) {
      expect(translationOf(language, "items")).toBe("unofficial");
      expect(translationOf(language, "answerLabels")).toBe("unofficial");
      expect(translationOf(language, "goalNames")).toBe("official");
    }
    expect(translationOf("en", "items")).toBe("original");
  });
});

describe("the official names", () => {
  // The UN's French and Spanish pages of the 17 goals:
  // https://www.un.org/fr/exhibit/odd-17-objectifs-pour-transformer-notre-monde and
  // https://www.un.org/es/exhibits/17-objetivos-para-transformar-el-mundo (the source each file states).
  it("of the SDG goals are the UN's", () => {
    expect(catalogueText("fr", "goalNames", "1")).toBe("Pas de pauvreté");
    expect(catalogueText("fr", "goalNames", "11")).toBe("Villes et communautés durables");
    expect(catalogueText("es", "goalNames", "2")).toBe("Hambre cero");
    expect(catalogueText("es", "goalNames", "14")).toBe("Vida submarina");
    expect(catalogueText("es", "goalNames", "11")).toBe("Ciudades y comunidades sostenibles");
    expect(catalogueTexts("fr").goalNames.source).toContain("un.org/fr");
    expect(catalogueTexts("es").goalNames.source).toContain("un.org/es");
  });
});
