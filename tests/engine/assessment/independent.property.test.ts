// scoreAssessment against an independent computation written here from docs/method.md alone: random
// indicator tables (fixed worst values) and random checklists, recomputed with plain loops.
import fc from "fast-check";
import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue, indicatorsInList } from "../../../src/engine/catalogue";
import type { PrincipleId } from "../../../src/engine/catalogue/types";
import type { IndicatorRow } from "../../../src/engine/model/types";
import { assessmentWith, indicator, item, respondents } from "./builders";

const TOLERANCE = 1e-9;
const absoluteEnded = indicatorsInList("simplified").filter(
  (definition) => definition.end.kind === "absolute",
);
const CITIES = ["Nakuru", "Malmö", "Kisumu"];
const YEARS = [2020, 2021, 2022];

const rowArbitrary = fc.record({
  definition: fc.constantFrom(...absoluteEnded),
  city: fc.constantFrom(...CITIES),
  year: fc.constantFrom(...YEARS),
  value: fc.option(fc.double({ min: -50, max: 1100, noNaN: true }), { nil: null }),
});

function independentScore(row: IndicatorRow): number | null {
  if (row.value === null || row.worst === null || row.end === null) return null;
  const share = (row.value - row.worst) / (row.end - row.worst);
  return 100 * Math.min(1, Math.max(0, share));
}

describe("scoreAssessment against an independent computation", () => {
  it("goal indices are the means of the available scores per city, year and goal; coverage counts every row", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 40 }), (generated) => {
        const rows = generated.map(({ definition, city, year, value }) =>
          indicator(definition.id, city, year, value),
        );
        const scores = scoreAssessment(assessmentWith({ indicators: rows }));
        for (const result of scores.goalIndices) {
          const listed = rows.filter(
            (row) =>
              row.city === result.city && row.year === result.year && row.goal === result.goal,
          );
          const available = listed
            .map(independentScore)
            .filter((score): score is number => score !== null);
          expect(result.listed).toBe(listed.length);
          expect(result.available).toBe(available.length);
          if (available.length === 0) expect(result.index).toBeNull();
          else
            expect(
              Math.abs(
                (result.index ?? NaN) - available.reduce((a, b) => a + b, 0) / available.length,
              ),
            ).toBeLessThan(TOLERANCE);
        }
        const groups = new Set(rows.map((row) => `${row.city}|${row.year}|${row.goal}`));
        expect(scores.goalIndices).toHaveLength(groups.size);
      }),
      { numRuns: 200 },
    );
  });

  it("principle scores are the means of the item means when at least half the applicable items are answered; alignment is their mean", () => {
    const answer = fc.constantFrom<number | string | null>(1, 2, 3, 4, 5, "n/a", "?", null);
    const principles = catalogue.principles.map((principle) => principle.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            principle: fc.constantFrom(...principles),
            answers: fc.array(answer, { minLength: 3, maxLength: 3 }),
          }),
          { maxLength: 30 },
        ),
        (generated) => {
          const checklist = generated.map(({ principle, answers }, i) =>
            item(principle, `${principle}-${i}`, answers),
          );
          const scores = scoreAssessment(
            assessmentWith({ respondents: respondents(3), checklist }),
          );
          const expected = new Map<PrincipleId, number | null>();
          for (const principle of principles) {
            let applicable = 0;
            const means: number[] = [];
            for (const { principle: p, answers } of generated) {
              if (p !== principle) continue;
              const numbers = answers.filter((a): a is number => typeof a === "number");
              const onlyNotApplicable =
                numbers.length === 0 && answers.includes("n/a") && !answers.includes("?");
              if (onlyNotApplicable) continue;
              applicable += 1;
              if (numbers.length > 0)
                means.push(numbers.reduce((a, b) => a + b, 0) / numbers.length);
            }
            expected.set(
              principle,
              means.length > 0 && means.length >= applicable / 2
                ? means.reduce((a, b) => a + b, 0) / means.length
                : null,
            );
          }
          for (const result of scores.principles) {
            const want = expected.get(result.principle) ?? null;
            if (want === null) expect(result.score).toBeNull();
            else expect(Math.abs((result.score ?? NaN) - want)).toBeLessThan(TOLERANCE);
          }
          const existing = [...expected.values()].filter(
            (score): score is number => score !== null,
          );
          if (existing.length === 0) expect(scores.alignment.score).toBeNull();
          else
            expect(
              Math.abs(
                (scores.alignment.score ?? NaN) -
                  existing.reduce((a, b) => a + b, 0) / existing.length,
              ),
            ).toBeLessThan(TOLERANCE);
        },
      ),
      { numRuns: 200 },
    );
  });
});
