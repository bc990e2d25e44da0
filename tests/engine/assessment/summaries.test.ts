import { scoreAssessment, TOP_HIGHLIGHTS } from "../../../src/engine/assessment";
import type { PrincipleId } from "../../../src/engine/catalogue/types";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { action, assessmentWith, indicator, item, respondents } from "./builders";

// One item per principle, answered with the given score, so each principle scores exactly it.
function principlesScoring(scores: Partial<Record<PrincipleId, number>>) {
  return Object.entries(scores).map(([principle, score]) =>
    item(principle as PrincipleId, `${principle}1`, [score]),
  );
}

describe("strengths and priorities", () => {
  it(`lists the ${TOP_HIGHLIGHTS} highest principles as strengths and the ${TOP_HIGHLIGHTS} lowest as priorities, weakest first`, () => {
    const checklist = principlesScoring({
      TA: 4,
      MLG: 2,
      URL: 3,
      DATA: 1,
      ME: 5,
      P2P: 4,
      CAP: 2,
      STK: 3,
      FIN: 1,
      DIG: 2,
    });
    const { strengths, priorities } = scoreAssessment(
      assessmentWith({ respondents: respondents(1), checklist }),
    );
    // Ties keep the report's order: TA before P2P, DATA before FIN, MLG before CAP before DIG.
    expect(strengths.principles.map((entry) => [entry.principle, entry.score, entry.band])).toEqual(
      [
        ["ME", 5, "Advanced"],
        ["TA", 4, "Advanced"],
        ["P2P", 4, "Advanced"],
      ],
    );
    expect(priorities.principles.map((entry) => entry.principle)).toEqual(["FIN", "DATA", "DIG"]);
  });

  it("never lists one principle as both: with few scored, the lower half are priorities (the middle one too)", () => {
    const three = scoreAssessment(
      assessmentWith({
        respondents: respondents(1),
        checklist: principlesScoring({ TA: 4, MLG: 3, URL: 2 }),
      }),
    );
    expect(three.strengths.principles.map((entry) => entry.principle)).toEqual(["TA"]);
    expect(three.priorities.principles.map((entry) => entry.principle)).toEqual(["URL", "MLG"]);
    const one = scoreAssessment(
      assessmentWith({ respondents: respondents(1), checklist: principlesScoring({ FIN: 4 }) }),
    );
    expect(one.strengths.principles).toEqual([]);
    expect(one.priorities.principles.map((entry) => entry.principle)).toEqual(["FIN"]);
  });

  it("ranks goals by their latest index across cities, leaving out low coverage and no data", () => {
    const rows = [
      indicator("6.1.1", "Nakuru", 2022, 90),
      indicator("7.1.1", "Nakuru", 2022, 20),
      indicator("11.6.1", "Nakuru", 2022, 55),
      indicator("11.2.1", "Nakuru", 2022, null),
      indicator("16.6.2", "Nakuru", 2022, 99),
      indicator("16.7.2", "Nakuru", 2022, null),
      indicator("16.7.2", "Nakuru", 2021, 100),
      indicator("17.8.1", "Nakuru", 2022, null), // no data
      indicator("6.1.1", "Malmö", 2023, 100),
      indicator("8.5.2", "Malmö", 2023, 30), // lower better: 30 is the worst → 0
      indicator("8.6.1", "Malmö", 2023, null),
      indicator("8.6.1", "Malmö", 2023, null), // goal 8 coverage 1/3: low
    ];
    const { strengths, priorities } = scoreAssessment(assessmentWith({ indicators: rows }));
    expect(
      strengths.goals.map((entry) => [entry.city, entry.goal, entry.index, entry.band, entry.year]),
    ).toEqual([
      ["Malmö", 6, 100, "Achieved", 2023],
      ["Nakuru", 16, 99, "Challenges remain", 2022],
    ]);
    // Indices rounded to 9 decimals: 100 · 55 / 100 is 55.00000000000001 in floating point.
    expect(
      priorities.goals.map((entry) => [entry.city, entry.goal, Number(entry.index.toFixed(9))]),
    ).toEqual([
      ["Nakuru", 7, 20],
      ["Nakuru", 11, 55],
      ["Nakuru", 6, 90],
    ]);
  });
});

describe("action summary", () => {
  it("counts actions by status and the share addressing stakeholder input among those that say y or n", () => {
    const actions = [
      action("planned", true),
      action("planned", false),
      action("in progress", true),
      action("done", null),
      action("dropped", true),
      action(null, null),
    ];
    expect(scoreAssessment(assessmentWith({ actions })).actions).toEqual({
      total: 6,
      byStatus: { planned: 2, "in progress": 1, done: 1, dropped: 1 },
      noStatus: 1,
      stakeholderInputAddressed: 3,
      stakeholderInputAnswered: 4,
      stakeholderInputShare: 0.75,
    });
  });

  it("has no share without an answer", () => {
    expect(
      scoreAssessment(assessmentWith({ actions: [action("done", null)] })).actions
        .stakeholderInputShare,
    ).toBeNull();
    expect(scoreAssessment(assessmentWith({})).actions).toMatchObject({
      total: 0,
      stakeholderInputShare: null,
    });
  });
});

describe("settings", () => {
  it("reports the settings it used", () => {
    expect(
      scoreAssessment(assessmentWith({ settings: { targetYear: 2035 } })).settings.targetYear,
    ).toBe(2035);
  });

  it("scores with the defaults, and says so, when the assessment's settings are invalid", () => {
    const scores = scoreAssessment(
      assessmentWith({ settings: { contestedThreshold: 9, coverageThreshold: -1 } }),
    );
    expect(scores.settings).toEqual(DEFAULT_SETTINGS);
    expect(scores.problems).toHaveLength(2);
    expect(
      scores.problems.every(
        (problem) =>
          problem.address === "C2C_Settings" &&
          problem.severity === "warning" &&
          problem.message.endsWith("the default settings are used"),
      ),
    ).toBe(true);
  });

  it("keeps the result JSON-serialisable: no NaN, no undefined, no functions", () => {
    const scores = scoreAssessment(
      assessmentWith({
        respondents: respondents(2),
        checklist: [item("TA", "TA1", [3, "?"])],
        indicators: [
          indicator("6.1.1", "Nakuru", 2022, null),
          indicator("6.1.1", "Nakuru", 2023, 50),
        ],
        actions: [action("done", true)],
      }),
    );
    const roundTripped: unknown = JSON.parse(JSON.stringify(scores));
    expect(roundTripped).toEqual(scores);
    expect(JSON.stringify(scores)).not.toMatch(/NaN|Infinity/);
  });
});
