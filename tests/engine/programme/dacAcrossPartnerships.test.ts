// The DAC criteria across a programme: the worked example of framework.md §5 in a programme of
// three, and every figure of the pilot programme against a computation written here from the
// framework alone (criteria from the principle scores and the cities' SDG indices; QUARTILE.INC).

import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue } from "../../../src/engine/catalogue";
import { pilotProgramme } from "../../../src/engine/demo";
import { dacAcrossPartnerships, summarisePartnership } from "../../../src/engine/programme";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { summary } from "./programmeFixtures";

const DIGITS = 9;

const meanOf = (values: readonly number[]): number =>
  values.reduce((a, b) => a + b, 0) / values.length;

/** QUARTILE.INC written out: the value at (n − 1) · p of the sorted list, interpolated. */
function quartile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? NaN) + ((sorted[high] ?? NaN) - (sorted[low] ?? NaN)) * (position - low);
}

describe("dacAcrossPartnerships", () => {
  it("worked example: relevance 50.0 (TA 3.5, STK 2.5) and 100 (TA 5) across the partnerships with a score", () => {
    const result = dacAcrossPartnerships([
      summary("a.xlsx", { scores: { TA: 3.5, STK: 2.5 } }),
      summary("b.xlsx", { scores: { TA: 5 } }),
      summary("c.xlsx"),
    ]);
    const relevance = result.criteria.find((entry) => entry.criterion === "relevance");
    expect(relevance?.partnerships.map((entry) => [entry.source, entry.score])).toEqual([
      ["a.xlsx", 50],
      ["b.xlsx", 100],
      ["c.xlsx", null],
    ]);
    expect(relevance?.distribution).toEqual({
      count: 2,
      mean: 75,
      median: 75,
      lowerQuartile: 62.5,
      upperQuartile: 87.5,
      minimum: 50,
      maximum: 100,
    });
    expect(relevance?.partnershipsWithoutScore).toBe(1);
    expect(result.problems).toEqual([]);
    // Impact: no city has an SDG index.
    expect(result.criteria.find((entry) => entry.criterion === "impact")?.distribution.count).toBe(
      0,
    );
  });

  it("takes the impact of a partnership from the mean of its cities' SDG indices", () => {
    const result = dacAcrossPartnerships([
      summary("a.xlsx", {
        sdgIndices: [
          { city: "A", year: 2024, index: 80 },
          { city: "B", year: 2024, index: 40 },
        ],
      }),
      summary("b.xlsx", { sdgIndices: [{ city: "C", year: 2024, index: null }] }),
    ]);
    const impact = result.criteria.find((entry) => entry.criterion === "impact");
    expect(impact?.partnerships.map((entry) => entry.score)).toEqual([60, null]);
  });

  it("uses the lens the partnerships agree on, else the catalogue's with a warning naming the workbooks", () => {
    const own = {
      ...DEFAULT_SETTINGS,
      dacLens: { ...DEFAULT_SETTINGS.dacLens, relevance: ["TA"] as const },
    };
    const agreed = dacAcrossPartnerships([
      summary("a.xlsx", { settings: own, scores: { TA: 5, STK: 1 } }),
      summary("b.xlsx", { settings: own, scores: { TA: 3 } }),
    ]);
    expect(agreed.lens.relevance).toEqual(["TA"]);
    expect(agreed.criteria[0]?.distribution.mean).toBe(75);
    expect(agreed.problems).toEqual([]);

    const differing = dacAcrossPartnerships([
      summary("a.xlsx", { settings: own, scores: { TA: 5, STK: 1 } }),
      summary("b.xlsx", { scores: { TA: 3 } }),
    ]);
    expect(differing.lens.relevance).toEqual(["TA", "STK"]);
    expect(differing.criteria[0]?.partnerships.map((entry) => entry.score)).toEqual([50, 50]);
    expect(differing.problems).toMatchObject([
      {
        address: "programme",
        message:
          "the workbooks differ in the sources of the DAC criterion relevance: TA in a.xlsx; TA, STK in b.xlsx; the programme's figures use the catalogue's, TA, STK",
        severity: "warning",
      },
    ]);
  });

  it("every figure of the pilot programme equals an independent computation", () => {
    const summaries = pilotProgramme().map((assessment, index) =>
      summarisePartnership(`p${index + 1}.xlsx`, assessment, scoreAssessment(assessment)),
    );
    const result = dacAcrossPartnerships(summaries);
    expect(result.criteria).toHaveLength(6);
    for (const entry of catalogue.dacLens) {
      const perPartnership = summaries.map((partnership) => {
        const principles = entry.principles
          .map((id) => partnership.principleScores[id])
          .filter((score): score is number => score !== null)
          .map((score) => ((score - 1) / 4) * 100);
        const cities = partnership.sdgIndices
          .map((city) => city.index)
          .filter((index): index is number => index !== null);
        const sources = [
          ...principles,
          ...(entry.goalIndices && cities.length > 0 ? [meanOf(cities)] : []),
        ];
        return sources.length === 0 ? null : meanOf(sources);
      });
      const scores = perPartnership.filter((score): score is number => score !== null);
      const found = result.criteria.find((criterion) => criterion.criterion === entry.criterion);
      if (found === undefined) throw new Error(`no ${entry.criterion}`);
      expect(scores.length).toBeGreaterThan(20);
      found.partnerships.forEach((partnership, index) => {
        const expected = perPartnership[index];
        if (expected === null || expected === undefined) expect(partnership.score).toBeNull();
        else expect(partnership.score).toBeCloseTo(expected, DIGITS);
      });
      const distribution = found.distribution;
      expect(distribution.count).toBe(scores.length);
      expect(distribution.mean).toBeCloseTo(meanOf(scores), DIGITS);
      expect(distribution.median).toBeCloseTo(quartile(scores, 0.5), DIGITS);
      expect(distribution.lowerQuartile).toBeCloseTo(quartile(scores, 0.25), DIGITS);
      expect(distribution.upperQuartile).toBeCloseTo(quartile(scores, 0.75), DIGITS);
      expect(distribution.minimum).toBe(Math.min(...scores));
      expect(distribution.maximum).toBe(Math.max(...scores));
      expect(found.partnershipsWithoutScore).toBe(summaries.length - scores.length);
    }
  });
});
