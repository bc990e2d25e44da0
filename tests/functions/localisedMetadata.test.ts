import { readFileSync } from "node:fs";
import path from "node:path";
import {
  functionTextProblems,
  HelpLinkError,
  localisedHelpUrl,
  localisedMetadata,
  type RawMetadata,
} from "../../scripts/build/localisedMetadata";
import { FUNCTION_TEXTS, type TranslatedLanguage } from "../../src/functions/texts";
import { FUNCTION_GUIDE } from "../../src/functions/guide";
import { expectGolden } from "../golden/goldenFile";
import { generateMetadata, type Metadata } from "./metadataSource";

// functions-fr.json and functions-es.json are what French and Spanish Excel show in the formula
// builder: the English metadata with names and help from src/functions/texts. To accept a change:
//   UPDATE_GOLDEN=1 npx jest tests/functions/localisedMetadata
// then commit tests/golden/functions-fr.json and functions-es.json.

const LANGUAGES: readonly TranslatedLanguage[] = ["fr", "es"];
const EXAMPLE_WORD: Readonly<Record<TranslatedLanguage, string>> = {
  fr: "Exemple : ",
  es: "Ejemplo: ",
};
const HELP_TEXT_LIMIT = 255;
/** Parameter names that are the same word in English and in that language. */
const SAME_PARAMETER_WORDS: Readonly<Record<TranslatedLanguage, readonly string[]>> = {
  fr: ["scores", "score", "code"],
  es: [],
};
const TEXTS_DIRECTORY = path.resolve(__dirname, "../../src/functions/texts");

/** Excel's own function names in a language, from the committed list (comments start with #). */
function builtinNames(language: TranslatedLanguage): Set<string> {
  const text = readFileSync(
    path.join(TEXTS_DIRECTORY, `excelBuiltinNames.${language}.txt`),
    "utf8",
  );
  return new Set(
    text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => line.toUpperCase()),
  );
}

let english: Metadata;

beforeAll(async () => {
  ({ metadata: english } = await generateMetadata());
});

function localised(language: TranslatedLanguage): Metadata {
  return localisedMetadata(
    english as unknown as RawMetadata,
    FUNCTION_TEXTS[language],
    language,
  ) as unknown as Metadata;
}

