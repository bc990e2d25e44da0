import {
  scoreAssessment,
  type CitySdgResult,
  type GoalIndexResult,
} from "../../../src/engine/assessment";
import { assessmentWith, indicator } from "./builders";

const DECIMALS = 9;

function goalOf(
  results: readonly GoalIndexResult[],
  city: string,
  year: number,
  goal: number,
): GoalIndexResult {
  const found = results.find(
    (result) => result.city === city && result.year === year && result.goal === goal,
  );
  if (found === undefined) throw new Error(`no goal ${goal} for ${city} ${year}`);
  return found;
}

function cityOf(cities: readonly CitySdgResult[], city: string): CitySdgResult {
  const found = cities.find((result) => result.city === city);
  if (found === undefined) throw new Error(`no city ${city}`);
  return found;
}

describe("goal indices per city and year", () => {
  it("SDG 6 scores 75, 90 and a blank listed third indicator → index 82.5, coverage 66.7 %, distance 17.5, Challenges remain (docs/method.md worked example)", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2022, 75),
      indicator("6.2.1", "Nakuru", 2022, 90),
      indicator("6.3.1", "Nakuru", 2022, null),
    ];
    const [six] = scoreAssessment(assessmentWith({ indicators: rows })).goalIndices;
    expect(six?.index).toBeCloseTo(82.5, DECIMALS);
    expect(six?.coverage).toBeCloseTo(2 / 3, DECIMALS);
    expect(six?.distance).toBeCloseTo(17.5, DECIMALS);
    expect(six).toMatchObject({
      city: "Nakuru",
      year: 2022,
      goal: 6,
      available: 2,
      listed: 3,
      band: "Challenges remain",
    });
  });

  it("low coverage keeps the index but bands it grey; no value at all is No data", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2022, 80),
      indicator("6.2.1", "Nakuru", 2022, null),
      indicator("6.3.1", "Nakuru", 2022, null),
      indicator("11.6.1", "Nakuru", 2022, null),
    ];
    const { goalIndices } = scoreAssessment(assessmentWith({ indicators: rows }));
    expect(goalOf(goalIndices, "Nakuru", 2022, 6)).toMatchObject({
      index: 80,
      band: "Low coverage",
      available: 1,
      listed: 3,
    });
    expect(goalOf(goalIndices, "Nakuru", 2022, 11)).toMatchObject({
      index: null,
      distance: null,
      coverage: 0,
      band: "No data",
    });
  });

  it("uses the settings' coverage threshold and band limits", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2022, 80),
      indicator("6.2.1", "Nakuru", 2022, null),
      indicator("6.3.1", "Nakuru", 2022, null),
    ];
    const settings = {
      coverageThreshold: 0.3,
      sdgBandLimits: { achieved: 100, challengesRemain: 85, significantChallenges: 70 },
    };
    expect(
      scoreAssessment(assessmentWith({ indicators: rows, settings })).goalIndices[0]?.band,
    ).toBe("Significant challenges");
  });

  it("a row with a value but no score (end = worst) is a gap in its goal", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2022, 60),
      indicator("6.2.1", "Nakuru", 2022, 50, { worst: 100, end: 100 }),
    ];
    expect(scoreAssessment(assessmentWith({ indicators: rows })).goalIndices[0]).toMatchObject({
      index: 60,
      available: 1,
      listed: 2,
    });
  });

  it("orders results by the partnership's city order, then year, then goal; other cities follow in order of appearance", () => {
    const rows = [
      indicator("11.6.1", "Kisumu", 2020, 10),
      indicator("6.1.1", "Malmö", 2021, 10),
      indicator("11.6.1", "Malmö", 2020, 10),
      indicator("6.1.1", "Malmö", 2020, 10),
      indicator("6.1.1", "nakuru", 2020, 10),
    ];
    const { goalIndices } = scoreAssessment(assessmentWith({ indicators: rows }));
    expect(goalIndices.map((result) => `${result.city} ${result.year} ${result.goal}`)).toEqual([
      "Nakuru 2020 6",
      "Malmö 2020 6",
      "Malmö 2020 11",
      "Malmö 2021 6",
      "Kisumu 2020 11",
    ]);
  });
});

describe("EC objective and overall indices", () => {
  it("averages the scores tagged with each objective, in the catalogue's order (GOV, INC, GRN, PRO)", () => {
    const rows = [
      indicator("11.6.1", "Nakuru", 2022, 40), // GRN
      indicator("11.2.1", "Nakuru", 2022, 60), // GRN
      indicator("6.1.1", "Nakuru", 2022, 90), // INC
      indicator("5.5.1", "Nakuru", 2022, 25), // GOV: 25 of 50 → 50
    ];
    const { objectiveIndices } = scoreAssessment(assessmentWith({ indicators: rows }));
    expect(objectiveIndices.map((result) => [result.objective, result.index, result.band])).toEqual(
      [
        ["GOV", 50, "Significant challenges"],
        ["INC", 90, "Challenges remain"],
        ["GRN", 50, "Significant challenges"],
      ],
    );
  });

  it("the overall SDG index is the mean of the goal indices that exist, low coverage included", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2022, 75),
      indicator("6.2.1", "Nakuru", 2022, 90),
      indicator("6.3.1", "Nakuru", 2022, null), // goal 6: 82.5
      indicator("11.6.1", "Nakuru", 2022, 40),
      indicator("11.2.1", "Nakuru", 2022, null),
      indicator("11.7.1", "Nakuru", 2022, null), // goal 11: 40, low coverage
      indicator("7.1.1", "Nakuru", 2022, null), // goal 7: no data
    ];
    const [overall] = scoreAssessment(assessmentWith({ indicators: rows })).overallIndices;
    expect(overall?.index).toBeCloseTo((82.5 + 40) / 2, DECIMALS);
    expect(overall?.distance).toBeCloseTo(100 - 61.25, DECIMALS);
    expect(overall).toMatchObject({
      city: "Nakuru",
      year: 2022,
      band: "Significant challenges",
      goalsWithIndex: 2,
      goals: 3,
    });
  });

  it("an overall index without any goal index is No data", () => {
    const [overall] = scoreAssessment(
      assessmentWith({ indicators: [indicator("6.1.1", "Nakuru", 2022, null)] }),
    ).overallIndices;
    expect(overall).toMatchObject({
      index: null,
      distance: null,
      band: "No data",
      goalsWithIndex: 0,
      goals: 1,
    });
  });
});

