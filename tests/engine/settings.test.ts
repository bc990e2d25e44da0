import {
  DEFAULT_SETTINGS,
  settingsProblems,
  type ItemAggregation,
  type ScoringSettings,
  type WorstValueMode,
} from "../../src/engine/settings";

// Each default against the value docs/method.md §3–4 states for it.
describe("DEFAULT_SETTINGS", () => {
  it.each<[string, unknown, unknown]>([
    ["worst-value mode (default fixed)", DEFAULT_SETTINGS.worstValueMode, "fixed"],
    ["target year 2030", DEFAULT_SETTINGS.targetYear, 2030],
    ["item score = mean of the answers", DEFAULT_SETTINGS.itemAggregation, "mean"],
    ["contested when spread ≥ 3", DEFAULT_SETTINGS.contestedThreshold, 3],
    [
      "principle reported when answered ≥ half of applicable",
      DEFAULT_SETTINGS.halfAnsweredShare,
      0.5,
    ],
    ["low coverage below 50 %", DEFAULT_SETTINGS.coverageThreshold, 0.5],
    ["SDG band Achieved at 100", DEFAULT_SETTINGS.sdgBandLimits.achieved, 100],
    ["SDG band Challenges remain from 75", DEFAULT_SETTINGS.sdgBandLimits.challengesRemain, 75],
    [
      "SDG band Significant challenges from 50",
      DEFAULT_SETTINGS.sdgBandLimits.significantChallenges,
      50,
    ],
    ["principle band Developing from 2", DEFAULT_SETTINGS.principleBandLimits.developing, 2],
    ["principle band Established from 3", DEFAULT_SETTINGS.principleBandLimits.established, 3],
    ["principle band Advanced from 4", DEFAULT_SETTINGS.principleBandLimits.advanced, 4],
    ["peer worst value needs 3 units", DEFAULT_SETTINGS.peerMinimumUnits, 3],
  ])("%s", (_rule, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("weighs the ten principles equally, in the report's order", () => {
    expect(DEFAULT_SETTINGS.principleWeights).toEqual({
      TA: 1,
      MLG: 1,
      URL: 1,
      DATA: 1,
      ME: 1,
      P2P: 1,
      CAP: 1,
      STK: 1,
      FIN: 1,
      DIG: 1,
    });
    expect(Object.keys(DEFAULT_SETTINGS.principleWeights)).toEqual([
      "TA",
      "MLG",
      "URL",
      "DATA",
      "ME",
      "P2P",
      "CAP",
      "STK",
      "FIN",
      "DIG",
    ]);
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.sdgBandLimits)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.principleBandLimits)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.principleWeights)).toBe(true);
  });
});

describe("settingsProblems", () => {
  it("finds nothing wrong with the defaults", () => {
    expect(settingsProblems(DEFAULT_SETTINGS)).toEqual([]);
  });

  it.each<{ change: Partial<ScoringSettings>; problem: string }>([
    {
      change: { worstValueMode: "worst" as WorstValueMode },
      problem: 'the worst-value mode must be fixed, peer or baseline, not "worst"',
    },
    {
      change: { itemAggregation: "mode" as ItemAggregation },
      problem: 'the item aggregation must be mean or median, not "mode"',
    },
    { change: { targetYear: 2030.5 }, problem: "the target year must be a whole year, not 2030.5" },
    {
      change: { contestedThreshold: 5 },
      problem: "the contested threshold must be a spread between 0 and 4, not 5",
    },
    {
      change: { halfAnsweredShare: 50 },
      problem: "the half-answered share must be between 0 and 1, not 50",
    },
    {
      change: { coverageThreshold: NaN },
      problem: "the coverage threshold must be between 0 and 1, not NaN",
    },
    {
      change: { sdgBandLimits: { achieved: 100, challengesRemain: 50, significantChallenges: 75 } },
      problem:
        "the SDG band limits must rise within 0–100 (significant challenges < challenges remain < achieved), not 75, 50, 100",
    },
    {
      change: { principleBandLimits: { developing: 1, established: 3, advanced: 4 } },
      problem:
        "the principle band limits must rise within 1–5 (developing < established < advanced), not 1, 3, 4",
    },
    {
      change: { principleWeights: { ...DEFAULT_SETTINGS.principleWeights, FIN: -1 } },
      problem: "the weight of FIN must be 0 or more, not -1",
    },
    {
      change: {
        principleWeights: {
          TA: 0,
          MLG: 0,
          URL: 0,
          DATA: 0,
          ME: 0,
          P2P: 0,
          CAP: 0,
          STK: 0,
          FIN: 0,
          DIG: 0,
        },
      },
      problem: "at least one principle weight must be above 0",
    },
    {
      change: { peerMinimumUnits: 0 },
      problem: "the peer minimum units must be a whole number of 1 or more, not 0",
    },
  ])("reports: $problem", ({ change, problem }) => {
    expect(settingsProblems({ ...DEFAULT_SETTINGS, ...change })).toEqual([problem]);
  });

  it("reports every problem at once", () => {
    expect(
      settingsProblems({ ...DEFAULT_SETTINGS, targetYear: NaN, contestedThreshold: -1 }),
    ).toHaveLength(2);
  });
});
