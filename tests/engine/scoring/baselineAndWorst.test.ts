import {
  baselineValue,
  baselineWorstValue,
  indicatorScore,
  peerWorstValue,
  resolveEndValue,
} from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

describe("baselineValue", () => {
  const series = [
    { year: 2019, value: 30 },
    { year: 2016, value: 34 },
    { year: 2022, value: 25 },
  ];

  it.each([
    { startYear: 2019, expected: 30, why: "the value in the start year" },
    { startYear: 2018, expected: 34, why: "the earliest value when the start year has none" },
    { startYear: undefined, expected: 34, why: "the earliest value without a start year" },
  ])("start year $startYear → $expected ($why)", ({ startYear, expected }) => {
    expect(valueOf(baselineValue(series, startYear))).toBe(expected);
  });

  it("skips values that are not finite and takes the first of two values in one year", () => {
    const messy = [
      { year: 2015, value: NaN },
      { year: 2017, value: 12 },
      { year: 2017, value: 13 },
    ];
    expect(valueOf(baselineValue(messy))).toBe(12);
  });

  it("is missing data when the unit has no value", () => {
    expect(errorOf(baselineValue([]))).toEqual({
      kind: "missing-data",
      message: "the unit has no value yet, so there is no baseline",
    });
    expect(errorOf(baselineValue([{ year: 2020, value: Infinity }], 2020)).kind).toBe(
      "missing-data",
    );
  });
});

describe("resolveEndValue", () => {
  it("returns an absolute end value as it is", () => {
    expect(valueOf(resolveEndValue({ kind: "absolute", value: 5 }, undefined))).toBe(5);
    expect(valueOf(resolveEndValue({ kind: "absolute", value: 5 }, 40))).toBe(5);
  });

  it("halves the baseline for SDG 1.2 (0.5 × 34 = 17) and scores against it", () => {
    const end = valueOf(resolveEndValue({ kind: "relative-to-baseline", factor: 0.5 }, 34));
    expect(end).toBe(17);
    // poverty 25.5 %, worst 60, end 17: 100 · (25.5 − 60) / (17 − 60) = 80.23…
    expect(valueOf(indicatorScore(25.5, 60, end))).toBeCloseTo((100 * 34.5) / 43, 9);
  });

  it.each([
    {
      case: "relative without a baseline",
      end: { kind: "relative-to-baseline", factor: 0.5 } as const,
      baseline: undefined,
      error: {
        kind: "missing-data",
        message: "the end value is 0.5 × the baseline, and the unit has no baseline value",
      },
    },
    {
      case: "a baseline that is not a number",
      end: { kind: "relative-to-baseline", factor: 0.5 } as const,
      baseline: NaN,
      error: { kind: "invalid-input", message: "the baseline value is not a finite number (NaN)" },
    },
    {
      case: "a factor that is not a number",
      end: { kind: "relative-to-baseline", factor: Infinity } as const,
      baseline: 10,
      error: {
        kind: "invalid-input",
        message: "the end value's factor is not a finite number (Infinity)",
      },
    },
    {
      case: "an absolute value that is not a number",
      end: { kind: "absolute", value: NaN } as const,
      baseline: 10,
      error: { kind: "invalid-input", message: "the end value is not a finite number (NaN)" },
    },
  ])("$case → $error.kind", ({ end, baseline, error }) => {
    expect(errorOf(resolveEndValue(end, baseline))).toEqual(error);
  });
});

describe("peerWorstValue", () => {
  const pm25 = [
    { unit: "Nakuru", value: 28 },
    { unit: "Nakuru", value: 35 },
    { unit: "Malmö", value: 9 },
    { unit: "Quito", value: 17 },
    { unit: "Quito", value: NaN },
  ];

  it("takes the highest observed value when lower is better", () => {
    expect(peerWorstValue(pm25, "lower", 50)).toEqual({ worst: 35, mode: "peer" });
  });

  it("takes the lowest observed value when higher is better", () => {
    expect(peerWorstValue(pm25, "higher", 0)).toEqual({ worst: 9, mode: "peer" });
  });

  it("counts units by name ignoring case and surrounding spaces", () => {
    const twoUnits = [
      { unit: "Nakuru", value: 28 },
      { unit: " nakuru ", value: 31 },
      { unit: "Malmö", value: 9 },
    ];
    expect(peerWorstValue(twoUnits, "lower", 50)).toEqual({
      worst: 50,
      mode: "fixed",
      warning:
        "the peer worst value needs data from at least 3 units; only 2 have data, so the fixed worst value (50) is used",
    });
  });

  it.each([
    { observations: [], warning: "none has data" },
    { observations: [{ unit: "Quito", value: 17 }], warning: "only 1 has data" },
    {
      observations: [
        { unit: "Quito", value: 17 },
        { unit: "Lima", value: NaN },
        { unit: "Cusco", value: Infinity },
      ],
      warning: "only 1 has data",
    },
  ])("falls back to the fixed worst value when $warning", ({ observations, warning }) => {
    const result = peerWorstValue(observations, "higher", 0);
    expect(result.mode).toBe("fixed");
    expect(result.worst).toBe(0);
    expect(result.warning).toContain(warning);
  });

  it("honours a different minimum number of units", () => {
    expect(peerWorstValue(pm25, "lower", 50, 4).mode).toBe("fixed");
    expect(peerWorstValue(pm25.slice(0, 2), "lower", 50, 1)).toEqual({ worst: 35, mode: "peer" });
    expect(peerWorstValue([], "lower", 50, 0).mode).toBe("fixed");
  });
});

describe("baselineWorstValue", () => {
  it("is the unit's first observation, so the first year scores 0", () => {
    const series = [
      { year: 2021, value: 70 },
      { year: 2018, value: 55 },
    ];
    const worst = valueOf(baselineWorstValue(series));
    expect(worst).toBe(55);
    expect(valueOf(indicatorScore(55, worst, 100))).toBe(0);
    expect(valueOf(indicatorScore(70, worst, 100))).toBeCloseTo((100 * 15) / 45, 9);
  });

  it("is missing data without observations", () => {
    expect(errorOf(baselineWorstValue([])).kind).toBe("missing-data");
  });
});
