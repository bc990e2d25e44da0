// compareCities on a fixture whose every number is worked out by hand below: three cities, eight
// respondents (Kisumu has two, under the minimum group size of 3), three checklist items and two
// goals with worst 0 and end 100, so each indicator's score is its value.

import { scoreAssessment } from "../../../src/engine/assessment";
import { compareCities, type Comparison, type ComparisonRow } from "../../../src/engine/compare";
import type { Respondent } from "../../../src/engine/model/types";
import { assessmentWith, indicator, item } from "../assessment/builders";

const DECIMALS = 9;

const person = (name: string, city: string): Respondent => ({
  name,
  organisation: "",
  group: "local government",
  city,
  role: "",
});
const RESPONDENTS = [
  person("A1", "Alpha"),
  person("A2", "alpha "),
  person("A3", "Alpha"),
  person("B1", "Beta"),
  person("B2", "Beta"),
  person("B3", "Beta"),
  person("K1", "Kisumu"),
  person("K2", "Kisumu"),
];
const scored = (code: string, city: string, value: number | null, year = 2024) =>
  indicator(code, city, year, value, { worst: 0, end: 100 });

const assessment = assessmentWith({
  partnership: {
    name: "Alpha–Beta–Kisumu",
    cities: ["Alpha", "Beta", "Kisumu"],
    countries: [],
    startYear: 2020,
    reportingYear: 2024,
    list: "simplified",
    catalogueVersion: null,
  },
  respondents: RESPONDENTS,
  //                        A1 A2 A3  B1 B2 B3     K1 K2
  checklist: [
    item("TA", "TA1", [4, 4, 5, 2, 3, 2, 5, 5]),
    item("TA", "TA2", [3, 5, 4, 2, 2, "n/a", 1, 1]),
    item("FIN", "FIN1", [2, 1, 3, 4, 4, 5, 3, 3]),
  ],
  indicators: [
    // SDG 6: Alpha (80 + 60) / 2 = 70; Beta (90 + 100) / 2 = 95; Kisumu (40 + 20) / 2 = 30.
    scored("6.1.1", "Alpha", 80),
    scored("6.2.1", "Alpha", 60),
    scored("6.1.1", "Beta", 90),
    scored("6.2.1", "Beta", 100),
    scored("6.1.1", "Kisumu", 40),
    scored("6.2.1", "Kisumu", 20),
    // SDG 11: Alpha 50; Beta 100 with 1 of 3 indicators (low coverage, not compared); Kisumu (20 + 40 + 60) / 3 = 40.
    scored("11.1.1", "Alpha", 50),
    scored("11.2.1", "Alpha", 50),
    scored("11.3.1", "Alpha", 50),
    scored("11.1.1", "Beta", 100),
    scored("11.2.1", "Beta", null),
    scored("11.3.1", "Beta", null),
    scored("11.1.1", "Kisumu", 20),
    scored("11.2.1", "Kisumu", 40),
    scored("11.3.1", "Kisumu", 60),
  ],
});
const scores = scoreAssessment(assessment);