describe.each(LANGUAGES)("functions-%s.json", (language) => {
  it("matches the committed golden file", () => {
    expectGolden(
      path.resolve(__dirname, `../golden/functions-${language}.json`),
      `${JSON.stringify(localised(language), null, 4)}\n`,
      `UPDATE_GOLDEN=1 npx jest tests/functions/localisedMetadata and commit tests/golden/functions-${language}.json`,
    );
  });

  it("has a text for every function and parameter, and none for anything else", () => {
    expect(
      functionTextProblems(english as unknown as RawMetadata, FUNCTION_TEXTS[language]),
    ).toEqual([]);
  });

  it("keeps every id, parameter, type and flag of the English metadata; only words and help pages change", () => {
    const strip = (metadata: Metadata) => ({
      ...metadata,
      functions: metadata.functions.map((entry) => ({
        ...entry,
        name: "",
        description: "",
        helpUrl: "",
        parameters: entry.parameters.map((parameter) => ({
          ...parameter,
          name: "",
          description: "",
        })),
      })),
    });
    expect(strip(localised(language))).toEqual(strip(english));
  });

  it("links every function's help to the same anchor on the page in its language", () => {
    expect(localised(language).functions.map((entry) => [entry.id, entry.helpUrl])).toEqual(
      english.functions.map((entry) => [
        entry.id,
        `https://localhost:3000/help-${language}.html#c2c-${entry.id.toLowerCase()}`,
      ]),
    );
    expect(english.functions.map((entry) => entry.helpUrl)).toEqual(
      english.functions.map(
        (entry) => `https://localhost:3000/help.html#c2c-${entry.id.toLowerCase()}`,
      ),
    );
  });

  it("names every function as Excel allows, each once, none an Excel function of that language", () => {
    const builtins = builtinNames(language);
    expect(builtins.size).toBeGreaterThan(300);
    const names = localised(language).functions.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      // Custom functions naming: a letter first, three characters at least, letters, periods and
      // underscores (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming);
      // never a cell reference such as AB12.
      expect({ name, valid: /^[A-Z][A-Z0-9._]{2,}$/.test(name) }).toEqual({ name, valid: true });
      expect({ name, cell: /^[A-Z]{1,3}\d+$/.test(name) }).toEqual({ name, cell: false });
      expect({ name, builtin: builtins.has(name) }).toEqual({ name, builtin: false });
    }
  });

  it("names every parameter in the language, except the words it shares with English", () => {
    for (const entry of localised(language).functions) {
      const englishEntry = english.functions.find((candidate) => candidate.id === entry.id);
      entry.parameters.forEach((parameter, position) => {
        const englishName = englishEntry?.parameters[position]?.name;
        const same = SAME_PARAMETER_WORDS[language].includes(parameter.name);
        expect({
          id: entry.id,
          name: parameter.name,
          translated: parameter.name !== englishName,
        }).toEqual({ id: entry.id, name: parameter.name, translated: !same });
        expect({ name: parameter.name, valid: /^[a-z][A-Za-z]*$/.test(parameter.name) }).toEqual({
          name: parameter.name,
          valid: true,
        });
      });
      const names = entry.parameters.map((parameter) => parameter.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("names no English parameter in the help where the language has its own name for it", () => {
    for (const entry of localised(language).functions) {
      const englishEntry = english.functions.find((candidate) => candidate.id === entry.id);
      const renamed = (englishEntry?.parameters ?? [])
        .map((parameter) => parameter.name)
        .filter((name) => !SAME_PARAMETER_WORDS[language].includes(name));
      for (const parameter of entry.parameters)
        for (const name of renamed)
          expect({
            id: entry.id,
            mentions: new RegExp(`\\b${name}\\b`).test(parameter.description ?? ""),
          }).toEqual({ id: entry.id, mentions: false });
    }
  });

  it("describes every function with an example under its own name, within Excel's help-text limit", () => {
    for (const entry of localised(language).functions) {
      expect(entry.description).toContain(`${EXAMPLE_WORD[language]}=C2C.${entry.name}(`);
      expect(entry.description?.length).toBeLessThanOrEqual(HELP_TEXT_LIMIT);
      for (const parameter of entry.parameters)
        expect(parameter.description?.length).toBeLessThanOrEqual(HELP_TEXT_LIMIT);
    }
  });

  it("gives the pane a one-line meaning for every function of its guide", () => {
    for (const entry of FUNCTION_GUIDE)
      expect(FUNCTION_TEXTS[language][entry.id]?.meaning.length ?? 0).toBeGreaterThan(20);
  });
});

describe("the parameter names check", () => {
  it.each([
    ["part min", 'PRINCIPLE names minShare "part min", not lower camelCase ASCII letters'],
    ["partMín", 'PRINCIPLE names minShare "partMín", not lower camelCase ASCII letters'],
    ["PartMin", 'PRINCIPLE names minShare "PartMin", not lower camelCase ASCII letters'],
    ["part2", 'PRINCIPLE names minShare "part2", not lower camelCase ASCII letters'],
    ["principe", 'PRINCIPLE names two parameters "principe"'],
  ])("refuses the French name %s for minShare", (name, problem) => {
    const principle = FUNCTION_TEXTS.fr.PRINCIPLE;
    if (principle === undefined) throw new Error("the French texts have no PRINCIPLE");
    const texts = {
      ...FUNCTION_TEXTS.fr,
      PRINCIPLE: {
        ...principle,
        parameters: { ...principle.parameters, minShare: { name, description: "La part." } },
      },
    };
    expect(functionTextProblems(english as unknown as RawMetadata, texts)).toEqual([problem]);
  });
});

describe("the help links", () => {
  it("move to the page of the language, after the hosting site's path", () => {
    expect(
      localisedHelpUrl("SCORE", "https://addins.example.org/c2c/help.html#c2c-score", "es"),
    ).toBe("https://addins.example.org/c2c/help-es.html#c2c-score");
  });

  it("refuse a link that is not to help.html#…", () => {
    const link = "https://localhost:3000/guide.html#c2c-score";
    expect(() => localisedHelpUrl("SCORE", link, "fr")).toThrow(HelpLinkError);
    expect(() => localisedHelpUrl("SCORE", link, "fr")).toThrow(
      "SCORE's @helpurl https://localhost:3000/guide.html#c2c-score does not point at help.html#…, so its help-fr.html and help-es.html links cannot be made",
    );
  });
});

describe("the built-in names check", () => {
  it("would catch a localised name that is an Excel function (TENDANCE, TENDENCIA)", () => {
    expect(builtinNames("fr").has("TENDANCE")).toBe(true);
    expect(builtinNames("fr").has("MOYENNE.SI.ENS")).toBe(true);
    expect(builtinNames("es").has("TENDENCIA")).toBe(true);
    expect(builtinNames("es").has("PROMEDIO")).toBe(true);
  });

  it("refuses texts that lack a function or a parameter, or name one that does not exist", () => {
    const texts = { ...FUNCTION_TEXTS.fr };
    const score = texts.SCORE;
    if (score === undefined) throw new Error("the French texts have no SCORE");
    delete texts.DISTANCE;
    texts.SCORE = {
      ...score,
      parameters: {
        value: { name: "valeur", description: "v" },
        worst: { name: "valeur", description: "w" },
        target: { name: "cible", description: "t" },
      },
    };
    expect(functionTextProblems(english as unknown as RawMetadata, texts)).toEqual([
      "SCORE has no text for end",
      "SCORE has no parameter target",
      'SCORE names two parameters "valeur"',
      "no text for DISTANCE",
    ]);
    expect(() => localisedMetadata(english as unknown as RawMetadata, texts, "fr")).toThrow(
      /src\/functions\/texts\/fr\.json does not match the functions: SCORE has no text for end/,
    );
  });
});
