import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue } from "../../../src/engine/catalogue";
import type { PrincipleId } from "../../../src/engine/catalogue/types";
import { assessmentWith, item, noteText, respondents } from "./builders";

// Floats are compared to 9 decimals unless a worked example of docs/method.md states fewer.
const DECIMALS = 9;

function principleOf(scores: ReturnType<typeof scoreAssessment>, id: PrincipleId) {
  const found = scores.principles.find((principle) => principle.principle === id);
  if (found === undefined) throw new Error(`no result for ${id}`);
  return found;
}

describe("item results", () => {
  it("answers 2, 4, 5, n/a, ? → score 3.667, spread 3 (contested), sd 1.247, consensus 0.376 (docs/method.md worked example)", () => {
    const scores = scoreAssessment(
      assessmentWith({
        respondents: respondents(5),
        checklist: [item("TA", "TA1", [2, 4, 5, "n/a", "?"])],
      }),
    );
    const [result] = scores.items;
    expect(result?.score).toBeCloseTo(11 / 3, DECIMALS);
    expect(result?.score).toBeCloseTo(3.667, 3);
    expect(result?.spread).toBe(3);
    expect(result?.contested).toBe(true);
    expect(result?.standardDeviation).toBeCloseTo(1.247, 3);
    expect(result?.consensus).toBeCloseTo(0.376, 3);
    expect(result).toMatchObject({
      itemId: "TA1",
      principle: "TA",
      numericAnswers: 3,
      notApplicable: 1,
      dontKnow: 1,
    });
  });

  it("keeps the item's sheet row, so Item score and Spread can be written beside it", () => {
    const row = item("TA", "TA1", [3]);
    expect(
      scoreAssessment(assessmentWith({ respondents: respondents(1), checklist: [row] })).items[0]
        ?.row,
    ).toBe(row.row);
  });

  it.each<[string, readonly (string | number | null)[], number | "n/a" | null]>([
    ["only n/a → not applicable", ["n/a", "n/a", null], "n/a"],
    ["only ? → unanswered", ["?", null, null], null],
    ["blanks only → unanswered", [null, null, null], null],
    ["n/a and ? → unanswered, not n/a", ["n/a", "?", null], null],
    ["one answer → that answer", [4, null, "?"], 4],
  ])("%s", (_case, answers, expected) => {
    const [result] = scoreAssessment(
      assessmentWith({ respondents: respondents(3), checklist: [item("ME", "ME1", answers)] }),
    ).items;
    expect(result?.score).toBe(expected);
  });

  it("needs two numeric answers for spread, sd and consensus; without them the item is not contested", () => {
    const [result] = scoreAssessment(
      assessmentWith({ respondents: respondents(2), checklist: [item("ME", "ME1", [1, "?"])] }),
    ).items;
    expect(result).toMatchObject({
      score: 1,
      spread: null,
      standardDeviation: null,
      consensus: null,
      contested: false,
    });
  });

  it("treats an answer off the scale or in words as missing, scoring the item from the other answers", () => {
    const [result] = scoreAssessment(
      assessmentWith({
        respondents: respondents(4),
        checklist: [item("CAP", "CAP1", [4, 7, "yes", 2.5])],
      }),
    ).items;
    expect(result).toMatchObject({ score: 4, numericAnswers: 1, spread: null });
  });

  it("uses the median when the settings say so: 1, 2, 5 → 2 (mean would be 2.667)", () => {
    const checklist = [item("FIN", "FIN1", [1, 2, 5])];
    expect(
      scoreAssessment(
        assessmentWith({
          respondents: respondents(3),
          checklist,
          settings: { itemAggregation: "median" },
        }),
      ).items[0]?.score,
    ).toBe(2);
    expect(
      scoreAssessment(assessmentWith({ respondents: respondents(3), checklist })).items[0]?.score,
    ).toBeCloseTo(8 / 3, DECIMALS);
  });

  it("uses the contested threshold of the settings: spread 2 is contested at threshold 2, not at 3", () => {
    const checklist = [item("FIN", "FIN1", [2, 4])];
    expect(
      scoreAssessment(
        assessmentWith({
          respondents: respondents(2),
          checklist,
          settings: { contestedThreshold: 2 },
        }),
      ).items[0]?.contested,
    ).toBe(true);
    expect(
      scoreAssessment(assessmentWith({ respondents: respondents(2), checklist })).items[0]
        ?.contested,
    ).toBe(false);
  });
});

