// Properties of every comparison, on random partnerships (principle scores on 1–5 with gaps, SDG
// indices on 0–100) and on random city assessments: gaps, best units, learning pairs, percentiles.

import fc from "fast-check";
import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue, type PrincipleId } from "../../../src/engine/catalogue";
import {
  compareCities,
  comparePartnerships,
  isWeak,
  type Comparison,
} from "../../../src/engine/compare";
import type { PartnershipSummary } from "../../../src/engine/programme";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { assessmentWith, indicator, item } from "../assessment/builders";
import { summary } from "../programme/programmeFixtures";

// Scores on a coarse grid, so ties are common.
const fivePoint = fc.option(
  fc.integer({ min: 4, max: 20 }).map((quarter) => quarter / 4),
  { nil: null, freq: 4 },
);
const hundred = fc.option(
  fc.integer({ min: 0, max: 20 }).map((step) => step * 5),
  { nil: null, freq: 4 },
);

const partnership = (index: number): fc.Arbitrary<PartnershipSummary> =>
  fc
    .record({
      scores: fc.tuple(...catalogue.principles.map(() => fivePoint)),
      alignment: fivePoint,
      cities: fc.array(hundred, { maxLength: 3 }),
    })
    .map(({ scores, alignment, cities }) =>
      summary(`p${index}.xlsx`, {
        name: `P${index}`,
        scores: Object.fromEntries(
          catalogue.principles.map((principle, at) => [principle.id, scores[at] ?? null]),
        ),
        alignment,
        sdgIndices: cities.map((cityIndex, at) => ({
          city: `C${at}`,
          year: 2024,
          index: cityIndex,
        })),
      }),
    );

const partnerships = (minimum: number, maximum: number): fc.Arbitrary<PartnershipSummary[]> =>
  fc
    .integer({ min: minimum, max: maximum })
    .chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, index) => partnership(index + 1))),
    );

function checkInvariants(comparison: Comparison): void {
  const names = comparison.units.map((unit) => unit.name);
  for (const row of comparison.rows) {
    const scored = row.scores.filter((score): score is number => score !== null);
    expect(row.best).toBe(scored.length === 0 ? null : Math.max(...scored));
    row.scores.forEach((score, index) => {
      const gap = row.gaps[index] ?? null;
      if (score === null) {
        expect(gap).toBeNull();
        expect(row.bands[index]).toBeNull();
        return;
      }
      expect(gap).not.toBeNull();
      expect(gap ?? -1).toBeGreaterThanOrEqual(0);
      expect(row.bestUnits.includes(names[index] ?? "")).toBe(gap === 0);
    });
    if (scored.length < 3) expect(row.percentiles).toBeNull();
    else {
      const ranks = (row.percentiles ?? []).filter((rank): rank is number => rank !== null);
      expect(ranks).toHaveLength(scored.length);
      for (const rank of ranks) {
        expect(rank).toBeGreaterThanOrEqual(0);
        expect(rank).toBeLessThanOrEqual(100);
      }
      // The ranks of n units average 50 whatever the ties.
      expect(ranks.reduce((total, rank) => total + rank, 0) / ranks.length).toBeCloseTo(50, 9);
    }
  }
  expect(comparison.peerStatistics).toBe(comparison.units.length >= 3);
  if (!comparison.peerStatistics)
    expect(comparison.rows.every((row) => row.percentiles === null)).toBe(true);
  for (const pair of comparison.learning) {
    expect(pair.peerScore).toBeGreaterThan(pair.learnerScore);
    expect(pair.gap).toBeCloseTo(pair.peerScore - pair.learnerScore, 12);
    const row = comparison.rows.find((entry) => entry.id === pair.id);
    expect(row?.best).toBe(pair.peerScore);
    expect(row?.bestUnits[0]).toBe(pair.peer);
    expect(row !== undefined && isWeak(row, pair.learnerScore, DEFAULT_SETTINGS)).toBe(true);
  }
  // Every weak score below the row's best has its pair.
  const expectedPairs = comparison.rows.flatMap((row) =>
    row.scores.flatMap((score, index) =>
      score !== null &&
      row.best !== null &&
      score < row.best &&
      isWeak(row, score, DEFAULT_SETTINGS)
        ? [`${names[index] ?? ""}|${row.id}`]
        : [],
    ),
  );
  expect(comparison.learning.map((pair) => `${pair.learner}|${pair.id}`).sort()).toEqual(
    expectedPairs.sort(),
  );
}

