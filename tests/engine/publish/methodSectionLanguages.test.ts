// The method section's indicator table in French and Spanish (issue 14): the indicators' names in
// the UN's official wording where the catalogue has it (checked here against the UN's published
// French and Spanish names of the global indicator framework, as the Open SDG project keeps them),
// the catalogue's own names marked as unofficial translations, and the units in the language.

import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue } from "../../../src/engine/catalogue";
import { samplePartnership } from "../../../src/engine/demo";
import type { Language } from "../../../src/engine/language";
import { methodSection } from "../../../src/engine/publish/html/methodSection";
import { UNIT_KEYS } from "../../../src/engine/publish/html/units";

const scores = scoreAssessment(samplePartnership());

function section(language: Language): string {
  return methodSection(scores, language).replace(/&#39;/gu, "'");
}

/** The name cell of an indicator's row. */
function nameCell(html: string, id: string): string {
  const match = new RegExp(`<tr><td>${id.replace(/\./gu, "\\.")}</td><td>(.*?)</td>`, "u").exec(
    html,
  );
  if (match === null) throw new Error(`no row for ${id}`);
  return match[1] ?? "";
}

// The UN's official names (A/RES/71/313), French and Spanish, as published in
// open-sdg/sdg-translations translations/fr|es/global_indicators.yml.
const OFFICIAL: readonly (readonly [Language, string, string])[] = [
  [
    "fr",
    "16.6.2",
    "Proportion de la population dont la dernière expérience avec les services publics a été satisfaisante",
  ],
  ["fr", "17.8.1", "Proportion de la population utilisant Internet"],
  [
    "es",
    "16.6.2",
    "Proporción de la población que se siente satisfecha con su última experiencia de los servicios públicos",
  ],
  ["es", "17.8.1", "Proporción de personas que utilizan Internet"],
];

describe("the method section's indicators in the page's language", () => {
  it.each(OFFICIAL)(
    "in %s names %s in the UN's official wording, unmarked",
    (language, id, name) => {
      const cell = nameCell(section(language), id);
      expect(cell.startsWith(`${name} (%`)).toBe(true);
      expect(cell).not.toContain("unofficial");
    },
  );

  it.each([
    ["fr", "traduction non officielle", "Budget du partenariat cofinancé"],
    ["es", "traducción no oficial", "Presupuesto de la asociación cofinanciado"],
  ] as const)("in %s marks the catalogue's own names as unofficial", (language, mark, name) => {
    const cell = nameCell(section(language), "C2C-FIN");
    expect(cell).toContain(name);
    expect(cell).toContain(`<small class="unofficial">(${mark})</small>`);
    expect(section(language)).toContain("https://github.com/open-sdg/sdg-translations/");
  });

  it("in English shows the catalogue's names, with no mark and no note on their source", () => {
    const english = section("en");
    const definition = catalogue.indicators.find((indicator) => indicator.id === "16.6.2");
    expect(nameCell(english, "16.6.2")).toBe(`${definition?.name ?? "?"} (%, higher is better)`);
    expect(english).not.toContain("unofficial");
    expect(english).not.toContain("open-sdg");
  });

  it.each([
    [
      "fr",
      "(nombre, plus c'est élevé, mieux c'est)",
      "(pour 100 000, plus c'est bas, mieux c'est)",
    ],
    ["es", "(número, más alto es mejor)", "(por cada 100.000, más bajo es mejor)"],
  ] as const)("in %s says the units in the language", (language, count, perHundredThousand) => {
    const html = section(language);
    expect(nameCell(html, "C2C-P2P")).toContain(count);
    expect(nameCell(html, "11.5.1")).toContain(perHundredThousand);
  });

  it("has words for every catalogue unit that is not a symbol", () => {
    const worded = [...new Set(catalogue.indicators.map((indicator) => indicator.unit))].filter(
      (unit) => /[a-z]{2}/iu.test(unit) && unit !== "µg/m³",
    );
    expect(worded.length).toBeGreaterThan(8);
    expect(worded.filter((unit) => UNIT_KEYS[unit] === undefined)).toEqual([]);
  });
});
