// The programme model: the indicator component across cities (the worked example of the README's
// "Programme level" section), the principles' spread, and the programme's own rules. Every figure
// is checked against a computation written here independently of src/engine/programme.

import fc from "fast-check";
import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue } from "../../../src/engine/catalogue";
import { samplePartnership } from "../../../src/engine/demo";
import {
  consolidate,
  distributionOf,
  inclusiveQuantile,
  summarisePartnership,
  type CityGoal,
  type PartnershipSummary,
} from "../../../src/engine/programme";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { summary } from "./programmeFixtures";

/** Floats are compared to 1e-9: every figure is a mean or an interpolation of a few numbers. */
const TOLERANCE = 9;

const goal6 = (city: string, index: number | null, coverage: number): CityGoal => ({
  city,
  goal: 6,
  year: 2024,
  index,
  coverage,
  band: "Challenges remain",
  trend: "Stagnating",
});

const programmeOf = (summaries: readonly PartnershipSummary[]) => {
  const { programme, problems } = consolidate(summaries, { force: false });
  if (programme === null) throw new Error(JSON.stringify(problems));
  return { programme, problems };
};

describe("programme model: the worked example (goal indices across cities)", () => {
  // A1 80 (100 %), A2 40 (50 %); B1 60 (100 %), B2 30 (25 %); threshold 50 %.
  const a = summary("a.xlsx", { goals: [goal6("A1", 80, 1), goal6("A2", 40, 0.5)] });
  const b = summary("b.xlsx", { goals: [goal6("B1", 60, 1), goal6("B2", 30, 0.25)] });
  const sdg6 = programmeOf([a, b]).programme.goals.find((entry) => entry.goal === 6);

  it("averages 80, 40 and 60 to 60.0 over 3 cities, B2 counted as low coverage", () => {
    expect(sdg6?.distribution.mean).toBeCloseTo(60, TOLERANCE);
    expect(sdg6?.distribution.count).toBe(3);
    expect(sdg6?.lowCoverageCities).toBe(1);
    expect(sdg6?.noDataCities).toBe(0);
    expect(sdg6?.cities).toBe(4);
  });

  it("gives the median, QUARTILE.INC quartiles, minimum and maximum of the counted cities", () => {
    expect(sdg6?.distribution).toEqual({
      count: 3,
      mean: expect.closeTo(60, TOLERANCE) as number,
      median: 60,
      lowerQuartile: 50,
      upperQuartile: 70,
      minimum: 40,
      maximum: 80,
    });
  });

  it("shares the counted cities among the bands and every city among the trend classes", () => {
    expect(sdg6?.bandShares).toEqual({
      Achieved: 0,
      "Challenges remain": 1 / 3,
      "Significant challenges": 1 / 3,
      "Major challenges": 1 / 3,
    });
    expect(sdg6?.trendShares.Stagnating).toBe(1);
  });

  it("counts a city below a stricter agreed threshold apart as well", () => {
    const strict = { ...DEFAULT_SETTINGS, coverageThreshold: 0.75 };
    const goals = programmeOf([
      { ...a, settings: strict },
      { ...b, settings: strict },
    ]).programme.goals;
    expect(goals[0]?.distribution.mean).toBeCloseTo(70, TOLERANCE);
    expect(goals[0]?.lowCoverageCities).toBe(2);
  });
});

describe("programme model: QUARTILE.INC as Excel computes it", () => {
  it.each([
    // Excel: =QUARTILE({1,2,3,4},1) 1.75, =QUARTILE({1,2,3,4},3) 3.25
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.75, 3.25],
    // =QUARTILE({7},1) 7
    [[7], 0.25, 7],
    // =QUARTILE({1,3,3,6,7,8,9},1) 3, …,3) 7.5
    [[1, 3, 3, 6, 7, 8, 9], 0.25, 3],
    [[1, 3, 3, 6, 7, 8, 9], 0.75, 7.5],
    [[2.5, 3.1], 0.5, 2.8],
  ])("of %j at %d is %d", (values, p, expected) => {
    expect(inclusiveQuantile(values, p)).toBeCloseTo(expected, TOLERANCE);
  });

  // Hyndman & Fan's type 7 as statistics texts write it, 1-based: h = (n − 1)p + 1.
  const typeSeven = (values: readonly number[], p: number): number => {
    const sorted = [...values].sort((x, y) => x - y);
    const h = (sorted.length - 1) * p + 1;
    const lower = sorted[Math.floor(h) - 1] ?? NaN;
    const upper = sorted[Math.ceil(h) - 1] ?? NaN;
    return lower + (h - Math.floor(h)) * (upper - lower);
  };

  it("agrees with an independent type-7 quantile, and the quartiles bracket the median", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (values) => {
          const spread = distributionOf(values);
          const scale = 1e-9 * 100;
          expect(Math.abs((spread.lowerQuartile ?? NaN) - typeSeven(values, 0.25))).toBeLessThan(
            scale,
          );
          expect(Math.abs((spread.upperQuartile ?? NaN) - typeSeven(values, 0.75))).toBeLessThan(
            scale,
          );
          expect(Math.abs((spread.median ?? NaN) - typeSeven(values, 0.5))).toBeLessThan(scale);
          expect(spread.minimum ?? NaN).toBeLessThanOrEqual(spread.lowerQuartile ?? NaN);
          expect(spread.upperQuartile ?? NaN).toBeLessThanOrEqual(spread.maximum ?? NaN);
        },
      ),
    );
  });
});

