import fc from "fast-check";
import {
  clamp,
  maximum,
  mean,
  median,
  minimum,
  populationSd,
  weightedMean,
} from "../../../src/engine/stats";

describe("stats", () => {
  it.each([
    { values: [1], mean: 1, median: 1, sd: 0 },
    { values: [2, 4, 5], mean: 11 / 3, median: 4, sd: Math.sqrt(42 / 27) },
    { values: [5, 1], mean: 3, median: 3, sd: 2 },
    { values: [4, 1, 3, 2], mean: 2.5, median: 2.5, sd: Math.sqrt(1.25) },
    { values: [0.1, 0.1, 0.1], mean: 0.1, median: 0.1, sd: 0 },
  ])("$values: mean $mean, median $median, population sd $sd", (row) => {
    expect(mean(row.values)).toBeCloseTo(row.mean, 12);
    expect(median(row.values)).toBeCloseTo(row.median, 12);
    expect(populationSd(row.values)).toBeCloseTo(row.sd, 12);
  });

  it("computes min, max and clamp", () => {
    expect(minimum([3, -1, 2])).toBe(-1);
    expect(maximum([3, -1, 2])).toBe(3);
    expect(clamp(7, 0, 5)).toBe(5);
    expect(clamp(-7, 0, 5)).toBe(0);
    expect(clamp(2, 0, 5)).toBe(2);
  });

  it("weights a mean: (3.5·1 + 2.5·3) / 4 = 2.75, and ignores weight-0 values", () => {
    expect(weightedMean([3.5, 2.5], [1, 3])).toBeCloseTo(2.75, 12);
    expect(weightedMean([3.5, 2.5, 5], [1, 3, 0])).toBeCloseTo(2.75, 12);
    expect(weightedMean([2, 4], [1e308, 1e308])).toBeCloseTo(3, 12);
  });

  it("keeps the mean of equal values equal to them (no rounding drift)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
        fc.integer({ min: 1, max: 50 }),
        (value, count) => {
          const values = Array.from({ length: count }, () => value);
          return mean(values) === value && populationSd(values) === 0 && median(values) === value;
        },
      ),
    );
  });
});
