import fc from "fast-check";
import { distanceToEnd, indicatorScore } from "../../../src/engine/scoring";
import { valueOf } from "./resultHelpers";

const TOLERANCE_DIGITS = 9; // toBeCloseTo(x, 9): |diff| < 0.5e-9

describe("indicatorScore: docs/method.md worked examples", () => {
  it.each([
    {
      example: "higher-better, worst 5, end 80, x 42.5",
      value: 42.5,
      worst: 5,
      end: 80,
      expected: 50,
    },
    {
      example: "lower-better PM2.5, worst 50, end 5, x 20",
      value: 20,
      worst: 50,
      end: 5,
      expected: 200 / 3,
    },
    { example: "PM2.5 x 4, beyond the end value", value: 4, worst: 50, end: 5, expected: 100 },
    { example: "PM2.5 at the end value", value: 5, worst: 50, end: 5, expected: 100 },
    { example: "PM2.5 at the worst value", value: 50, worst: 50, end: 5, expected: 0 },
    { example: "PM2.5 x 80, beyond the worst value", value: 80, worst: 50, end: 5, expected: 0 },
    { example: "higher-better beyond the end", value: 120, worst: 0, end: 100, expected: 100 },
    { example: "higher-better below the worst", value: -3, worst: 0, end: 100, expected: 0 },
  ])("$example → $expected", ({ value, worst, end, expected }) => {
    expect(valueOf(indicatorScore(value, worst, end))).toBeCloseTo(expected, TOLERANCE_DIGITS);
  });

  it("gives 66.67 for the PM2.5 example when rounded to two decimals", () => {
    expect(valueOf(indicatorScore(20, 50, 5)).toFixed(2)).toBe("66.67");
  });

  it.each<[number, number, number, number]>([
    [42.5, 5, 80, 50],
    [20, 50, 5, 100 / 3],
    [4, 50, 5, 0],
  ])("distance to travel for x %p, worst %p, end %p is %p", (value, worst, end, expected) => {
    expect(valueOf(distanceToEnd(value, worst, end))).toBeCloseTo(expected, TOLERANCE_DIGITS);
  });
});

describe("indicatorScore: bad input is a value, not an exception", () => {
  it.each<[string, number, number, number, string]>([
    [
      "end equals worst",
      42,
      50,
      50,
      "the end value equals the worst value (50): the score is undefined",
    ],
    ["NaN value", NaN, 0, 100, "the value is not a finite number (NaN)"],
    ["infinite value", Infinity, 0, 100, "the value is not a finite number (Infinity)"],
    ["infinite worst", 1, -Infinity, 100, "the worst value is not a finite number (-Infinity)"],
    ["NaN end", 1, 0, NaN, "the end value is not a finite number (NaN)"],
  ])("%s → invalid-input", (_case, value, worst, end, message) => {
    const expected = { ok: false, error: { kind: "invalid-input", message } };
    expect(indicatorScore(value, worst, end)).toMatchObject(expected);
    expect(distanceToEnd(value, worst, end)).toMatchObject(expected);
  });

  it("stays finite when worst and end are so far apart that their difference overflows", () => {
    expect(valueOf(indicatorScore(0, -1.5e308, 1.5e308))).toBeCloseTo(50, TOLERANCE_DIGITS);
    expect(valueOf(indicatorScore(1e308, -1.5e308, 1.5e308))).toBeCloseTo(
      (2.5 / 3) * 100,
      TOLERANCE_DIGITS,
    );
  });

  it("gives 100 for a value far beyond a tiny span", () => {
    expect(valueOf(indicatorScore(1e308, 0, 1e-300))).toBe(100);
  });
});

describe("indicatorScore: properties", () => {
  const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
  const anyCell = fc.oneof(
    anyNumber,
    fc.constant(NaN),
    fc.constant(Infinity),
    fc.constant(-Infinity),
  );
  const distinctPair = fc.tuple(anyNumber, anyNumber).filter(([a, b]) => a !== b);

  it("is always within [0, 100] or an invalid-input error", () => {
    fc.assert(
      fc.property(anyCell, anyCell, anyCell, (value, worst, end) => {
        const score = indicatorScore(value, worst, end);
        if (score.ok) return score.value >= 0 && score.value <= 100;
        return score.error.kind === "invalid-input";
      }),
    );
  });

  it("never decreases as the value rises when higher is better (end > worst), never increases when lower is better", () => {
    fc.assert(
      fc.property(distinctPair, anyNumber, anyNumber, ([worst, end], a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const scoreLow = valueOf(indicatorScore(low, worst, end));
        const scoreHigh = valueOf(indicatorScore(high, worst, end));
        return end > worst ? scoreLow <= scoreHigh : scoreLow >= scoreHigh;
      }),
    );
  });

  // With t = (x − w)/(e − w), swapping w and e gives (x − e)/(w − e) = 1 − t, and
  // clamp(t, 0, 1) + clamp(1 − t, 0, 1) = 1 for every t: the two scores always add up to 100.
  it("mirrors when worst and end swap: score(x, w, e) + score(x, e, w) = 100", () => {
    const moderate = fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(moderate, moderate, moderate, (value, worst, end) => {
        fc.pre(Math.abs(end - worst) > 1e-6);
        const sum =
          valueOf(indicatorScore(value, worst, end)) + valueOf(indicatorScore(value, end, worst));
        return Math.abs(sum - 100) < 1e-6;
      }),
    );
  });

  it("gives 0 at the worst value and 100 at the end value", () => {
    fc.assert(
      fc.property(distinctPair, ([worst, end]) => {
        return (
          valueOf(indicatorScore(worst, worst, end)) === 0 &&
          valueOf(indicatorScore(end, worst, end)) === 100
        );
      }),
    );
  });

  it("agrees with an independent computation on integers (clamp the numerator before dividing)", () => {
    const integer = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(integer, integer, integer, (value, worst, end) => {
        fc.pre(worst !== end);
        // Integers are exact: compare |x − w| with |e − w| and the signs, then divide once.
        const offset = value - worst;
        const span = end - worst;
        const expected =
          Math.sign(offset) !== Math.sign(span)
            ? 0
            : Math.abs(offset) >= Math.abs(span)
              ? 100
              : (100 * offset) / span;
        return Math.abs(valueOf(indicatorScore(value, worst, end)) - expected) < 1e-9;
      }),
    );
  });
});