describe("programme model: principles across the programme", () => {
  it("gives each principle's spread and bands' shares over the partnerships with a score", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }), {
          minLength: 1,
          maxLength: 30,
        }),
        (scores) => {
          const summaries = scores.map((score, index) =>
            summary(`p${index}.xlsx`, { scores: { TA: score } }),
          );
          const ta = programmeOf(summaries).programme.principles[0];
          const scored = scores.filter((score): score is number => score !== null);
          expect(ta?.distribution.count).toBe(scored.length);
          if (scored.length === 0) return;
          const sum = scored.reduce((total, score) => total + score, 0);
          expect(ta?.distribution.mean ?? NaN).toBeCloseTo(sum / scored.length, TOLERANCE);
          expect(ta?.average).toBe(ta?.distribution.mean);
          expect(ta?.distribution.minimum).toBe(Math.min(...scored));
          expect(ta?.distribution.maximum).toBe(Math.max(...scored));
          const share = (test: (score: number) => boolean) =>
            scored.filter(test).length / scored.length;
          expect(ta?.bandShares.Advanced ?? NaN).toBeCloseTo(
            share((s) => s >= 4),
            TOLERANCE,
          );
          expect(ta?.bandShares.Established ?? NaN).toBeCloseTo(
            share((s) => s >= 3 && s < 4),
            TOLERANCE,
          );
          expect(ta?.bandShares.Developing ?? NaN).toBeCloseTo(
            share((s) => s >= 2 && s < 3),
            TOLERANCE,
          );
          expect(ta?.bandShares.Weak ?? NaN).toBeCloseTo(
            share((s) => s < 2),
            TOLERANCE,
          );
        },
      ),
    );
  });
});

describe("programme model: the programme's rules", () => {
  it("uses the defaults, and names each side, when the partnerships' rules disagree", () => {
    const limits = { developing: 1.5, established: 2.5, advanced: 3.4 };
    const own = summary("own.xlsx", {
      scores: { TA: 3.5 },
      settings: { ...DEFAULT_SETTINGS, principleBandLimits: limits, coverageThreshold: 0.8 },
    });
    const { programme, problems } = programmeOf([
      own,
      summary("plain.xlsx", { scores: { TA: 3.4 } }),
    ]);
    expect(programme.settings.principleBandLimits).toEqual(DEFAULT_SETTINGS.principleBandLimits);
    expect(programme.settings.coverageThreshold).toBe(DEFAULT_SETTINGS.coverageThreshold);
    expect(programme.principles[0]?.band).toBe("Established");
    expect(problems).toMatchObject([
      {
        address: "programme",
        message:
          "the workbooks differ in coverage threshold: 80 % in own.xlsx; 50 % in plain.xlsx; the programme's figures use the default, 50 %",
        severity: "warning",
      },
      {
        address: "programme",
        message:
          "the workbooks differ in principle band limits: developing 1.5, established 2.5, advanced 3.4 in own.xlsx; developing 2, established 3, advanced 4 in plain.xlsx; the programme's figures use the default, developing 2, established 3, advanced 4",
        severity: "warning",
      },
    ]);
  });
});

describe("programme model: a scored partnership summarised", () => {
  const assessment = samplePartnership();
  const scores = scoreAssessment(assessment);
  const summarised = summarisePartnership("sample.xlsx", assessment, scores);

  it("keeps each city's goals in the latest year in which the goal has an index", () => {
    for (const entry of summarised.goals) {
      const series = scores.goalIndices.filter(
        (result) => result.city === entry.city && result.goal === entry.goal,
      );
      const withIndex = series.filter((result) => result.index !== null);
      const latestYear = Math.max(...withIndex.map((result) => result.year));
      if (withIndex.length === 0) {
        expect(entry.index).toBeNull();
        continue;
      }
      const latest = withIndex.find((result) => result.year === latestYear);
      expect(entry).toMatchObject({
        year: latestYear,
        index: latest?.index,
        coverage: latest?.coverage,
        band: latest?.band,
      });
    }
    const cityGoals = scores.cities.flatMap((city) => city.goals.map(() => city.city));
    expect(summarised.goals.map((entry) => entry.city)).toEqual(cityGoals);
  });

  it("keeps the four EC objectives per city and the goals' rows with a value", () => {
    expect(summarised.objectives).toHaveLength(scores.cities.length * catalogue.objectives.length);
    const rows = summarised.goalRows.reduce((total, entry) => total + entry.rows, 0);
    const withValue = summarised.goalRows.reduce((total, entry) => total + entry.withValue, 0);
    expect(rows).toBe(scores.dataCoverage.rows);
    expect(withValue).toBe(scores.dataCoverage.withValue);
  });

  it("gives each goal's data coverage across the programme as rows with a value over rows", () => {
    const programme = programmeOf([summarised, { ...summarised, source: "again.xlsx" }]).programme;
    for (const goal of programme.goals) {
      // Over every city's rows of the goal, counted here from the scored indicators themselves.
      const ofGoal = scores.indicators.filter((row) => row.goal === goal.goal);
      const withValue = ofGoal.filter((row) => row.value !== null).length;
      expect(goal.dataCoverage ?? NaN).toBeCloseTo(withValue / ofGoal.length, TOLERANCE);
      expect(goal.cities).toBe(
        2 * scores.cities.filter((city) => city.goals.some((row) => row.goal === goal.goal)).length,
      );
    }
    const overall = programme.overall;
    expect(overall.distribution.count + overall.noDataCities).toBe(2 * scores.cities.length);
  });
});
