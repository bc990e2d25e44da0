import fc from "fast-check";
import { principleScore } from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

describe("principleScore: docs/method.md worked example (six items)", () => {
  // Two answered (3.0, 4.0), three "?"-only (applicable, unanswered), one n/a-only.
  const sixItems = [3.0, 4.0, null, null, null, "n/a"] as const;

  it("2 answered of 5 applicable is below half → insufficient answers", () => {
    expect(errorOf(principleScore(sixItems))).toMatchObject({
      kind: "missing-data",
      message: "insufficient answers: 2 of 5 applicable items answered; at least half are needed",
    });
  });

  it("with a third item answered (2.0) → 3.0", () => {
    expect(valueOf(principleScore([3.0, 4.0, 2.0, null, null, "n/a"]))).toEqual({
      score: 3,
      answered: 3,
      applicable: 5,
    });
  });
});

describe("principleScore", () => {
  it.each([
    { items: [4], minShare: undefined, score: 4 },
    { items: [2, null], minShare: undefined, score: 2, why: "exactly half answered" },
    { items: [1, 5, "n/a", "n/a"] as const, minShare: undefined, score: 3 },
    { items: [5, null, null, null], minShare: 0.25, score: 5, why: "a lower share setting" },
    {
      items: [1, 2, 3, 4, 5, 1, 2, null, null, null],
      minShare: 0.7,
      score: 18 / 7,
      why: "0.7 × 10 is 7.000000000000001 in floating point",
    },
    { items: [3, null], minShare: 0, score: 3 },
  ])("$items with share $minShare → $score", ({ items, minShare, score }) => {
    expect(valueOf(principleScore(items, minShare)).score).toBeCloseTo(score, 12);
  });

  it.each([
    {
      items: [4, null, null],
      minShare: undefined,
      error: {
        kind: "missing-data",
        message: "insufficient answers: 1 of 3 applicable items answered; at least half are needed",
      },
    },
    {
      items: [4, 3, null],
      minShare: 1,
      error: {
        kind: "missing-data",
        message: "insufficient answers: 2 of 3 applicable items answered; all are needed",
      },
    },
    {
      items: [4, 3, null, null],
      minShare: 0.6,
      error: {
        kind: "missing-data",
        message: "insufficient answers: 2 of 4 applicable items answered; at least 60 % are needed",
      },
    },
    {
      items: [null, null],
      minShare: 0,
      error: {
        kind: "missing-data",
        message: "insufficient answers: none of the 2 applicable items is answered yet",
      },
    },
    {
      items: ["n/a", "n/a"] as const,
      minShare: undefined,
      error: {
        kind: "missing-data",
        message: "every item of the principle is n/a: it does not apply",
      },
    },
    {
      items: [],
      minShare: undefined,
      error: { kind: "missing-data", message: "the principle has no items" },
    },
    {
      items: [4, 6],
      minShare: undefined,
      error: { kind: "out-of-range", message: "the item score 6 is outside 1–5" },
    },
    {
      items: [0.5],
      minShare: undefined,
      error: { kind: "out-of-range", message: "the item score 0.5 is outside 1–5" },
    },
    {
      items: [NaN],
      minShare: undefined,
      error: { kind: "invalid-input", message: "the item score is not a finite number (NaN)" },
    },
    {
      items: [4],
      minShare: 50,
      error: {
        kind: "invalid-input",
        message: "the minimum answered share 50 must be a share between 0 and 1",
      },
    },
  ])("$items with share $minShare → $error.kind", ({ items, minShare, error }) => {
    expect(errorOf(principleScore(items, minShare))).toMatchObject(error);
  });

  it("stays within [1, 5] and within the range of its answered items, and reports only when enough are answered", () => {
    const item = fc.oneof(
      fc.double({ noNaN: true, min: 1, max: 5 }),
      fc.constant(null),
      fc.constant("n/a" as const),
    );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 15 }),
        fc.double({ noNaN: true, min: 0, max: 1 }),
        (items, minShare) => {
          const result = principleScore(items, minShare);
          const answered = items.filter((i): i is number => typeof i === "number");
          const applicable = items.filter((i) => i !== "n/a").length;
          if (!result.ok)
            return (
              result.error.kind === "missing-data" &&
              (answered.length === 0 || answered.length < minShare * applicable)
            );
          const { score } = result.value;
          return (
            answered.length >= minShare * applicable - 1e-9 &&
            score >= 1 &&
            score <= 5 &&
            score >= Math.min(...answered) &&
            score <= Math.max(...answered) &&
            result.value.answered === answered.length &&
            result.value.applicable === applicable
          );
        },
      ),
    );
  });
});
