import { scoreAssessment, type IndicatorResult } from "../../../src/engine/assessment";
import { assessmentWith, indicator, noteText } from "./builders";

const DECIMALS = 9;

function resultFor(
  results: readonly IndicatorResult[],
  code: string,
  city: string,
  year: number,
): IndicatorResult {
  const found = results.find(
    (result) => result.code === code && result.city === city && result.year === year,
  );
  if (found === undefined) throw new Error(`no result for ${code} ${city} ${year}`);
  return found;
}

describe("indicator scores, fixed worst values (the default)", () => {
  it.each<[string, number, number, number, number]>([
    // docs/method.md §4 worked examples.
    ["higher-better, worst 5, end 80, x 42.5 → 50", 42.5, 5, 80, 50],
    ["lower-better PM2.5, worst 50, end 5, x 20 → 66.67", 20, 50, 5, 200 / 3],
    ["beyond the end value, x 4 → 100", 4, 50, 5, 100],
    ["below the worst value → 0", 60, 50, 5, 0],
  ])("%s", (_case, value, worst, end, expected) => {
    const rows = [indicator("11.6.2", "Nakuru", 2022, value, { worst, end })];
    const [result] = scoreAssessment(assessmentWith({ indicators: rows })).indicators;
    expect(result?.score).toBeCloseTo(expected, DECIMALS);
    expect(result?.distance).toBeCloseTo(100 - expected, DECIMALS);
    expect(result).toMatchObject({ worst, end, worstSource: "workbook", note: null });
  });

  it("keeps the row's identity: sheet row, code, goal, objective, city, year, disaggregation", () => {
    const row = indicator("6.1.1", "Nakuru", 2022, 80, { disaggregated: true });
    const [result] = scoreAssessment(assessmentWith({ indicators: [row] })).indicators;
    expect(result).toMatchObject({
      row: row.row,
      code: "6.1.1",
      goal: 6,
      objective: "INC",
      city: "Nakuru",
      year: 2022,
      value: 80,
      disaggregated: true,
      score: 80,
    });
  });

  it("a blank value is a gap: no score, no note, no problem", () => {
    const scores = scoreAssessment(
      assessmentWith({ indicators: [indicator("6.1.1", "Nakuru", 2022, null)] }),
    );
    expect(scores.indicators[0]).toMatchObject({ score: null, distance: null, note: null });
    expect(scores.problems).toEqual([]);
  });

  it("a missing worst or end value gives no score with a note (the reader reported the cell)", () => {
    const scores = scoreAssessment(
      assessmentWith({
        indicators: [
          indicator("X-1", "Nakuru", 2022, 5, { goal: 11, worst: null, end: 10 }),
          indicator("X-2", "Nakuru", 2022, 5, { goal: 11, worst: 0, end: null }),
        ],
      }),
    );
    expect(scores.indicators.map((result) => noteText(result.note))).toEqual([
      "no worst value, so no score",
      "no end value, so no score",
    ]);
    expect(scores.problems).toEqual([]);
  });

  it("end = worst: no score, and a problem naming the row", () => {
    const row = indicator("6.1.1", "Nakuru", 2022, 50, { worst: 100, end: 100 });
    const scores = scoreAssessment(assessmentWith({ indicators: [row] }));
    expect(scores.indicators[0]?.score).toBeNull();
    expect(scores.problems).toMatchObject([
      {
        address: `Indicators!${row.row}:${row.row}`,
        message: expect.stringMatching(
          /^6\.1\.1 for Nakuru, 2022: the end value equals the worst value/,
        ) as string,
        severity: "warning",
      },
    ]);
  });

  it("names the row on the sheet the table was read from", () => {
    const row = indicator("6.1.1", "Nakuru", 2022, 50, { worst: 100, end: 100 });
    const scores = scoreAssessment(
      assessmentWith({ indicators: [row], sheets: { indicators: "City data" } }),
    );
    expect(scores.problems[0]?.address).toBe(`'City data'!${row.row}:${row.row}`);
  });

  it("lists no peer worst values outside peer mode", () => {
    expect(
      scoreAssessment(assessmentWith({ indicators: [indicator("6.1.1", "Nakuru", 2022, 50)] }))
        .peerWorst,
    ).toEqual([]);
  });
});

