// help-fr.html and help-es.html as the build renders them: from functions-fr.json and
// functions-es.json (generated here from the JSDoc and src/functions/texts, without webpack), with
// the page's own words from src/functions/texts/helpPage. tests/build/build.test.ts checks the same
// on the built dist/.

import {
  helpAnchor,
  helpPageFile,
  readFunctionsMetadata,
  renderHelpPage,
  type FunctionsMetadata,
} from "../../scripts/build/helpPage";
import { localisedMetadata, type RawMetadata } from "../../scripts/build/localisedMetadata";
import { templatePlaceholders } from "../../src/engine/language";
import { FUNCTION_TEXTS, type TranslatedLanguage } from "../../src/functions/texts";
import { ENGLISH_HELP_PAGE_TEXTS } from "../../src/functions/texts/helpPage";
import { generateMetadata, type Metadata } from "../functions/metadataSource";

const LANGUAGES: readonly TranslatedLanguage[] = ["fr", "es"];

let english: Metadata;

beforeAll(async () => {
  ({ metadata: english } = await generateMetadata());
});

function localised(language: TranslatedLanguage): FunctionsMetadata {
  return readFunctionsMetadata(
    localisedMetadata(english as unknown as RawMetadata, FUNCTION_TEXTS[language], language),
  );
}

/** The page's words without its markup, entities read back: what a reader sees. */
function visibleText(page: string): string {
  return page
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The English page's fixed words that a translated page must not show: each English text cut at
 * its placeholders, keeping the pieces that hold a word of four letters or more ("#N/A", ", " and
 * the like are the same in every language).
 */
function englishWords(): string[] {
  return Object.values(ENGLISH_HELP_PAGE_TEXTS)
    .flatMap((template) => {
      const placeholders = templatePlaceholders(template);
      return placeholders.reduce<string[]>(
        (pieces, name) => pieces.flatMap((piece) => piece.split(`{${name}}`)),
        [template],
      );
    })
    .map((piece) => piece.trim())
    .filter((piece) => /\p{L}{4,}/u.test(piece));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("the help page files", () => {
  it("are help.html in English, help-fr.html and help-es.html", () => {
    expect([helpPageFile("en"), helpPageFile("fr"), helpPageFile("es")]).toEqual([
      "help.html",
      "help-fr.html",
      "help-es.html",
    ]);
  });
});

describe.each(LANGUAGES)("help-%s.html", (language) => {
  it(`has a section for every helpUrl of functions-${language}.json, each on this page`, () => {
    const metadata = localised(language);
    const page = renderHelpPage(metadata, "C2C", language);
    expect(metadata.functions.length).toBeGreaterThan(10);
    for (const entry of metadata.functions) {
      const [file, anchor] = (entry.helpUrl ?? "").split("/").pop()?.split("#") ?? [];
      expect({
        id: entry.id,
        file,
        section: page.split(`<section id="${anchor}">`).length - 1,
      }).toEqual({
        id: entry.id,
        file: helpPageFile(language),
        section: 1,
      });
    }
  });

  it("has the same anchors as help.html, in the same order", () => {
    const anchors = (page: string) =>
      [...page.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
    const englishPage = renderHelpPage(readFunctionsMetadata(english), "C2C");
    expect(anchors(renderHelpPage(localised(language), "C2C", language))).toEqual(
      anchors(englishPage),
    );
    expect(anchors(englishPage)).toEqual(readFunctionsMetadata(english).functions.map(helpAnchor));
  });

  it(`is marked lang="${language}"`, () => {
    const page = renderHelpPage(localised(language), "C2C", language);
    expect(page).toContain(`<html lang="${language}">`);
    expect(page).not.toContain('lang="en"');
  });

  it("shows none of the English page's fixed words", () => {
    const seen = visibleText(renderHelpPage(localised(language), "C2C", language));
    const words = englishWords();
    expect(words).toEqual(
      expect.arrayContaining(["Functions", "optional", "repeating", "Home › C2C Scoreboard"]),
    );
    // The English page shows every one of them: the check can find them.
    const englishSeen = visibleText(renderHelpPage(readFunctionsMetadata(english), "C2C"));
    for (const word of words)
      expect({ word, onEnglishPage: englishSeen.includes(word) }).toEqual({
        word,
        onEnglishPage: true,
      });
    const left = words.filter((word) =>
      new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}($|[^\\p{L}])`, "u").test(seen),
    );
    expect(left).toEqual([]);
  });
});

describe("help-fr.html", () => {
  const page = () => renderHelpPage(localised("fr"), "C2C", "fr");

  it("shows GOALINDEX under its French name with its French arguments, as French Excel writes them", () => {
    expect(page()).toContain('<a href="#c2c-goalindex"><code>C2C.INDICEODD</code></a>');
    expect(page()).toContain(
      "<h3><code>=C2C.INDICEODD(scores; listeOdd; odd; [criteres; …])</code></h3>",
    );
    expect(page()).toContain("<dt><code>listeOdd</code></dt>");
    expect(page()).toContain("<dt><code>criteres (facultatif, répétable)</code></dt>");
  });

  it("says how to open the add-in in French", () => {
    expect(page()).toContain(
      "<h2>Ouvrir le complément</h2>\n    <p>Dans Excel, choisissez <strong>Accueil › Tableau de bord C2C</strong> pour ouvrir le volet. Les fonctions ci-dessous marchent dans toute cellule de tout classeur tant que le complément est installé : tapez <code>=C2C.</code> pour en voir la liste. Une cellule vide donne un résultat vide, une donnée incorrecte donne <code>#VALEUR!</code> avec un message, et une fonction qui résume une plage sans aucune donnée donne <code>#N/A</code>.</p>",
    );
    expect(page()).toContain("<title>Tableau de bord C2C — aide</title>");
  });
});

describe("help-es.html", () => {
  it("shows GOALINDEX under its Spanish name with its Spanish arguments", () => {
    const page = renderHelpPage(localised("es"), "C2C", "es");
    expect(page).toContain(
      "<h3><code>=C2C.INDICEODS(puntuaciones; listaOds; ods; [criterios; …])</code></h3>",
    );
    expect(page).toContain("<dt><code>criterios (opcional, repetible)</code></dt>");
    expect(page).toContain("<code>#¡VALOR!</code>");
    expect(page).toContain("<h2>Funciones</h2>");
  });
});
