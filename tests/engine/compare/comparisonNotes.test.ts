// The comparison's notes, a city's detail and the rows' ids in each language: the English the text
// and CSV outputs repeat, and the French and Spanish of the HTML report.

import {
  cityDetailText,
  comparisonNoteText,
  rowIdText,
  type ComparisonNote,
} from "../../../src/engine/compare/notes";
import type { Language } from "../../../src/engine/language";

const NOTES: readonly (readonly [ComparisonNote, Record<Language, string>])[] = [
  [
    { kind: "too-few-units", units: 2, minimum: 3 },
    {
      en: "Only 2 units are compared: no percentiles or peer-based anchors, which need at least 3.",
      fr: "Seules 2 unités sont comparées : pas de percentiles ni de repères tirés des pairs, qui en demandent au moins 3.",
      es: "Solo se comparan 2 unidades: no hay percentiles ni referencias basadas en pares, que necesitan al menos 3.",
    },
  ],
  [
    {
      kind: "thin-rows",
      rows: [
        { kind: "goal", id: "SDG 6" },
        { kind: "sdg-index", id: "SDG index" },
      ],
      minimum: 3,
    },
    {
      en: "Percentiles are shown only where at least 3 units have a score; not on SDG 6, SDG index.",
      fr: "Les percentiles ne sont indiqués que là où au moins 3 unités ont un score ; pas pour ODD 6, Indice ODD.",
      es: "Los percentiles solo se muestran donde al menos 3 unidades tienen una puntuación; no en ODS 6, Índice ODS.",
    },
  ],
  [
    {
      kind: "few-city-respondents",
      minimum: 3,
      cities: [
        { city: "Alpha", respondents: 2 },
        { city: "Beta", respondents: 0 },
      ],
    },
    {
      en: "Principle scores per city need at least 3 respondents from that city; Alpha has 2 and Beta has none.",
      fr: "Les scores des principes par ville demandent au moins 3 répondants de cette ville ; Alpha en a 2 et Beta n'en a aucun.",
      es: "Las puntuaciones de los principios por ciudad necesitan al menos 3 personas encuestadas de esa ciudad; Alpha tiene 2 y Beta no tiene ninguna.",
    },
  ],
  [
    {
      kind: "goals-not-compared",
      city: "Sokoni",
      year: 2024,
      goals: [{ goal: 11, lowCoverage: { available: 2, listed: 9 } }, { goal: 16 }],
    },
    {
      en: "Sokoni, 2024: SDG 11 (low coverage: 2 of 9 indicators scored) and SDG 16 (no data) are not compared.",
      fr: "Sokoni, 2024 : ODD 11 (couverture faible : 2 indicateurs sur 9 ont un score) et ODD 16 (pas de données) ne sont pas comparés.",
      es: "Sokoni, 2024: ODS 11 (cobertura baja: 2 de 9 indicadores con puntuación) y ODS 16 (sin datos) no se comparan.",
    },
  ],
  [
    { kind: "respondents-elsewhere", count: 1 },
    {
      en: "1 respondent is in no city's principle scores: the City on the Stakeholders sheet is blank or not one of the cities compared.",
      fr: "1 répondant ne compte dans les scores des principes d'aucune ville : sa ville sur la feuille Stakeholders est vide ou n'est pas l'une des villes comparées.",
      es: "1 persona encuestada no figura en las puntuaciones de los principios de ninguna ciudad: su ciudad en la hoja Stakeholders está vacía o no es una de las ciudades comparadas.",
    },
  ],
  [
    { kind: "text", text: "A programme's own sentence." },
    {
      en: "A programme's own sentence.",
      fr: "A programme's own sentence.",
      es: "A programme's own sentence.",
    },
  ],
];

describe("comparisonNoteText", () => {
  it.each(NOTES)("says %j in each language", (note, sentences) => {
    for (const language of ["en", "fr", "es"] as const)
      expect(comparisonNoteText(note, language)).toBe(sentences[language]);
  });
});

describe("a city's detail and the rows' ids", () => {
  it.each([
    [
      "en",
      "latest year 2024, 1 respondent",
      "no indicator data, 0 respondents",
      "SDG 6",
      "Alignment",
    ],
    [
      "fr",
      "dernière année 2024, 1 répondant",
      "pas de données d'indicateurs, 0 répondant",
      "ODD 6",
      "Alignement",
    ],
    [
      "es",
      "último año 2024, 1 persona encuestada",
      "sin datos de indicadores, 0 personas encuestadas",
      "ODS 6",
      "Alineación",
    ],
  ] as const)("in %s", (language, withYear, withoutData, goal, alignment) => {
    expect(cityDetailText({ latestYear: 2024, respondents: 1 }, language)).toBe(withYear);
    expect(cityDetailText({ latestYear: null, respondents: 0 }, language)).toBe(withoutData);
    expect(rowIdText({ kind: "goal", id: "SDG 6" }, language)).toBe(goal);
    expect(rowIdText({ kind: "alignment", id: "Alignment" }, language)).toBe(alignment);
    expect(rowIdText({ kind: "principle", id: "FIN" }, language)).toBe("FIN");
  });
});