describe("comparison properties", () => {
  it("partnerships: gaps ≥ 0, best units have gap 0, learners' peers score higher, percentiles in [0, 100] and only with ≥ 3 scores", () => {
    fc.assert(
      fc.property(partnerships(2, 10), (units) => {
        const result = comparePartnerships(units);
        expect(result.ok).toBe(true);
        if (result.ok) checkInvariants(result.value);
      }),
      { numRuns: 300 },
    );
  });

  it("one unit, or more than ten, is refused", () => {
    fc.assert(
      fc.property(fc.oneof(partnerships(1, 1), partnerships(11, 13)), (units) => {
        const result = comparePartnerships(units);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it("cities: the same invariants, and goal scores equal the engine's latest goal index where its coverage is enough", () => {
    const CITIES = ["Nakuru", "Malmö", "Kisumu", "Lyon"];
    const answer = fc.constantFrom<number | string | null>(1, 2, 3, 4, 5, "n/a", null);
    const codes = ["6.1.1", "6.2.1", "11.1.1", "11.2.1", "11.3.1", "1.1.1"];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.constantFrom(...CITIES), { minLength: 0, maxLength: 12 }),
        fc.array(
          fc.tuple(
            fc.constantFrom("TA", "FIN", "P2P") as fc.Arbitrary<PrincipleId>,
            fc.array(answer, { minLength: 12, maxLength: 12 }),
          ),
          { maxLength: 8 },
        ),
        fc.array(
          fc.record({
            code: fc.constantFrom(...codes),
            city: fc.constantFrom(...CITIES),
            year: fc.constantFrom(2023, 2024),
            value: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          }),
          { maxLength: 30 },
        ),
        (cityCount, respondentCities, items, rows) => {
          const cities = CITIES.slice(0, cityCount);
          const respondents = respondentCities.map((city, index) => ({
            name: `R${index}`,
            organisation: "",
            group: null,
            city,
            role: "",
          }));
          const assessment = assessmentWith({
            partnership: {
              name: "Random",
              cities,
              countries: [],
              startYear: 2020,
              reportingYear: 2024,
              list: "simplified",
              catalogueVersion: null,
            },
            respondents,
            checklist: items.map(([principle, answers], index) =>
              item(principle, `${principle}${index}`, answers.slice(0, respondents.length)),
            ),
            indicators: rows.map((row) =>
              indicator(row.code, row.city, row.year, row.value, { worst: 0, end: 100 }),
            ),
          });
          const scores = scoreAssessment(assessment);
          const result = compareCities(assessment, scores);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          checkInvariants(result.value);
          for (const row of result.value.rows.filter((entry) => entry.kind === "goal")) {
            cities.forEach((city, index) => {
              const latest = scores.cities
                .find((entry) => entry.city === city)
                ?.goals.find((goal) => `SDG ${goal.goal}` === row.id)?.latest;
              const comparable =
                latest !== undefined && latest.band !== "Low coverage" && latest.band !== "No data";
              expect(row.scores[index]).toBe(comparable ? latest.index : null);
            });
          }
          cities.forEach((city, index) => {
            const count = respondents.filter((respondent) => respondent.city === city).length;
            if (count < DEFAULT_SETTINGS.minimumGroupSize) {
              expect(
                result.value.rows
                  .filter((row) => row.kind === "principle" || row.kind === "alignment")
                  .every((row) => row.scores[index] === null),
              ).toBe(true);
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
