import fc from "fast-check";
import { distanceClosed, trend, type TrendClass } from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

describe("trend: docs/method.md worked example", () => {
  const result = valueOf(
    trend([
      { year: 2015, score: 40 },
      { year: 2022, score: 52 },
    ]),
  );

  it("observed 12/7 = 1.714 per year", () => {
    expect(result.observedPerYear).toBeCloseTo(12 / 7, 12);
    expect(result.observedPerYear).toBeCloseTo(1.714, 3);
  });

  it("required 60/15 = 4.0 per year", () => {
    expect(result.requiredPerYear).toBeCloseTo(4.0, 12);
  });

  it("r = 0.429 → Stagnating", () => {
    expect(result.ratio).toBeCloseTo(12 / 7 / 4, 12);
    expect(result.ratio).toBeCloseTo(0.429, 3);
    expect(result.trendClass).toBe("Stagnating");
  });

  it("distance closed 12/60 = 20 %", () => {
    expect(result.distanceClosed).toBeCloseTo(0.2, 12);
    expect(valueOf(distanceClosed(40, 52))).toBeCloseTo(0.2, 12);
  });

  it("base year 2015, latest year 2022", () => {
    expect(result.baseYear).toBe(2015);
    expect(result.latestYear).toBe(2022);
  });
});

describe("trend classes", () => {
  it.each<{
    case: string;
    points: { year: number; score: number | null }[];
    targetYear?: number;
    trendClass: TrendClass;
  }>([
    {
      case: "latest score 100",
      points: [
        { year: 2016, score: 70 },
        { year: 2020, score: 100 },
      ],
      trendClass: "Achieved",
    },
    { case: "a single year at 100", points: [{ year: 2020, score: 100 }], trendClass: "Achieved" },
    { case: "a single year", points: [{ year: 2020, score: 60 }], trendClass: "Insufficient data" },
    {
      case: "no scores at all",
      points: [{ year: 2020, score: null }],
      trendClass: "Insufficient data",
    },
    { case: "no points", points: [], trendClass: "Insufficient data" },
    {
      case: "latest year is the target year",
      points: [
        { year: 2020, score: 40 },
        { year: 2030, score: 90 },
      ],
      trendClass: "Target year passed",
    },
    {
      case: "latest year after the target year",
      points: [
        { year: 2028, score: 40 },
        { year: 2031, score: 41 },
      ],
      trendClass: "Target year passed",
    },
    // base 40 in 2020, required (100 − 40)/10 = 6/yr
    {
      case: "r = 1 exactly",
      points: [
        { year: 2020, score: 40 },
        { year: 2022, score: 52 },
      ],
      trendClass: "On track",
    },
    {
      case: "r = 2",
      points: [
        { year: 2020, score: 40 },
        { year: 2022, score: 64 },
      ],
      trendClass: "On track",
    },
    {
      case: "r = 0.5 exactly",
      points: [
        { year: 2020, score: 40 },
        { year: 2022, score: 46 },
      ],
      trendClass: "Moderately improving",
    },
    {
      case: "r = 0.25",
      points: [
        { year: 2020, score: 40 },
        { year: 2022, score: 43 },
      ],
      trendClass: "Stagnating",
    },
    {
      case: "r = 0",
      points: [
        { year: 2020, score: 40 },
        { year: 2022, score: 40 },
      ],
      trendClass: "Stagnating",
    },
    {
      case: "r < 0",
      points: [
        { year: 2020, score: 40 },
        { year: 2022, score: 39 },
      ],
      trendClass: "Decreasing",
    },
    {
      case: "fell from 100",
      points: [
        { year: 2020, score: 100 },
        { year: 2022, score: 90 },
      ],
      trendClass: "Decreasing",
    },
    {
      case: "a later target year",
      points: [
        { year: 2020, score: 40 },
        { year: 2022, score: 46 },
      ],
      targetYear: 2040,
      trendClass: "On track",
    },
  ])("$case → $trendClass", ({ points, targetYear, trendClass }) => {
    expect(valueOf(trend(points, targetYear)).trendClass).toBe(trendClass);
  });

  it("uses the earliest and latest scored years whatever the order, skipping years without a score", () => {
    const result = valueOf(
      trend([
        { year: 2023, score: null },
        { year: 2022, score: 52 },
        { year: 2018, score: 45 },
        { year: 2015, score: 40 },
        { year: 2012, score: null },
      ]),
    );
    expect(result).toMatchObject({ baseYear: 2015, latestYear: 2022, trendClass: "Stagnating" });
    expect(result.observedPerYear).toBeCloseTo(12 / 7, 12);
  });

  it("leaves out the figures that do not exist", () => {
    expect(valueOf(trend([{ year: 2020, score: 60 }]))).toEqual({
      trendClass: "Insufficient data",
      baseYear: 2020,
      latestYear: 2020,
    });
    const fromHundred = valueOf(
      trend([
        { year: 2020, score: 100 },
        { year: 2022, score: 90 },
      ]),
    );
    expect(fromHundred.ratio).toBeUndefined();
    expect(fromHundred.distanceClosed).toBeUndefined();
    expect(fromHundred.requiredPerYear).toBe(0);
    const pastTarget = valueOf(
      trend([
        { year: 2031, score: 40 },
        { year: 2032, score: 50 },
      ]),
    );
    expect(pastTarget.requiredPerYear).toBeUndefined();
    expect(pastTarget.ratio).toBeUndefined();
    expect(pastTarget.distanceClosed).toBeCloseTo(10 / 60, 12);
  });

  it.each([
    {
      points: [
        { year: 2020, score: 40 },
        { year: 2020, score: 45 },
      ],
      error: {
        kind: "invalid-input",
        message:
          "there are two scores for 2020; give one score per year (filter by city and indicator)",
      },
    },
    {
      points: [{ year: 2020, score: 140 }],
      error: { kind: "out-of-range", message: "the score 140 is outside 0–100" },
    },
    {
      points: [{ year: NaN, score: 40 }],
      error: { kind: "invalid-input", message: "the year is not a finite number (NaN)" },
    },
  ])("rejects $points", ({ points, error }) => {
    expect(errorOf(trend(points))).toEqual(error);
  });

  it("rejects a target year that is not a number", () => {
    expect(errorOf(trend([{ year: 2020, score: 40 }], NaN))).toEqual({
      kind: "invalid-input",
      message: "the target year is not a finite number (NaN)",
    });
  });
});

