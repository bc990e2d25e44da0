import fc from "fast-check";
import { answersWithTotal, calibratedTotals } from "../../../src/engine/demo/answerTotals";
import { seededRandom } from "../../../src/engine/demo";

const meanScore = (totals: readonly number[], answers: readonly number[]): number =>
  totals.reduce((sum, total, i) => sum + total / (answers[i] ?? 1), 0) / totals.length;

describe("calibratedTotals", () => {
  it("hits an average that whole totals can reach exactly", () => {
    // 3 slots of 10 answers: totals 30, 35, 40 average to (3 + 3.5 + 4) / 3 = 3.5.
    const totals = calibratedTotals(
      [
        { answers: 10, target: 3.04 },
        { answers: 10, target: 3.46 },
        { answers: 10, target: 3.97 },
      ],
      3.5,
    );
    expect(meanScore(totals, [10, 10, 10])).toBeCloseTo(3.5, 12);
  });

  it("gets out of a corner a single greedy step would leave it in", () => {
    // From totals 4 and 20 (mean 1.0) to 1.2: 5 and 23 make 1.2 exactly.
    const totals = calibratedTotals(
      [
        { answers: 4, target: 1 },
        { answers: 20, target: 1 },
      ],
      1.2,
    );
    expect(meanScore(totals, [4, 20])).toBeCloseTo(1.2, 12);
  });

  it("lands within half the step of any slot that can still move towards the average, each total on the 1–5 scale", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ answers: fc.integer({ min: 3, max: 40 }), target: fc.double({ min: 1, max: 5, noNaN: true }) }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 1.2, max: 4.8, noNaN: true }),
        (slots, average) => {
          const totals = calibratedTotals(slots, average);
          const answers = slots.map((slot) => slot.answers);
          totals.forEach((total, i) => {
            expect(total).toBeGreaterThanOrEqual(answers[i] ?? 0);
            expect(total).toBeLessThanOrEqual(5 * (answers[i] ?? 0));
          });
          const error = meanScore(totals, answers) - average;
          const movable = answers.filter((count, i) => (error > 0 ? (totals[i] ?? 0) > count : (totals[i] ?? 0) < 5 * count));
          const smallestStep = Math.min(...movable.map((count) => 1 / count / slots.length));
          expect(Math.abs(error)).toBeLessThanOrEqual(smallestStep / 2 + 1e-12);
        },
      ),
    );
  });
});

describe("answersWithTotal", () => {
  it("gives answers from 1 to 5 with exactly the asked total", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (count, share, seed) => {
        const total = count + Math.round(share * 4 * count);
        const answers = answersWithTotal(count, total, seededRandom(seed));
        expect(answers).toHaveLength(count);
        expect(answers.every((answer) => Number.isInteger(answer) && answer >= 1 && answer <= 5)).toBe(true);
        expect(answers.reduce((sum, answer) => sum + answer, 0)).toBe(total);
      }),
    );
  });

  it("refuses a total the answers cannot reach", () => {
    expect(() => answersWithTotal(4, 21, seededRandom(1))).toThrow(RangeError);
    expect(() => answersWithTotal(4, 3, seededRandom(1))).toThrow(RangeError);
  });
});

describe("seededRandom", () => {
  it("repeats for the same seed and stays in its ranges", () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const draws = Array.from({ length: 200 }, () => [first.next(), first.integer(2, 4), first.noise(1)] as const);
    expect(Array.from({ length: 200 }, () => [second.next(), second.integer(2, 4), second.noise(1)] as const)).toEqual(draws);
    for (const [unit, whole, noise] of draws) {
      expect(unit >= 0 && unit < 1).toBe(true);
      expect([2, 3, 4]).toContain(whole);
      expect(Math.abs(noise)).toBeLessThan(1);
    }
  });
});