describe("indicator scores, peer worst values", () => {
  const threeCities = () => [
    indicator("6.1.1", "Nakuru", 2020, 60),
    indicator("6.1.1", "Malmö", 2020, 90),
    indicator("6.1.1", "Kisumu", 2020, 40),
    indicator("6.1.1", "Nakuru", 2022, 70),
    indicator("6.1.1", "Nakuru", 2024, null),
  ];

  it("takes the lowest value seen for a higher-is-better indicator across cities and years, and marks it to be written into Worst", () => {
    const scores = scoreAssessment(
      assessmentWith({ indicators: threeCities(), settings: { worstValueMode: "peer" } }),
    );
    expect(scores.peerWorst).toEqual([{ code: "6.1.1", worst: 40, mode: "peer", units: 3 }]);
    expect(
      scores.indicators.every((result) => result.worst === 40 && result.worstSource === "peer"),
    ).toBe(true);
    // (70 − 40) / (100 − 40) · 100 = 50
    expect(resultFor(scores.indicators, "6.1.1", "Nakuru", 2022).score).toBeCloseTo(50, DECIMALS);
    expect(resultFor(scores.indicators, "6.1.1", "Kisumu", 2020).score).toBe(0);
    expect(scores.problems).toEqual([]);
  });

  it("takes the highest value seen for a lower-is-better indicator", () => {
    const rows = [
      indicator("11.6.2", "A", 2020, 30),
      indicator("11.6.2", "B", 2020, 45),
      indicator("11.6.2", "C", 2020, 12),
    ];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "peer" } }),
    );
    expect(scores.peerWorst[0]).toMatchObject({ worst: 45, mode: "peer" });
    // (12 − 45) / (5 − 45) · 100 = 82.5
    expect(resultFor(scores.indicators, "11.6.2", "C", 2020).score).toBeCloseTo(82.5, DECIMALS);
  });

  it("counts cities ignoring case and spaces: 'Nakuru' and ' nakuru' are one unit", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2020, 60),
      indicator("6.1.1", " nakuru", 2021, 50),
      indicator("6.1.1", "Malmö", 2020, 90),
    ];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "peer" } }),
    );
    expect(scores.peerWorst[0]).toMatchObject({ mode: "fixed", units: 2, worst: 0 });
  });

  it("counts cities ignoring runs of spaces too: 'Saint  Louis' and 'saint louis' are one unit", () => {
    const rows = [
      indicator("6.1.1", "Saint  Louis", 2020, 60),
      indicator("6.1.1", "saint louis", 2021, 50),
      indicator("6.1.1", "Malmö", 2020, 90),
    ];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "peer" } }),
    );
    expect(scores.peerWorst[0]).toMatchObject({ mode: "fixed", units: 2, worst: 0 });
  });

  it("falls back to the fixed worst value with fewer than 3 cities, with one warning naming the indicators", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2020, 60),
      indicator("6.1.1", "Malmö", 2020, 90),
      indicator("6.2.1", "Nakuru", 2020, 50),
    ];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "peer" } }),
    );
    expect(scores.peerWorst).toEqual([
      { code: "6.1.1", worst: 0, mode: "fixed", units: 2 },
      { code: "6.2.1", worst: 0, mode: "fixed", units: 1 },
    ]);
    expect(
      scores.indicators.map((result) => [result.worst, result.worstSource, result.score]),
    ).toEqual([
      [0, "workbook", 60],
      [0, "workbook", 90],
      [0, "workbook", 50],
    ]);
    expect(scores.problems).toMatchObject([
      {
        address: "C2C_Indicators",
        message:
          "the peer worst value needs data from at least 3 cities; fewer have data for 6.1.1, 6.2.1, so the fixed worst value is used for them",
        severity: "warning",
      },
    ]);
  });

  it("uses the peer minimum of the settings", () => {
    const rows = [indicator("6.1.1", "Nakuru", 2020, 60), indicator("6.1.1", "Malmö", 2020, 90)];
    const scores = scoreAssessment(
      assessmentWith({
        indicators: rows,
        settings: { worstValueMode: "peer", peerMinimumUnits: 2 },
      }),
    );
    expect(scores.peerWorst[0]).toMatchObject({ mode: "peer", worst: 60 });
  });

  it("keeps a worst value already set in the workbook (computed once), and gives it to rows still holding the catalogue default", () => {
    // A previous run wrote 40 into Worst for 2020; the 2024 rows came with the catalogue's 0, and a
    // new low value (10) must not move the scale.
    const rows = [
      indicator("6.1.1", "Nakuru", 2020, 60, { worst: 40 }),
      indicator("6.1.1", "Malmö", 2020, 90, { worst: 40 }),
      indicator("6.1.1", "Kisumu", 2020, 40, { worst: 40 }),
      indicator("6.1.1", "Kisumu", 2024, 10),
      indicator("6.1.1", "Nakuru", 2024, 70),
    ];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "peer" } }),
    );
    expect(scores.peerWorst).toEqual([{ code: "6.1.1", worst: 40, mode: "kept", units: 3 }]);
    expect(scores.indicators.map((result) => [result.worst, result.worstSource])).toEqual([
      [40, "workbook"],
      [40, "workbook"],
      [40, "workbook"],
      [40, "peer"],
      [40, "peer"],
    ]);
    expect(resultFor(scores.indicators, "6.1.1", "Nakuru", 2020).score).toBeCloseTo(
      100 / 3,
      DECIMALS,
    );
    expect(resultFor(scores.indicators, "6.1.1", "Kisumu", 2024).score).toBe(0);
  });

  it("leaves an indicator outside the catalogue on the workbook's worst value", () => {
    const rows = ["A", "B", "C"].map((city, i) =>
      indicator("LOCAL-1", city, 2020, 10 * (i + 1), { goal: 11, worst: 0, end: 100 }),
    );
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "peer" } }),
    );
    expect(scores.peerWorst).toEqual([]);
    expect(scores.indicators.map((result) => result.score)).toEqual([10, 20, 30]);
  });
});

