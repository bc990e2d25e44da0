import {
  fillTemplate,
  messageCatalogue,
  translationProblems,
  languageOfEnvironment,
  languageOfTag,
  templatePlaceholders,
} from "../../../src/engine/language";

describe("languageOfTag", () => {
  it.each([
    ["fr-FR", "fr"],
    ["es-419", "es"],
    ["fr_SN.UTF-8", "fr"],
    ["EN-us", "en"],
    ["de-DE", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s is %s", (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });
});

describe("languageOfEnvironment", () => {
  it("takes LC_ALL before LC_MESSAGES before LANG", () => {
    expect(languageOfEnvironment({ LANG: "es_ES.UTF-8", LC_ALL: "fr_FR.UTF-8" })).toBe("fr");
    expect(languageOfEnvironment({ LANG: "es_ES.UTF-8", LC_MESSAGES: "fr_FR" })).toBe("fr");
    expect(languageOfEnvironment({ LANG: "es_MX.UTF-8" })).toBe("es");
  });
  it("is English for C, POSIX, another language or nothing", () => {
    expect(languageOfEnvironment({ LANG: "C" })).toBe("en");
    expect(languageOfEnvironment({ LANG: "POSIX", LC_ALL: "" })).toBe("en");
    expect(languageOfEnvironment({ LANG: "de_DE.UTF-8" })).toBe("en");
    expect(languageOfEnvironment({})).toBe("en");
  });
});

describe("fillTemplate", () => {
  it("fills each placeholder, keeps one without a parameter", () => {
    expect(fillTemplate("{file}: {count} rows, {missing}", { file: "a.xlsx", count: 3 })).toBe(
      "a.xlsx: 3 rows, {missing}",
    );
  });
  it("lists a template's placeholders once, sorted", () => {
    expect(templatePlaceholders("{b} {a} {b}")).toEqual(["a", "b"]);
  });
});

describe("messageCatalogue", () => {
  const english = { saved: "{file} saved", count: "{count} rows" };
  const catalogue = messageCatalogue(english, {
    fr: { saved: "{file} enregistré", count: "{count} lignes" },
    es: { saved: "{file} guardado" },
  });
  it("renders a key in each language, English where a language lacks it", () => {
    expect(catalogue.text("fr", "saved", { file: "a.xlsx" })).toBe("a.xlsx enregistré");
    expect(catalogue.text("es", "count", { count: 2 })).toBe("2 rows");
    expect(catalogue.keys).toEqual(["saved", "count"]);
  });
  it("names missing keys, extra keys and differing placeholders", () => {
    expect(translationProblems(english, { saved: "{fichier} enregistré", extra: "x" })).toEqual([
      "placeholders of saved: {fichier} instead of {file}",
      "missing: count",
      "not in English: extra",
    ]);
    expect(translationProblems(english, { saved: "{file} ok", count: "{count} filas" })).toEqual(
      [],
    );
  });
});