describe("latest-year tables per city", () => {
  it("scores 40 (2015) and 52 (2022): Stagnating, observed 1.714/yr, required 4.0/yr, 20 % of the distance closed (docs/method.md worked example)", () => {
    const rows = [indicator("6.1.1", "Nakuru", 2015, 40), indicator("6.1.1", "Nakuru", 2022, 52)];
    const nakuru = cityOf(scoreAssessment(assessmentWith({ indicators: rows })).cities, "Nakuru");
    expect(nakuru.latestYear).toBe(2022);
    const [six] = nakuru.goals;
    expect(six).toMatchObject({ goal: 6, name: expect.stringMatching(/water/i) as string });
    expect(six?.latest).toMatchObject({ year: 2022, index: 52 });
    expect(six?.trend.trendClass).toBe("Stagnating");
    expect(six?.trend.observedPerYear).toBeCloseTo(12 / 7, DECIMALS);
    expect(six?.trend.requiredPerYear).toBeCloseTo(4, DECIMALS);
    expect(six?.trend.ratio).toBeCloseTo(3 / 7, DECIMALS);
    expect(six?.trend.distanceClosed).toBeCloseTo(0.2, DECIMALS);
    expect(six?.trend).toMatchObject({ baseYear: 2015, latestYear: 2022 });
    expect(nakuru.overallTrend.trendClass).toBe("Stagnating");
  });

  it("uses the target year of the settings", () => {
    const rows = [indicator("6.1.1", "Nakuru", 2015, 40), indicator("6.1.1", "Nakuru", 2022, 52)];
    // Required (100 − 40) / (2040 − 2015) = 2.4/yr; r = 1.714 / 2.4 = 0.714 → Moderately improving.
    const nakuru = cityOf(
      scoreAssessment(assessmentWith({ indicators: rows, settings: { targetYear: 2040 } })).cities,
      "Nakuru",
    );
    expect(nakuru.goals[0]?.trend.trendClass).toBe("Moderately improving");
  });

  it("a goal reported earlier but without a row in the latest year shows No data then, and keeps its trend", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2015, 40),
      indicator("6.1.1", "Nakuru", 2020, 60),
      indicator("11.6.1", "Nakuru", 2022, 50),
    ];
    const nakuru = cityOf(scoreAssessment(assessmentWith({ indicators: rows })).cities, "Nakuru");
    expect(nakuru.latestYear).toBe(2022);
    expect(
      nakuru.goals.map((row) => [row.goal, row.latest.year, row.latest.band, row.latest.listed]),
    ).toEqual([
      [6, 2022, "No data", 0],
      [11, 2022, "Significant challenges", 1],
    ]);
    expect(nakuru.goals[0]?.trend).toMatchObject({ baseYear: 2015, latestYear: 2020 });
    expect(nakuru.goals[1]?.trend.trendClass).toBe("Insufficient data");
  });

  it("lists all four EC objectives in the latest year, No data where none is tagged", () => {
    const nakuru = cityOf(
      scoreAssessment(assessmentWith({ indicators: [indicator("6.1.1", "Nakuru", 2022, 30)] }))
        .cities,
      "Nakuru",
    );
    expect(
      nakuru.objectives.map((result) => [result.objective, result.index, result.band]),
    ).toEqual([
      ["GOV", null, "No data"],
      ["INC", 30, "Major challenges"],
      ["GRN", null, "No data"],
      ["PRO", null, "No data"],
    ]);
  });

  it("reports the city's data coverage and disaggregation share in its latest year", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2020, 30),
      indicator("6.1.1", "Nakuru", 2022, 30, { disaggregated: true }),
      indicator("6.2.1", "Nakuru", 2022, 30, { disaggregated: false }),
      indicator("6.3.1", "Nakuru", 2022, null, { disaggregated: true }),
      indicator("7.1.1", "Nakuru", 2022, 30),
    ];
    const scores = scoreAssessment(assessmentWith({ indicators: rows }));
    expect(cityOf(scores.cities, "Nakuru").coverage).toEqual({
      rows: 4,
      withValue: 3,
      share: 0.75,
      disaggregated: 1,
      disaggregationShare: 1 / 3,
    });
    expect(scores.dataCoverage).toEqual({
      rows: 5,
      withValue: 4,
      share: 0.8,
      disaggregated: 1,
      disaggregationShare: 0.25,
    });
  });

  it("has no city tables and null shares without indicator rows", () => {
    const scores = scoreAssessment(assessmentWith({}));
    expect(scores.cities).toEqual([]);
    expect(scores.dataCoverage).toEqual({
      rows: 0,
      withValue: 0,
      share: null,
      disaggregated: 0,
      disaggregationShare: null,
    });
  });
});