function compared(): Comparison {
  const result = compareCities(assessment, scores);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function rowOf(comparison: Comparison, id: string): ComparisonRow {
  const row = comparison.rows.find((entry) => entry.id === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
}

function expectNumbers(
  actual: readonly (number | null)[] | null,
  expected: readonly (number | null)[],
): void {
  expect(actual).not.toBeNull();
  expect(actual?.length).toBe(expected.length);
  expected.forEach((value, index) => {
    if (value === null) expect(actual?.[index]).toBeNull();
    else expect(actual?.[index]).toBeCloseTo(value, DECIMALS);
  });
}

describe("compareCities", () => {
  const comparison = compared();

  it("compares the partnership's cities in its order, with their latest year and respondents", () => {
    expect(comparison.kind).toBe("cities");
    expect(comparison.units).toEqual([
      {
        name: "Alpha",
        detail: "latest year 2024, 3 respondents",
        cityDetail: { latestYear: 2024, respondents: 3 },
      },
      {
        name: "Beta",
        detail: "latest year 2024, 3 respondents",
        cityDetail: { latestYear: 2024, respondents: 3 },
      },
      {
        name: "Kisumu",
        detail: "latest year 2024, 2 respondents",
        cityDetail: { latestYear: 2024, respondents: 2 },
      },
    ]);
    expect(comparison.peerStatistics).toBe(true);
    expect(comparison.rows.map((row) => row.id)).toEqual([
      "TA",
      "MLG",
      "URL",
      "DATA",
      "ME",
      "P2P",
      "CAP",
      "STK",
      "FIN",
      "DIG",
      "Alignment",
      "SDG 6",
      "SDG 11",
      "SDG index",
    ]);
  });

  it("scores each city's principles from its own respondents' answers (Stakeholders City, ignoring case and spaces)", () => {
    // Alpha: TA1 13/3, TA2 4 → TA 25/6; FIN1 2; alignment (25/6 + 2) / 2 = 37/12.
    // Beta: TA1 7/3, TA2 (2 + 2) / 2 = 2 → TA 13/6; FIN1 13/3; alignment (13/6 + 13/3) / 2 = 13/4.
    const ta = rowOf(comparison, "TA");
    expectNumbers(ta.scores, [25 / 6, 13 / 6, null]);
    expect(ta.best).toBeCloseTo(25 / 6, DECIMALS);
    expect(ta.bestUnits).toEqual(["Alpha"]);
    expectNumbers(ta.gaps, [0, 2, null]);
    expect(ta.bands).toEqual(["Advanced", "Developing", null]);
    expect(ta.scale).toBe("principle");
    const fin = rowOf(comparison, "FIN");
    expectNumbers(fin.scores, [2, 13 / 3, null]);
    expectNumbers(fin.gaps, [7 / 3, 0, null]);
    expect(fin.bands).toEqual(["Developing", "Advanced", null]);
    expectNumbers(rowOf(comparison, "Alignment").scores, [37 / 12, 13 / 4, null]);
    expect(rowOf(comparison, "MLG").scores).toEqual([null, null, null]);
    expect(rowOf(comparison, "MLG").best).toBeNull();
    expect(rowOf(comparison, "MLG").bestUnits).toEqual([]);
  });

  it("gives no percentiles on a row where fewer than three cities have a score", () => {
    expect(rowOf(comparison, "TA").percentiles).toBeNull();
    expect(rowOf(comparison, "SDG 11").percentiles).toBeNull();
  });

  it("compares each city's goal index in its latest year, leaving low coverage out", () => {
    const six = rowOf(comparison, "SDG 6");
    expect(six.scale).toBe("sdg");
    expectNumbers(six.scores, [70, 95, 30]);
    expectNumbers(six.gaps, [25, 0, 65]);
    expect(six.bands).toEqual(["Significant challenges", "Challenges remain", "Major challenges"]);
    // (below + 0.5 · equal) / 3 · 100: Alpha (1 + 0.5) / 3, Beta (2 + 0.5) / 3, Kisumu 0.5 / 3.
    expectNumbers(six.percentiles, [50, 250 / 3, 50 / 3]);
    const eleven = rowOf(comparison, "SDG 11");
    expectNumbers(eleven.scores, [50, null, 40]);
    expectNumbers(eleven.gaps, [0, null, 10]);
    expect(eleven.bestUnits).toEqual(["Alpha"]);
  });

  it("takes each city's overall SDG index as the engine scored it (low-coverage goals included there)", () => {
    const index = rowOf(comparison, "SDG index");
    expectNumbers(index.scores, [60, 97.5, 35]);
    expectNumbers(
      index.scores,
      scores.cities.map((city) => city.overall.index),
    );
    expectNumbers(index.percentiles, [50, 250 / 3, 50 / 3]);
  });

  it("pairs each weak principle or goal with the best peer, learners in unit order, rows in table order", () => {
    expect(comparison.learning.map((pair) => [pair.learner, pair.id, pair.peer])).toEqual([
      ["Alpha", "FIN", "Beta"],
      ["Alpha", "SDG 6", "Beta"],
      ["Beta", "TA", "Alpha"],
      ["Kisumu", "SDG 6", "Beta"],
      ["Kisumu", "SDG 11", "Alpha"],
    ]);
    const [alphaFin] = comparison.learning;
    expect(alphaFin).toMatchObject({
      rowKind: "principle",
      name: "Financing",
      learnerBand: "Developing",
      peerBand: "Advanced",
    });
    expect(alphaFin?.learnerScore).toBeCloseTo(2, DECIMALS);
    expect(alphaFin?.peerScore).toBeCloseTo(13 / 3, DECIMALS);
    expect(alphaFin?.gap).toBeCloseTo(7 / 3, DECIMALS);
    // Alpha is weak on SDG 11 (50) but nobody does better: no pair.
    expect(
      comparison.learning.some((pair) => pair.learner === "Alpha" && pair.id === "SDG 11"),
    ).toBe(false);
    expect(
      comparison.learning.find((pair) => pair.learner === "Kisumu" && pair.id === "SDG 11")?.gap,
    ).toBeCloseTo(10, DECIMALS);
  });

  it("says why numbers are missing: the privacy minimum, low coverage, rows without percentiles", () => {
    expect(comparison.notes).toContain(
      "Principle scores per city need at least 3 respondents from that city; Kisumu has 2.",
    );
    expect(comparison.notes).toContain(
      "Beta, 2024: SDG 11 (low coverage: 1 of 3 indicators scored) is not compared.",
    );
    expect(comparison.notes).toContain(
      "Percentiles are shown only where at least 3 units have a score; not on TA, FIN, Alignment, SDG 11.",
    );
    expect(comparison.notes.some((note) => note.startsWith("Only "))).toBe(false);
  });

  it("follows the settings' minimum group size", () => {
    const lower = { ...assessment, settings: { ...assessment.settings, minimumGroupSize: 2 } };
    const result = compareCities(lower, scoreAssessment(lower));
    if (!result.ok) throw new Error(result.error.message);
    // Kisumu: TA1 5, TA2 1 → TA 3; FIN1 3.
    expectNumbers(rowOf(result.value, "TA").scores, [25 / 6, 13 / 6, 3]);
    expectNumbers(rowOf(result.value, "FIN").scores, [2, 13 / 3, 3]);
    expect(result.value.notes.some((note) => note.startsWith("Principle scores per city"))).toBe(
      false,
    );
  });

  it("with two cities: no percentiles anywhere and the note that says so", () => {
    const result = compareCities(assessment, scores, ["Beta", "Alpha"]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.units.map((unit) => unit.name)).toEqual(["Beta", "Alpha"]);
    expect(result.value.peerStatistics).toBe(false);
    expect(result.value.rows.every((row) => row.percentiles === null)).toBe(true);
    expect(result.value.notes[0]).toBe(
      "Only 2 units are compared: no percentiles or peer-based anchors, which need at least 3.",
    );
    // The Kisumu respondents are then in no compared city.
    expect(result.value.notes).toContain(
      "2 respondents are in no city's principle scores: the City on the Stakeholders sheet is blank or not one of the cities compared.",
    );
  });

  it("keeps a city with neither indicator data nor respondents, with nulls", () => {
    const withMombasa = {
      ...assessment,
      partnership: { ...assessment.partnership, cities: ["Alpha", "Beta", "Mombasa"] },
    };
    const result = compareCities(withMombasa, scoreAssessment(withMombasa));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.units[2]).toEqual({
      name: "Mombasa",
      detail: "no indicator data, 0 respondents",
      cityDetail: { latestYear: null, respondents: 0 },
    });
    expect(
      result.value.rows.every(
        (row) => row.scores[2] === null && row.gaps[2] === null && row.bands[2] === null,
      ),
    ).toBe(true);
    expect(result.value.notes).toContain(
      "Principle scores per city need at least 3 respondents from that city; Mombasa has none.",
    );
  });

  it("refuses one city, and more than ten, with a clear error", () => {
    const one = compareCities(assessment, scores, ["Alpha"]);
    expect(one).toEqual({
      ok: false,
      error: {
        kind: "invalid-input",
        message: "a comparison takes 2 to 10 cities, and Alpha–Beta–Kisumu has only 1",
      },
    });
    const eleven = compareCities(
      assessment,
      scores,
      Array.from({ length: 11 }, (_, index) => `City ${index + 1}`),
    );
    expect(eleven.ok).toBe(false);
    if (!eleven.ok)
      expect(eleven.error.message).toBe(
        "a comparison takes 2 to 10 cities, and Alpha–Beta–Kisumu has 11; choose up to 10 of them",
      );
  });

  it("says so when the workbook has no checklist answers or no indicator data", () => {
    const bare = assessmentWith({ partnership: assessment.partnership });
    const result = compareCities(bare, scoreAssessment(bare));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.notes).toEqual([
      "The workbook has no checklist answers, so no principle scores are compared.",
      "The workbook has no indicator data, so no SDG indices are compared.",
    ]);
    expect(result.value.rows.map((row) => row.id)).toEqual([
      "TA",
      "MLG",
      "URL",
      "DATA",
      "ME",
      "P2P",
      "CAP",
      "STK",
      "FIN",
      "DIG",
      "Alignment",
      "SDG index",
    ]);
  });
});
