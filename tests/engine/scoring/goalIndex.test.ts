import fc from "fast-check";
import { goalIndex, isLowCoverage, overallIndex, sdgBand } from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

describe("goalIndex", () => {
  it("SDG 6 worked example: 75, 90 and a blank → index 82.5, coverage 2/3, distance 17.5, Challenges remain", () => {
    const sdg6 = valueOf(goalIndex([75, 90, null]));
    expect(sdg6.index).toBeCloseTo(82.5, 12);
    expect(sdg6.coverage).toBeCloseTo(2 / 3, 12);
    expect((sdg6.coverage * 100).toFixed(1)).toBe("66.7");
    expect(sdg6.distance).toBeCloseTo(17.5, 12);
    expect(sdg6.available).toBe(2);
    expect(sdg6.listed).toBe(3);
    expect(valueOf(sdgBand(sdg6.index))).toBe("Challenges remain");
    expect(valueOf(isLowCoverage(sdg6.coverage))).toBe(false);
  });

  it.each([
    { scores: [40], index: 40, coverage: 1 },
    { scores: [0, 100], index: 50, coverage: 1 },
    { scores: [null, null, 60, null], index: 60, coverage: 0.25 },
  ])("$scores → index $index, coverage $coverage", ({ scores, index, coverage }) => {
    const result = valueOf(goalIndex(scores));
    expect(result.index).toBeCloseTo(index, 12);
    expect(result.coverage).toBeCloseTo(coverage, 12);
  });

  it.each([
    {
      scores: [],
      error: { kind: "missing-data", message: "no indicator is listed for this goal" },
    },
    {
      scores: [null, null],
      error: { kind: "missing-data", message: "none of the 2 listed indicators has a score" },
    },
    {
      scores: [50, 120],
      error: { kind: "out-of-range", message: "the indicator score 120 is outside 0–100" },
    },
    {
      scores: [50, -0.5],
      error: { kind: "out-of-range", message: "the indicator score -0.5 is outside 0–100" },
    },
    {
      scores: [NaN],
      error: { kind: "invalid-input", message: "the indicator score is not a finite number (NaN)" },
    },
  ])("$scores → $error.kind", ({ scores, error }) => {
    expect(errorOf(goalIndex(scores))).toEqual(error);
  });

  it("keeps the index within the range of its scores and coverage within (0, 1]", () => {
    const score = fc.option(fc.double({ noNaN: true, min: 0, max: 100 }), { nil: null });
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 30 }), (scores) => {
        const result = goalIndex(scores);
        const available = scores.filter((s): s is number => s !== null);
        if (available.length === 0) return !result.ok && result.error.kind === "missing-data";
        const { index, coverage, distance } = valueOf(result);
        return (
          index >= Math.min(...available) &&
          index <= Math.max(...available) &&
          coverage > 0 &&
          coverage <= 1 &&
          distance === 100 - index
        );
      }),
    );
  });
});

describe("overallIndex", () => {
  it("is the mean of the goal indices that exist", () => {
    expect(valueOf(overallIndex([82.5, null, 60, null]))).toBeCloseTo(71.25, 12);
  });

  it("is missing data when no goal has an index", () => {
    expect(errorOf(overallIndex([null, null]))).toEqual({
      kind: "missing-data",
      message: "no goal has an index yet",
    });
    expect(errorOf(overallIndex([])).kind).toBe("missing-data");
  });

  it("rejects an index outside 0–100", () => {
    expect(errorOf(overallIndex([101]))).toEqual({
      kind: "out-of-range",
      message: "the goal index 101 is outside 0–100",
    });
  });
});

describe("isLowCoverage", () => {
  it.each([
    { coverage: 0.49, threshold: undefined, low: true },
    { coverage: 0.5, threshold: undefined, low: false },
    { coverage: 1 / 3, threshold: undefined, low: true },
    { coverage: 2 / 3, threshold: 0.75, low: true },
    { coverage: 0, threshold: 0, low: false },
  ])("coverage $coverage, threshold $threshold → low $low", ({ coverage, threshold, low }) => {
    expect(valueOf(isLowCoverage(coverage, threshold))).toBe(low);
  });

  it("rejects shares outside 0–1", () => {
    expect(errorOf(isLowCoverage(1.5))).toEqual({
      kind: "invalid-input",
      message: "the coverage 1.5 must be a share between 0 and 1",
    });
    expect(errorOf(isLowCoverage(0.5, 50))).toEqual({
      kind: "invalid-input",
      message: "the coverage threshold 50 must be a share between 0 and 1",
    });
  });
});
