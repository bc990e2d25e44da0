// The programme report's page in French and Spanish writes its numbers as the language does
// (issue 14): the same figures as the English page, cell for cell, with the decimal comma and a
// no-break space before "%"; the English page keeps the decimal point.

import { scoreAssessment } from "../../../src/engine/assessment";
import { CATALOGUE_VERSION } from "../../../src/engine/catalogue";
import { pilotProgramme } from "../../../src/engine/demo";
import type { Language } from "../../../src/engine/language";
import { consolidate, summarisePartnership } from "../../../src/engine/programme";
import { programmeHtml } from "../../../src/engine/publish/programme/programmeHtml";
import { visibleText } from "./englishLeftovers";

const summaries = pilotProgramme().map((assessment, index) =>
  summarisePartnership(`sample ${index + 1}`, assessment, scoreAssessment(assessment)),
);
const programme = consolidate(summaries, { force: false }).programme;

function page(language: Language): string {
  if (programme === null) throw new Error("the pilot programme does not consolidate");
  return programmeHtml({
    programme,
    source: "programme.xlsx",
    product: "C2C Scoreboard test",
    generatedAt: "2026-11-28T12:00:00.000Z",
    notes: [],
    problems: [],
    overallTrends: true,
    language,
  });
}

/** Every numeric table cell's text, in page order. */
function tableNumbers(html: string): string[] {
  return [...html.matchAll(/<td class="number">([^<]*)/gu)].map((match) => match[1] ?? "");
}

const english = page("en");

it("the English page writes decimals with a point and shares with a space", () => {
  const cells = tableNumbers(english);
  expect(cells.filter((cell) => /^\d+\.\d+$/u.test(cell)).length).toBeGreaterThan(50);
  expect(cells.filter((cell) => /^\d+ %$/u.test(cell)).length).toBeGreaterThan(20);
});

describe.each(["fr", "es"] as const)("the programme page in %s", (language) => {
  const translated = page(language);

  it("shows the English page's numbers, cell for cell, with the decimal comma and a no-break space before %", () => {
    const local = tableNumbers(translated).map((cell) =>
      cell.replace(",", ".").replace(/[\u00a0\u202f]%/u, " %"),
    );
    expect(local).toEqual(tableNumbers(english));
    expect(tableNumbers(translated).filter((cell) => /^\d+\.\d+$/u.test(cell))).toEqual([]);
  });

  it("leaves no figure with a decimal point in its text", () => {
    // The run's time and the catalogue's version are not figures.
    const text = visibleText(translated)
      .replace(/\d{2}:\d{2}:\d{2}\.\d+/gu, " ")
      .replaceAll(CATALOGUE_VERSION, " ");
    expect(visibleText(english)).toMatch(/(?<![\d.])\d+\.\d+(?![\d.])/u);
    expect(text.match(/(?<![\d.])\d+\.\d+(?![\d.])/gu) ?? []).toEqual([]);
  });
});