describe("trend class precedence (property)", () => {
  const point = fc.record({
    year: fc.integer({ min: 2000, max: 2040 }),
    score: fc.option(fc.double({ noNaN: true, min: 0, max: 100 }), { nil: null }),
  });
  const points = fc.uniqueArray(point, { selector: (p) => p.year, maxLength: 8 });

  it("follows Achieved · Insufficient data · Target year passed · On track · Moderately improving · Stagnating · Decreasing", () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 2000, max: 2050 }), (series, targetYear) => {
        const scored = series
          .filter((p): p is { year: number; score: number } => p.score !== null)
          .sort((a, b) => a.year - b.year);
        const result = valueOf(trend(series, targetYear));
        const base = scored[0];
        const latest = scored[scored.length - 1];
        if (base === undefined || latest === undefined)
          return result.trendClass === "Insufficient data";
        if (latest.score === 100) return result.trendClass === "Achieved";
        if (scored.length < 2) return result.trendClass === "Insufficient data";
        if (latest.year >= targetYear) return result.trendClass === "Target year passed";
        // Independent computation of r from the two end points.
        const observed = (latest.score - base.score) / (latest.year - base.year);
        const required = (100 - base.score) / (targetYear - base.year);
        if (required === 0) return result.trendClass === "Decreasing";
        const r = observed / required;
        const expected: TrendClass =
          r >= 1
            ? "On track"
            : r >= 0.5
              ? "Moderately improving"
              : r >= 0
                ? "Stagnating"
                : "Decreasing";
        return result.trendClass === expected && Math.abs((result.ratio ?? NaN) - r) < 1e-9;
      }),
    );
  });
});

describe("distanceClosed", () => {
  it.each([
    { base: 40, latest: 52, expected: 0.2 },
    { base: 0, latest: 100, expected: 1 },
    { base: 50, latest: 25, expected: -0.5 },
    { base: 80, latest: 80, expected: 0 },
  ])("$base → $latest closes $expected", ({ base, latest, expected }) => {
    expect(valueOf(distanceClosed(base, latest))).toBeCloseTo(expected, 12);
  });

  it.each([
    {
      base: 100,
      latest: 100,
      error: {
        kind: "missing-data",
        message: "the base score is already 100: there was no distance left to close",
      },
    },
    {
      base: 100,
      latest: 90,
      error: {
        kind: "missing-data",
        message: "the base score is already 100: there was no distance left to close",
      },
    },
    {
      base: -5,
      latest: 90,
      error: { kind: "out-of-range", message: "the base score -5 is outside 0–100" },
    },
    {
      base: 5,
      latest: Infinity,
      error: {
        kind: "invalid-input",
        message: "the latest score is not a finite number (Infinity)",
      },
    },
  ])("$base → $latest is $error.kind", ({ base, latest, error }) => {
    expect(errorOf(distanceClosed(base, latest))).toEqual(error);
  });
});