describe("principle results", () => {
  // Six items: two answered (3.0, 4.0), three "?"-only, one "n/a"-only (docs/method.md worked example).
  const sixItems = (third: number | "?") => [
    item("DATA", "DATA1", [3]),
    item("DATA", "DATA2", [4]),
    item("DATA", "DATA3", [third]),
    item("DATA", "DATA4", ["?"]),
    item("DATA", "DATA5", ["?"]),
    item("DATA", "DATA6", ["n/a"]),
  ];

  it("2 answered of 5 applicable is below half → insufficient answers, no score, the counts still shown", () => {
    const data = principleOf(
      scoreAssessment(assessmentWith({ respondents: respondents(1), checklist: sixItems("?") })),
      "DATA",
    );
    expect(data).toMatchObject({
      score: null,
      scoreOutOf100: null,
      band: null,
      items: 6,
      itemsAnswered: 2,
      itemsApplicable: 5,
    });
    expect(noteText(data.note)).toMatch(/insufficient answers: 2 of 5 applicable items answered/);
  });

  it("with a third item answered (2.0) → score 3.0, 50 on 0–100, Established", () => {
    const data = principleOf(
      scoreAssessment(assessmentWith({ respondents: respondents(1), checklist: sixItems(2) })),
      "DATA",
    );
    expect(data.score).toBeCloseTo(3, DECIMALS);
    expect(data.scoreOutOf100).toBeCloseTo(50, DECIMALS);
    expect(data).toMatchObject({
      band: "Established",
      itemsAnswered: 3,
      itemsApplicable: 5,
      note: null,
    });
  });

  it("a principle scored 4.0 is Advanced on the 1–5 scale (docs/method.md worked example)", () => {
    const checklist = [item("P2P", "P2P1", [4]), item("P2P", "P2P2", [4])];
    expect(
      principleOf(
        scoreAssessment(assessmentWith({ respondents: respondents(1), checklist })),
        "P2P",
      ),
    ).toMatchObject({ score: 4, band: "Advanced", scoreOutOf100: 75 });
  });

  it("counts contested items and averages the consensus of the items that have one", () => {
    const checklist = [
      item("STK", "STK1", [1, 5]),
      item("STK", "STK2", [3, 3]),
      item("STK", "STK3", [2, "?"]),
    ];
    const stk = principleOf(
      scoreAssessment(assessmentWith({ respondents: respondents(2), checklist })),
      "STK",
    );
    // STK1: sd 2 → consensus 0; STK2: sd 0 → 1; STK3 has one answer and no consensus.
    expect(stk.contestedItems).toBe(1);
    expect(stk.meanConsensus).toBeCloseTo(0.5, DECIMALS);
    // Item scores 3, 3, 2 → 8/3.
    expect(stk.score).toBeCloseTo(8 / 3, DECIMALS);
  });

  it("returns the ten principles in the report's order, with their names, even with an empty checklist", () => {
    const scores = scoreAssessment(assessmentWith({}));
    expect(scores.principles.map((principle) => principle.principle)).toEqual(
      catalogue.principles.map((principle) => principle.id),
    );
    expect(scores.principles[0]).toMatchObject({
      name: "Territorial approach",
      score: null,
      items: 0,
      meanConsensus: null,
    });
    expect(noteText(scores.principles[0]?.note ?? null)).toMatch(/no items/);
  });

  it("a principle whose items are all n/a does not apply", () => {
    const dig = principleOf(
      scoreAssessment(
        assessmentWith({ respondents: respondents(1), checklist: [item("DIG", "DIG1", ["n/a"])] }),
      ),
      "DIG",
    );
    expect(dig).toMatchObject({ score: null, itemsApplicable: 0 });
    expect(noteText(dig.note)).toMatch(/does not apply/);
  });

  it("applies the half-answered share of the settings", () => {
    const checklist = [
      item("URL", "URL1", [3]),
      item("URL", "URL2", ["?"]),
      item("URL", "URL3", ["?"]),
    ];
    expect(
      principleOf(
        scoreAssessment(assessmentWith({ respondents: respondents(1), checklist })),
        "URL",
      ).score,
    ).toBeNull();
    expect(
      principleOf(
        scoreAssessment(
          assessmentWith({
            respondents: respondents(1),
            checklist,
            settings: { halfAnsweredShare: 0.3 },
          }),
        ),
        "URL",
      ).score,
    ).toBe(3);
  });
});

describe("alignment", () => {
  it("TA 3.5, MLG 2.5, the other eight without a score, equal weights → 3.0; 50 on 0–100 (docs/method.md worked example)", () => {
    const checklist = [
      item("TA", "TA1", [3]),
      item("TA", "TA2", [4]),
      item("MLG", "MLG1", [2]),
      item("MLG", "MLG2", [3]),
    ];
    const { alignment } = scoreAssessment(
      assessmentWith({ respondents: respondents(1), checklist }),
    );
    expect(alignment.score).toBeCloseTo(3, DECIMALS);
    expect(alignment.scoreOutOf100).toBeCloseTo(50, DECIMALS);
    expect(alignment).toMatchObject({ band: "Established", principlesScored: 2, note: null });
  });

  it("renormalises the settings' weights over the principles with a score: TA 3.5 × 3, MLG 2.5 × 1 → 3.25", () => {
    const checklist = [
      item("TA", "TA1", [3]),
      item("TA", "TA2", [4]),
      item("MLG", "MLG1", [2]),
      item("MLG", "MLG2", [3]),
    ];
    const principleWeights = {
      TA: 3,
      MLG: 1,
      URL: 5,
      DATA: 1,
      ME: 1,
      P2P: 1,
      CAP: 1,
      STK: 1,
      FIN: 1,
      DIG: 1,
    };
    const { alignment } = scoreAssessment(
      assessmentWith({ respondents: respondents(1), checklist, settings: { principleWeights } }),
    );
    expect(alignment.score).toBeCloseTo((3.5 * 3 + 2.5 * 1) / 4, DECIMALS);
  });

  it("has no score, and says why, when no principle has one", () => {
    const { alignment } = scoreAssessment(assessmentWith({}));
    expect(alignment).toMatchObject({
      score: null,
      scoreOutOf100: null,
      band: null,
      principlesScored: 0,
    });
    expect(noteText(alignment.note)).toMatch(/no principle has a score/);
  });
});

describe("checklist summary", () => {
  it("counts respondents, items and answer cells by kind", () => {
    const checklist = [
      item("TA", "TA1", [2, "n/a", "?"]),
      item("TA", "TA2", [null, 9, 5]),
      item("TA", "TA3", ["n/a", "n/a", null]),
    ];
    const { checklist: summary } = scoreAssessment(
      assessmentWith({ respondents: respondents(3), checklist }),
    );
    expect(summary).toEqual({
      respondents: 3,
      items: 3,
      itemsAnswered: 2,
      itemsApplicable: 2,
      contestedItems: 0,
      answerCells: 9,
      numericAnswers: 2,
      notApplicableAnswers: 3,
      dontKnowAnswers: 1,
      blankAnswers: 3,
    });
  });
});
