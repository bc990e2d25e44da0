// The partnership report in French and Spanish (issue 14): every section — principles, stakeholders,
// SDG, DAC criteria, actions, method — and the charts speak the page's language, and the numbers
// are those of the English page. The sample partnership is published with too few respondents in
// one variant, so the withheld wording (principles and DAC) is checked too.

import { scoreAssessment } from "../../../src/engine/assessment";
import { CATALOGUE_VERSION } from "../../../src/engine/catalogue";
import { samplePartnership } from "../../../src/engine/demo";
import type { Language } from "../../../src/engine/language";
import type { Assessment } from "../../../src/engine/model/types";
import { reportHtml } from "../../../src/engine/publish/html/reportHtml";
import {
  CATALOGUE_ENGLISH,
  ENGLISH_FRAGMENTS,
  visibleText,
  wordedOtherwise,
} from "./englishLeftovers";
import { markupProblems } from "./htmlCheck";

const PROVENANCE = {
  source: "demo/partnership.xlsx",
  product: "C2C Scoreboard test",
  catalogueVersion: CATALOGUE_VERSION,
  generatedAt: "2026-11-28T12:00:00.000Z",
};

function page(assessment: Assessment, language: Language): string {
  const scores = scoreAssessment(assessment);
  return reportHtml({ provenance: PROVENANCE, assessment, scores, problems: [], language });
}

/** Every number shown in a numeric table cell, in page order. */
function tableNumbers(html: string): string[] {
  return [...html.matchAll(/<td class="number">([^<]*)/gu)].map((match) => match[1] ?? "");
}

/**
 * The figures with a decimal point in a page's text: a number such as 2.97 or 11.3, not a dotted id
 * (the indicator 11.6.1, the target "ODD 1.2"), a version (catalogue 2026.1, product 0.1.0), a time
 * of day, a pollutant's name in the UN's wording (PM2.5 in Spanish) or Spanish thousands (100.000).
 */
function decimalFigures(text: string, language: Language): string[] {
  const ids =
    /\b(?:ODD|ODS|SDG|cible|meta|target|catalogue|catálogo|C2C Scoreboard(?: test)?) \d+\.\d+(?:\.\d+)*|\d{2}:\d{2}:\d{2}\.\d+|\bPM\d+\.\d+/gu;
  const thousands = language === "es" ? /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.]|,\d)/gu : /$^/u;
  return [
    ...text
      .replace(ids, " ")
      .replace(thousands, " ")
      .matchAll(/(?<![\d.])\d+\.\d+(?![\d.])/gu),
  ].map((match) => match[0]);
}

/** The sample with one respondent: principle scores and the DAC criteria resting on them withheld. */
function oneRespondent(): Assessment {
  const sample = samplePartnership();
  return {
    ...sample,
    respondents: sample.respondents.slice(0, 1),
    checklist: sample.checklist.map((row) => ({ ...row, answers: row.answers.slice(0, 1) })),
  };
}

describe.each(["fr", "es"] as const)("the report in %s", (language) => {
  const sample = samplePartnership();
  const english = page(sample, "en");
  const translated = page(sample, language);

  it("is well-formed and says its language", () => {
    expect(markupProblems(translated)).toEqual([]);
    expect(translated).toContain(`<html lang="${language}">`);
  });

  it("has every section and chart in the language: no English sentence of the report is left", () => {
    const text = visibleText(translated);
    expect(ENGLISH_FRAGMENTS.length).toBeGreaterThan(60);
    expect(ENGLISH_FRAGMENTS.filter((fragment) => text.includes(fragment))).toEqual([]);
    // The English page does show them, so the check above can fail.
    const englishText = visibleText(english);
    expect(
      ENGLISH_FRAGMENTS.filter((fragment) => englishText.includes(fragment)).length,
    ).toBeGreaterThan(30);
    for (const heading of ["Stakeholders", "Method", "DAC criteria", "Representation"])
      expect(text).not.toContain(heading);
    expect(englishText).toContain("Scores by stakeholder group");
    expect(text).not.toMatch(/no score|coverage \d|one axis per principle/u);
  });

  it("names the indicators and the sources of their bases in the catalogue's wording, not its English", () => {
    const text = visibleText(translated);
    const englishText = visibleText(english);
    expect(
      CATALOGUE_ENGLISH.filter((entry) => englishText.includes(entry.english)).length,
    ).toBeGreaterThan(30);
    const left = wordedOtherwise(language).filter(
      (entry) => englishText.includes(entry.english) && text.includes(entry.english),
    );
    expect(left.map((entry) => entry.english)).toEqual([]);
  });

  it("says the stakeholder notes and the comparison's notes and details in the language", () => {
    const text = visibleText(translated);
    const englishText = visibleText(english);
    for (const sentence of [
      "No respondent from:",
      "were merged",
      "units are compared",
      "latest year 2024",
    ]) {
      expect(englishText).toContain(sentence);
      expect(text).not.toContain(sentence);
    }
    expect(text).not.toMatch(/\bSDG \d/u);
  });

  it("shows the numbers of the English page, cell for cell, with the language's decimal comma", () => {
    const numbers = tableNumbers(translated);
    expect(numbers.length).toBeGreaterThan(100);
    // A cell's number is the same; only the words beside it (bands, "of") and its decimal sign change.
    const digits = (cells: string[], decimal: string): string[] =>
      cells.map((cell) => (cell.match(new RegExp(`[0-9–${decimal}]+`, "gu")) ?? []).join(" "));
    const englishDigits = digits(tableNumbers(english), ".");
    expect(englishDigits.filter((cell) => cell.includes(".")).length).toBeGreaterThan(50);
    expect(digits(numbers, ",")).toEqual(englishDigits.map((cell) => cell.replaceAll(".", ",")));
  });

  it("writes every figure with the decimal comma, in the text and the charts' labels", () => {
    const text = visibleText(translated);
    const englishText = visibleText(english);
    // The demo's CAP score, its alignment and a city's index, as the English page writes them.
    for (const figure of ["2.97", "3.14", "76.6"]) {
      expect(englishText).toContain(figure);
      expect(text).toContain(figure.replace(".", ","));
    }
    expect(decimalFigures(englishText, "en").length).toBeGreaterThan(200);
    expect(decimalFigures(text, language)).toEqual([]);
    // The shares in the tables as the language writes them: a no-break space before "%".
    const shares = tableNumbers(translated).filter((cell) => cell.includes("%"));
    expect(shares.length).toBeGreaterThan(20);
    expect(shares.filter((cell) => !/^-?\d+[\u00a0\u202f]%/u.test(cell))).toEqual([]);
    // The charts' coordinates stay numbers with a point.
    expect(translated).toMatch(/points="[\d.,]* \d+\.\d+,\d+\.\d+ /u);
  });

  it("withholds the principles and the DAC criteria on them in the language", () => {
    const withheld = page(oneRespondent(), language);
    const text = visibleText(withheld);
    expect(markupProblems(withheld)).toEqual([]);
    expect(text).not.toContain("The checklist has 1 respondent");
    expect(text).not.toContain("not published (see the principles)");
    expect(visibleText(page(oneRespondent(), "en"))).toContain("The checklist has 1 respondent");
  });
});
