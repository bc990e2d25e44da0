// The pane's message catalogue: French and Spanish complete against the English key set (no key
// missing, none extra, the same placeholders), every key used somewhere in the pane's code, and
// numbers, counts and lists written as each locale writes them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { translationProblems } from "../../../src/engine/language";
import { ENGLISH_TEXTS } from "../../../src/taskpane/texts/englishTexts";
import es from "../../../src/taskpane/texts/es.json";
import fr from "../../../src/taskpane/texts/fr.json";
import { paneTexts } from "../../../src/taskpane/texts/paneTexts";

const PANE_SOURCES = join(__dirname, "../../../src/taskpane");
const CATALOGUE_FILES = new Set(["texts/englishTexts.ts", "texts/fr.json", "texts/es.json"]);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe("the pane's French and Spanish texts", () => {
  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s has every English key, no other, with the same placeholders", (_language, texts) => {
    expect(translationProblems(ENGLISH_TEXTS, texts)).toEqual([]);
  });

  it("catches a missing key and a lost placeholder, so the check above can fail", () => {
    const broken: Record<string, string> = { ...fr, "import.line": "Ligne {line}" };
    delete broken["dialog.cancel"];
    expect(translationProblems(ENGLISH_TEXTS, broken)).toEqual([
      "missing: dialog.cancel",
      "placeholders of import.line: {line} instead of {line, message}",
    ]);
  });

  it("translates what a person reads: no French or Spanish text left equal to the English, but names", () => {
    // Words the same in the three languages: the product's name, formats, and each language's own name.
    const same = new Set([
      "pane.label",
      "list.separator",
      "create.citiesExample",
      "publish.csv",
      "publish.json",
      "language.en",
      "language.fr",
      "language.es",
      "selfTest.line",
      "actions.goalDetail",
      "section.actions",
      "actions.title",
      "actions.action",
      "count.error.one",
      "count.problem.one",
      "compare.compare",
      "compare.title",
      "section.compare",
      "progress.buildingOpenSdg",
      "import.place",
      "dac.impact",
      "dac.sources",
      "platform.other",
    ]);
    for (const [language, texts] of [
      ["fr", fr],
      ["es", es],
    ] as const) {
      const untranslated = Object.entries(ENGLISH_TEXTS)
        .filter(([key, english]) => !same.has(key) && texts[key as keyof typeof texts] === english)
        .map(([key]) => `${language}: ${key}`);
      expect(untranslated).toEqual([]);
    }
  });
});

describe("every key of the pane's texts", () => {
  const code = sourceFiles(PANE_SOURCES)
    .filter((path) => !CATALOGUE_FILES.has(relative(PANE_SOURCES, path).split("\\").join("/")))
    .map((path) => readFileSync(path, "utf8"))
    .join("\n");

  it('is named in the pane\'s code as a string literal (t("key") or a key table)', () => {
    const unused = Object.keys(ENGLISH_TEXTS).filter((key) => !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('and every t("…") call names a key of the catalogue', () => {
    const called = [...code.matchAll(/\bt\("([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(called.length).toBeGreaterThan(100);
    expect(called.filter((key) => !(key in ENGLISH_TEXTS))).toEqual([]);
  });
});

describe("numbers, counts and lists in the pane's locale", () => {
  it.each([
    ["en-GB", "2.10", "41.5", "1,234"],
    ["fr-FR", "2,10", "41,5", "1\u202f234"],
    ["es-ES", "2,10", "41,5", "1234"],
    ["es-MX", "2.10", "41.5", "1,234"],
  ])("%s writes 2.1 as %s, 41.5 as %s and 1234 as %s", (locale, two, one, thousands) => {
    const language = locale.startsWith("fr") ? "fr" : locale.startsWith("es") ? "es" : "en";
    const texts = paneTexts(language, locale);
    expect(texts.number(2.1, 2)).toBe(two);
    expect(texts.number(41.5, 1)).toBe(one);
    expect(texts.number(1234, 0)).toBe(thousands);
  });

  it("counts one and many as each language does (French says 0 and 1 in the singular)", () => {
    const french = paneTexts("fr", "fr-FR");
    expect(french.count(0, "count.answer.one", "count.answer.other")).toBe("0 réponse");
    expect(french.count(1, "count.answer.one", "count.answer.other")).toBe("1 réponse");
    expect(french.count(2, "count.answer.one", "count.answer.other")).toBe("2 réponses");
    const english = paneTexts("en", "en-GB");
    expect(english.count(0, "count.answer.one", "count.answer.other")).toBe("0 answers");
    expect(paneTexts("es", "es-ES").count(1, "count.answer.one", "count.answer.other")).toBe(
      "1 respuesta",
    );
  });

  it("joins words with the language's 'and'", () => {
    expect(paneTexts("en", "en-GB").words(["About", "Checklist", "Scoreboard"])).toBe(
      "About, Checklist and Scoreboard",
    );
    expect(paneTexts("fr", "fr-FR").words(["A", "B"])).toBe("A et B");
    expect(paneTexts("es", "es-ES").words(["A", "B", "C"])).toBe("A, B y C");
    expect(paneTexts("es", "es-ES").words(["A"])).toBe("A");
  });

  it("writes a date and time in the locale's words", () => {
    const moment = new Date("2026-03-01T10:05:00Z");
    expect(paneTexts("fr", "fr-FR").dateTime(moment)).toMatch(/1(er)? mars 2026/);
    expect(paneTexts("es", "es-ES").dateTime(moment)).toMatch(/1 de marzo de 2026/);
  });

  it("fills a template's placeholders with the parameters", () => {
    expect(paneTexts("fr", "fr-FR").t("file.save", { file: "x.csv" })).toBe("Enregistrer x.csv");
  });
});
