// The whole pane as react-dom/server renders it (every section, the help, the preview beside it) in
// French and in Spanish: no English word of a list is left in its text or in the names it gives
// controls (aria-label, title, placeholder). What stays English on purpose is named below, each
// with why, and taken out before the scan.
import { renderToString } from "react-dom/server";
import { catalogue, CATALOGUE_VERSION } from "../../src/engine/catalogue";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { FUNCTION_GUIDE } from "../../src/taskpane/functionGuide";
import type { LanguageChoice } from "../../src/taskpane/texts/languageChoice";
import { languageSetting } from "../../src/taskpane/texts/languageSetting";
import { fakeWorkflows } from "./fakeWorkflows";
import { textOf } from "./ssrHtml";

/** Words of the pane's English that French and Spanish never use (matched as whole words, any case). */
const ENGLISH_WORDS =
  /\b(the|and|of|with|your|you|this|from|is|are|was|be|or|by|to|for|an|it|its|which|when|will|can|each|every|all|not|yet|one|create|validate|refresh|load|save|copy|show|add|check|publish|compare|import|run|choose|workbook|sheets?|cancel|reading|writing|preview|language|partnership|cities|years|indicators?|respondents?|stakeholders?|principles|functions|self-test|questionnaire for|answers file|achieved|challenges|weak|advanced)\b/i;

/** English kept on purpose in every language, and why. */
const KEPT_ENGLISH: readonly (readonly [RegExp, string])[] = [
  [
    /Respondent, Item ID, Answer/g,
    "the long-format answers file's column names, as the import reads them",
  ],
  [
    /\((Achieved|Weak) … (Major challenges|Advanced)\)/g,
    "the labels =C2C.BAND returns (in English in every workbook), quoted in the function's own help (src/functions/texts)",
  ],
];

function renderedIn(choice: LanguageChoice): string {
  const html = renderToString(
    <App
      workflows={fakeWorkflows({}).workflows}
      dark={false}
      previewWorkbook={MemoryWorkbook.fromSheets({ Feuil1: [[1, 2.5]] })}
      notices={[]}
      catalogueVersion={CATALOGUE_VERSION}
      principles={catalogue.principles}
      functions={FUNCTION_GUIDE}
      language={languageSetting("en-GB", choice, undefined)}
    />,
  );
  const names = [...html.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map(
    (match) => match[1] ?? "",
  );
  return [textOf(html), ...names].join("\n");
}

/** The English words left once what is kept on purpose is taken out, each with a little context. */
function englishLeft(rendered: string): string[] {
  const scanned = KEPT_ENGLISH.reduce((text, [kept]) => text.replace(kept, " "), rendered);
  const global = new RegExp(ENGLISH_WORDS.source, "gi");
  return [...scanned.matchAll(global)].map((match) =>
    scanned.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30),
  );
}

describe("the pane rendered in French and Spanish", () => {
  it("the word list finds plenty in the English pane, so the checks below can fail", () => {
    expect(englishLeft(renderedIn("en")).length).toBeGreaterThan(100);
  });

  it.each(["fr", "es"] as const)("in %s has no English word of the list left", (language) => {
    const rendered = renderedIn(language);
    // Every section was rendered: the Create form and the Settings self-test are both there.
    expect(rendered).toContain(language === "fr" ? "Lancer l'autotest" : "Ejecutar la autoprueba");
    expect(rendered).toContain(language === "fr" ? "Langue du classeur" : "Idioma del libro");
    expect(englishLeft(rendered)).toEqual([]);
  });
});
