import "../../functions/customFunctionsRuntime";
import { scoreAssessment } from "../../../src/engine/assessment";
import type { Assessment } from "../../../src/engine/model/types";
import { DEFAULT_SETTINGS, type ScoringSettings } from "../../../src/engine/settings";
import {
  assessmentWorkbookPlan,
  newAssessment,
  resolveRelativeEnds,
} from "../../../src/engine/templates";
import { checkPlan } from "./evaluatorCheck";
import { GOLDEN_STAMP } from "./goldenInputs";

// Three cities, so the peer worst value has enough units; values that move over three years.
function threeCityAssessment(settings: ScoringSettings): Assessment {
  const empty = newAssessment({
    partnershipName: "Three cities",
    cities: ["Aville", "Btown", "Cburg"],
    years: [2020, 2022, 2024],
    list: "simplified",
    respondents: ["R1", "R2", "R3", "R4"],
    settings,
  });
  const cityFactor = { Aville: 0.6, Btown: 0.8, Cburg: 1 } as const;
  const answers: readonly (readonly (number | string | null)[])[] = [
    [1, 5, 3, 4],
    [2, 2, "?", null],
    [5, 4, 4, 5],
    ["n/a", 3, 1, 2],
    [null, null, null, null],
  ];
  return resolveRelativeEnds({
    ...empty,
    checklist: empty.checklist.map((item, index) => ({
      ...item,
      answers: answers[index % answers.length] ?? [],
    })),
    indicators: empty.indicators.map((row, index) => {
      if (index % 4 === 3) return row;
      const factor = cityFactor[row.city as keyof typeof cityFactor];
      const worst = row.worst ?? 0;
      const span = (row.end ?? 100) - worst;
      const progress = 0.2 + 0.1 * ((row.year - 2020) / 2) + 0.05 * (index % 5);
      return {
        ...row,
        value: Math.round((worst + span * progress * factor) * 100) / 100,
        disaggregated: index % 3 === 0,
      };
    }),
  });
}

const VARIANTS: readonly (readonly [string, Partial<ScoringSettings>])[] = [
  ["the defaults", {}],
  ["peer worst values", { worstValueMode: "peer" }],
  ["baseline worst values", { worstValueMode: "baseline" }],
  [
    "median items, contested at 2, a quarter answered, custom weights",
    {
      itemAggregation: "median",
      contestedThreshold: 2,
      halfAnsweredShare: 0.25,
      principleWeights: { ...DEFAULT_SETTINGS.principleWeights, TA: 3, FIN: 0, DIG: 0.5 },
    },
  ],
  [
    "other band limits, coverage threshold and target year",
    {
      sdgBandLimits: { achieved: 95, challengesRemain: 70, significantChallenges: 40 },
      principleBandLimits: { developing: 1.5, established: 2.5, advanced: 3.5 },
      coverageThreshold: 0.8,
      targetYear: 2035,
    },
  ],
  [
    "a DAC lens of its own, the SDG index mixed with principles",
    {
      dacLens: {
        ...DEFAULT_SETTINGS.dacLens,
        relevance: ["TA", "SDG index"],
        impact: ["SDG index", "DATA"],
        efficiency: ["FIN"],
      },
    },
  ],
];

describe.each(VARIANTS)("settings: %s", (_label, changes) => {
  const assessment = threeCityAssessment({ ...DEFAULT_SETTINGS, ...changes });
  const plan = assessmentWorkbookPlan(assessment, scoreAssessment(assessment), GOLDEN_STAMP);

  it.each(["live", "portable"] as const)(
    "every formula equals the engine's value (%s)",
    async (dialect) => {
      const result = await checkPlan(plan, dialect);
      expect(result.formulas).toBeGreaterThan(800);
      expect(result.mismatches.slice(0, 5)).toEqual([]);
    },
  );
});

describe("worst-value modes reach the sheet", () => {
  it("peer: the peer worst value is written into the Worst column, and scores use it", () => {
    const assessment = threeCityAssessment({ ...DEFAULT_SETTINGS, worstValueMode: "peer" });
    const scores = scoreAssessment(assessment);
    const peerRows = scores.indicators.filter((result) => result.worstSource === "peer");
    expect(peerRows.length).toBeGreaterThan(0);
    const indicators = assessmentWorkbookPlan(assessment, scores, GOLDEN_STAMP).sheets.find(
      (sheet) => sheet.name === "Indicators",
    );
    const index = scores.indicators.findIndex((result) => result.worstSource === "peer");
    const worstCell = indicators?.cells.find((cell) => cell.address === `G${5 + index}`);
    expect(worstCell?.value).toBe(peerRows[0]?.worst);
    expect(worstCell?.value).not.toBe(assessment.indicators[index]?.worst);
  });

  it("baseline: the score formula measures from the city's first value", () => {
    const assessment = threeCityAssessment({ ...DEFAULT_SETTINGS, worstValueMode: "baseline" });
    const scores = scoreAssessment(assessment);
    const index = scores.indicators.findIndex(
      (result) => result.worstSource === "baseline" && result.year === 2022,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const indicators = assessmentWorkbookPlan(assessment, scores, GOLDEN_STAMP).sheets.find(
      (sheet) => sheet.name === "Indicators",
    );
    const scoreCell = indicators?.cells.find((cell) => cell.address === `L${5 + index}`);
    // The 2020 row of the same indicator and city stands just above (rows go by city, indicator, year).
    // Each argument reaches the function with a blank as "" (desktop Excel would pass 0).
    const guarded = (cell: string): string => `IF(ISBLANK(${cell}),"",${cell})`;
    expect(scoreCell?.formula?.live).toBe(
      `=C2C.SCORE(${guarded(`Indicators!$F$${5 + index}`)},${guarded(`Indicators!$F$${4 + index}`)},${guarded(`Indicators!$H$${5 + index}`)})`,
    );
  });
});