describe("indicator scores, baseline worst values", () => {
  it("takes each city's first observation: score 0 = where it started", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2020, 70),
      indicator("6.1.1", "Nakuru", 2015, 40),
      indicator("6.1.1", "Malmö", 2015, 90),
      indicator("6.1.1", "Malmö", 2020, 95),
      indicator("6.1.1", "Malmö", 2024, null),
    ];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "baseline" } }),
    );
    expect(resultFor(scores.indicators, "6.1.1", "Nakuru", 2015)).toMatchObject({
      worst: 40,
      worstSource: "baseline",
      score: 0,
    });
    // (70 − 40) / (100 − 40) · 100 = 50; (95 − 90) / (100 − 90) · 100 = 50
    expect(resultFor(scores.indicators, "6.1.1", "Nakuru", 2020).score).toBeCloseTo(50, DECIMALS);
    expect(resultFor(scores.indicators, "6.1.1", "Malmö", 2020).score).toBeCloseTo(50, DECIMALS);
    expect(resultFor(scores.indicators, "6.1.1", "Malmö", 2024)).toMatchObject({
      worst: 90,
      score: null,
    });
  });

  it("for a lower-is-better indicator too: PM2.5 30 → 20 with end 5 → 40", () => {
    const rows = [indicator("11.6.2", "Nakuru", 2015, 30), indicator("11.6.2", "Nakuru", 2020, 20)];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "baseline" } }),
    );
    expect(resultFor(scores.indicators, "11.6.2", "Nakuru", 2020).score).toBeCloseTo(40, DECIMALS);
  });

  it("a city that started at the end value has no defined score: a problem per row with a value", () => {
    const rows = [indicator("6.1.1", "Malmö", 2015, 100), indicator("6.1.1", "Malmö", 2020, 100)];
    const scores = scoreAssessment(
      assessmentWith({ indicators: rows, settings: { worstValueMode: "baseline" } }),
    );
    expect(scores.indicators.map((result) => result.score)).toEqual([null, null]);
    expect(scores.problems.map((problem) => problem.address)).toEqual(
      rows.map((row) => `Indicators!${row.row}:${row.row}`),
    );
  });

  it("a city without any value keeps the workbook's worst value", () => {
    const [result] = scoreAssessment(
      assessmentWith({
        indicators: [indicator("6.1.1", "Nakuru", 2015, null)],
        settings: { worstValueMode: "baseline" },
      }),
    ).indicators;
    expect(result).toMatchObject({ worst: 0, worstSource: "workbook", score: null });
  });
});

describe("cities grouped by name key", () => {
  it("scores 'Saint  Louis' in one row and 'saint louis' in another as the partnership's one city", () => {
    const partnership = {
      ...assessmentWith({}).partnership,
      cities: ["Saint Louis", "Malmö"],
    };
    const scores = scoreAssessment(
      assessmentWith({
        partnership,
        indicators: [
          indicator("6.1.1", "Saint  Louis", 2022, 60),
          indicator("6.1.1", "saint louis", 2023, 80),
          indicator("6.1.1", "Malmö", 2023, 90),
        ],
      }),
    );
    expect(scores.cities.map((city) => [city.city, city.latestYear])).toEqual([
      ["Saint Louis", 2023],
      ["Malmö", 2023],
    ]);
    expect(
      scores.overallIndices
        .map((entry) => [entry.city, entry.year])
        .filter(([city]) => city !== "Malmö"),
    ).toEqual([
      ["Saint Louis", 2022],
      ["Saint Louis", 2023],
    ]);
  });
});
