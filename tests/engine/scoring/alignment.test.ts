import fc from "fast-check";
import { alignment, toHundred } from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

describe("alignment: docs/method.md worked example", () => {
  // TA 3.5, MLG 2.5, the other eight principles without a score, equal weights.
  const scores = [3.5, 2.5, null, null, null, null, null, null, null, null];

  it("TA 3.5, MLG 2.5, others missing → 3.0", () => {
    expect(valueOf(alignment(scores))).toBeCloseTo(3.0, 12);
    expect(
      valueOf(
        alignment(
          scores,
          Array.from({ length: 10 }, () => 1),
        ),
      ),
    ).toBeCloseTo(3.0, 12);
  });

  it("0–100 form 50", () => {
    expect(valueOf(toHundred(valueOf(alignment(scores))))).toBeCloseTo(50, 12);
  });
});

describe("alignment", () => {
  it.each([
    {
      scores: [3.5, 2.5, null],
      weights: [1, 3, 5],
      expected: 2.75,
      why: "weights renormalised over TA and MLG: (3.5 + 3·2.5)/4",
    },
    {
      scores: [3.5, 2.5, 5],
      weights: [1, 1, 0],
      expected: 3.0,
      why: "a weight of 0 leaves a principle out",
    },
    { scores: [4], weights: undefined, expected: 4, why: "one principle" },
    { scores: [1, 5], weights: [0.2, 0.8], expected: 4.2, why: "fractional weights" },
  ])("$scores with weights $weights → $expected ($why)", ({ scores, weights, expected }) => {
    expect(valueOf(alignment(scores, weights))).toBeCloseTo(expected, 12);
  });

  it.each([
    {
      scores: [null, null],
      weights: undefined,
      error: { kind: "missing-data", message: "no principle has a score yet" },
    },
    {
      scores: [],
      weights: undefined,
      error: { kind: "missing-data", message: "no principle has a score yet" },
    },
    {
      scores: [3, null],
      weights: [0, 1],
      error: { kind: "missing-data", message: "every principle with a score has weight 0" },
    },
    {
      scores: [3, 4],
      weights: [1],
      error: {
        kind: "invalid-input",
        message: "there are 2 principle scores but 1 weights; give one weight per principle",
      },
    },
    {
      scores: [3, 4],
      weights: [1, -1],
      error: {
        kind: "invalid-input",
        message: "the weight -1 is negative; weights must be 0 or more",
      },
    },
    {
      scores: [3, 4],
      weights: [1, NaN],
      error: { kind: "invalid-input", message: "a weight is not a finite number (NaN)" },
    },
    {
      scores: [3, 6],
      weights: undefined,
      error: { kind: "out-of-range", message: "the principle score 6 is outside 1–5" },
    },
  ])("$scores with weights $weights → $error.kind", ({ scores, weights, error }) => {
    expect(errorOf(alignment(scores, weights))).toMatchObject(error);
  });

  it("stays within the minimum and maximum of the scores it weighs", () => {
    const score = fc.option(fc.double({ noNaN: true, min: 1, max: 5 }), { nil: null });
    const weight = fc.double({ noNaN: true, min: 0, max: 1e6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, weight), { minLength: 1, maxLength: 12 }), (pairs) => {
        const scores = pairs.map(([s]) => s);
        const weights = pairs.map(([, w]) => w);
        const weighed = pairs.filter(([s, w]) => s !== null && w > 0).map(([s]) => s as number);
        const result = alignment(scores, weights);
        if (weighed.length === 0) return !result.ok && result.error.kind === "missing-data";
        const value = valueOf(result);
        return value >= Math.min(...weighed) && value <= Math.max(...weighed);
      }),
    );
  });
});

describe("toHundred", () => {
  it.each([
    { score: 1, expected: 0 },
    { score: 3, expected: 50 },
    { score: 3.7, expected: 67.5 },
    { score: 5, expected: 100 },
  ])("$score → $expected", ({ score, expected }) => {
    expect(valueOf(toHundred(score))).toBeCloseTo(expected, 12);
  });

  it.each([
    { score: 0.99, error: { kind: "out-of-range", message: "the score 0.99 is outside 1–5" } },
    { score: 82.5, error: { kind: "out-of-range", message: "the score 82.5 is outside 1–5" } },
    {
      score: NaN,
      error: { kind: "invalid-input", message: "the score is not a finite number (NaN)" },
    },
  ])("$score → $error.kind", ({ score, error }) => {
    expect(errorOf(toHundred(score))).toEqual(error);
  });
});
