// Every message catalogue: French and Spanish have exactly the English keys with the same
// placeholders, and every English key is used somewhere in the sources (a key nothing reads is a
// text nobody sees, and drifts).

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { translationProblems, type Templates } from "../../../src/engine/language";
import { ENGLISH_RESULT_LABELS } from "../../../src/engine/language/resultLabels/englishLabels";
import labelsEs from "../../../src/engine/language/resultLabels/es.json";
import labelsFr from "../../../src/engine/language/resultLabels/fr.json";
import { ENGLISH_TEMPLATE_TEXTS } from "../../../src/engine/templates/texts/englishTexts";
import templatesEs from "../../../src/engine/templates/texts/es.json";
import templatesFr from "../../../src/engine/templates/texts/fr.json";
import { ENGLISH_REPORT_TEXTS } from "../../../src/engine/publish/texts/englishTexts";
import reportEs from "../../../src/engine/publish/texts/es.json";
import reportFr from "../../../src/engine/publish/texts/fr.json";
import { ENGLISH_STAKEHOLDER_TEXTS } from "../../../src/engine/stakeholders/texts/englishTexts";
import stakeholdersEs from "../../../src/engine/stakeholders/texts/es.json";
import stakeholdersFr from "../../../src/engine/stakeholders/texts/fr.json";
import { ENGLISH_COMPARE_TEXTS } from "../../../src/engine/compare/texts/englishTexts";
import compareEs from "../../../src/engine/compare/texts/es.json";
import compareFr from "../../../src/engine/compare/texts/fr.json";
import { ENGLISH_PROBLEM_TEXTS } from "../../../src/engine/language/problemTexts/englishProblems";
import problemsEs from "../../../src/engine/language/problemTexts/es.json";
import problemsFr from "../../../src/engine/language/problemTexts/fr.json";
import { ENGLISH_PROGRAMME_TEXTS } from "../../../src/engine/programme/texts/englishTexts";
import programmeEs from "../../../src/engine/programme/texts/es.json";
import programmeFr from "../../../src/engine/programme/texts/fr.json";
import { ENGLISH_PROGRAMME_REPORT_TEXTS } from "../../../src/engine/publish/programme/texts/englishTexts";
import programmeReportEs from "../../../src/engine/publish/programme/texts/es.json";
import programmeReportFr from "../../../src/engine/publish/programme/texts/fr.json";
import { ENGLISH_CLI_TEXTS } from "../../../src/cli/texts/englishTexts";
import cliEs from "../../../src/cli/texts/es.json";
import cliFr from "../../../src/cli/texts/fr.json";
import { ENGLISH_HELP_TEXTS } from "../../../src/cli/texts/help/englishHelp";
import helpEs from "../../../src/cli/texts/help/es.json";
import helpFr from "../../../src/cli/texts/help/fr.json";
import { ENGLISH_HELP_PAGE_TEXTS } from "../../../src/functions/texts/helpPage/englishTexts";
import helpPageEs from "../../../src/functions/texts/helpPage/es.json";
import helpPageFr from "../../../src/functions/texts/helpPage/fr.json";

interface Catalogue {
  readonly name: string;
  readonly english: Templates;
  readonly fr: Templates;
  readonly es: Templates;
  /** The file that defines the keys, left out of the search for their use. */
  readonly definedIn: string;
}

const CATALOGUES: readonly Catalogue[] = [
  {
    name: "templates",
    english: ENGLISH_TEMPLATE_TEXTS,
    fr: templatesFr,
    es: templatesEs,
    definedIn: "src/engine/templates/texts/englishTexts.ts",
  },
  {
    name: "report",
    english: ENGLISH_REPORT_TEXTS,
    fr: reportFr,
    es: reportEs,
    definedIn: "src/engine/publish/texts/englishTexts.ts",
  },
  {
    name: "stakeholder notes",
    english: ENGLISH_STAKEHOLDER_TEXTS,
    fr: stakeholdersFr,
    es: stakeholdersEs,
    definedIn: "src/engine/stakeholders/texts/englishTexts.ts",
  },
  {
    name: "comparison",
    english: ENGLISH_COMPARE_TEXTS,
    fr: compareFr,
    es: compareEs,
    definedIn: "src/engine/compare/texts/englishTexts.ts",
  },
  {
    name: "programme workbook",
    english: ENGLISH_PROGRAMME_TEXTS,
    fr: programmeFr,
    es: programmeEs,
    definedIn: "src/engine/programme/texts/englishTexts.ts",
  },
  {
    name: "programme report",
    english: ENGLISH_PROGRAMME_REPORT_TEXTS,
    fr: programmeReportFr,
    es: programmeReportEs,
    definedIn: "src/engine/publish/programme/texts/englishTexts.ts",
  },
  {
    name: "cli",
    english: ENGLISH_CLI_TEXTS,
    fr: cliFr,
    es: cliEs,
    definedIn: "src/cli/texts/englishTexts.ts",
  },
  {
    name: "cli help",
    english: ENGLISH_HELP_TEXTS,
    fr: helpFr,
    es: helpEs,
    definedIn: "src/cli/texts/help/englishHelp.ts",
  },
  {
    name: "functions' help page",
    english: ENGLISH_HELP_PAGE_TEXTS,
    fr: helpPageFr,
    es: helpPageEs,
    definedIn: "src/functions/texts/helpPage/englishTexts.ts",
  },
  {
    name: "engine problems",
    english: ENGLISH_PROBLEM_TEXTS,
    fr: problemsFr,
    es: problemsEs,
    definedIn: "src/engine/language/problemTexts/englishProblems.ts",
  },
  {
    name: "result labels",
    english: ENGLISH_RESULT_LABELS,
    fr: labelsFr,
    es: labelsEs,
    definedIn: "src/engine/language/resultLabels/englishLabels.ts",
  },
];

/** Texts that are the same in every language: the product's name with the partnership's. */
// Texts that are only placeholders and punctuation in Spanish as in English.
const SAME_IN_EVERY_LANGUAGE = new Set(["about.title", "importSummary"]);

const ROOT = join(__dirname, "../../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry) ? [path] : [];
  });
}

// scripts/build renders the help pages at build time (helpPage.ts).
const SOURCES = [
  ...sourceFiles(join(ROOT, "src")),
  ...sourceFiles(join(ROOT, "scripts", "build")),
].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, "utf8"),
}));

describe.each(CATALOGUES)("the $name catalogue", (catalogue) => {
  it.each(["fr", "es"] as const)(
    "in %s has every English key, no other, the same placeholders",
    (language) => {
      expect(translationProblems(catalogue.english, catalogue[language])).toEqual([]);
    },
  );

  it("has no French or Spanish text left equal to a long English one (an untranslated copy)", () => {
    const copies = Object.entries(catalogue.english).filter(
      ([key, english]) =>
        english.length > 24 &&
        !SAME_IN_EVERY_LANGUAGE.has(key) &&
        (catalogue.fr[key] === english || catalogue.es[key] === english),
    );
    expect(copies.map(([key]) => key)).toEqual([]);
  });

  it("uses every key somewhere in the sources", () => {
    const elsewhere = SOURCES.filter((source) => source.path !== catalogue.definedIn);
    const unused = Object.keys(catalogue.english).filter(
      (key) => !elsewhere.some((source) => source.text.includes(`"${key}"`)),
    );
    expect(unused).toEqual([]);
  });
});
