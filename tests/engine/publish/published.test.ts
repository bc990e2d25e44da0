// The privacy rule applied to data before it is published: item numbers only when enough answers back
// them, problem messages without names or organisations.
import { scoreAssessment } from "../../../src/engine/assessment";
import type { ItemResult } from "../../../src/engine/assessment/types";
import type { Problem, Respondent } from "../../../src/engine/model/types";
import { publishedItem } from "../../../src/engine/publish/publishedItems";
import { publishedReport } from "../../../src/engine/publish/publishedReport";
import { redactedProblems } from "../../../src/engine/publish/redactedProblems";
import { assessmentWith, item } from "../assessment/builders";

function itemResult(parts: Partial<ItemResult>): ItemResult {
  return {
    principle: "TA",
    itemId: "TA1",
    row: 2,
    score: 3,
    numericAnswers: 3,
    notApplicable: 0,
    dontKnow: 0,
    spread: 2,
    standardDeviation: 0.8,
    consensus: 0.6,
    contested: false,
    ...parts,
  };
}

describe("publishedItem", () => {
  it.each([
    [
      "three numeric answers: published",
      itemResult({}),
      3,
      { score: 3, spread: 2, contested: false, suppressed: null },
    ],
    [
      "two numeric answers: withheld",
      itemResult({ numericAnswers: 2, score: 3, spread: 4, contested: true }),
      3,
      { score: null, spread: null, standardDeviation: null, consensus: null, contested: null },
    ],
    [
      "one numeric answer: withheld",
      itemResult({
        numericAnswers: 1,
        score: 2,
        spread: null,
        standardDeviation: null,
        consensus: null,
      }),
      3,
      {
        score: null,
        suppressed:
          "1 answer from 1 to 5, fewer than 3: not published, to keep single answers private",
      },
    ],
    [
      "two answers with a minimum of 2: published",
      itemResult({ numericAnswers: 2, score: 3, spread: 4, contested: true }),
      2,
      { score: 3, spread: 4, contested: true, suppressed: null },
    ],
    [
      "n/a from three: published",
      itemResult({ numericAnswers: 0, notApplicable: 3, score: "n/a", spread: null }),
      3,
      { score: "n/a", suppressed: null },
    ],
    [
      "n/a from one: withheld",
      itemResult({ numericAnswers: 0, notApplicable: 1, score: "n/a", spread: null }),
      3,
      {
        score: null,
        suppressed: "1 n/a answer, fewer than 3: not published, to keep single answers private",
      },
    ],
    [
      "unanswered: nothing to withhold",
      itemResult({ numericAnswers: 0, dontKnow: 1, score: null, spread: null }),
      3,
      { score: null, suppressed: null },
    ],
  ])("%s", (_, result, minimum, expected) => {
    const published = publishedItem(result, minimum);
    expect(published).toMatchObject(expected);
    expect([
      published.itemId,
      published.row,
      published.numericAnswers,
      published.notApplicable,
      published.dontKnow,
    ]).toEqual([
      result.itemId,
      result.row,
      result.numericAnswers,
      result.notApplicable,
      result.dontKnow,
    ]);
  });
});

describe("redactedProblems", () => {
  const people: Respondent[] = [
    { name: "Ana", organisation: "Ana Lima Foundation", group: null, city: "", role: "" },
    { name: "Ben", organisation: "", group: null, city: "", role: "" },
    { name: "Søren Holm", organisation: "Holm & Co (Ltd.)", group: null, city: "", role: "" },
  ];
  const problem = (message: string): Problem => ({
    address: "Checklist!D1",
    message,
    severity: "warning",
  });

  it.each([
    ['the respondent "Ana" has no row', 'the respondent "[respondent]" has no row'],
    ["benefits of Ben's work", "benefits of [respondent]'s work"],
    ["funded by the ana lima foundation", "funded by the [organisation]"],
    ['"SØREN HOLM" is listed twice', '"[respondent]" is listed twice'],
    ["Holm & Co (Ltd.) pays", "[organisation] pays"],
    ["Anagram and Benin stay", "Anagram and Benin stay"],
  ])("%j → %j", (message, expected) => {
    expect(redactedProblems([problem(message)], people)).toEqual([problem(expected)]);
  });
});

describe("publishedReport", () => {
  it("has representation counts in place of respondents, and every item of the scores, in order", () => {
    const respondents: Respondent[] = ["Ana", "Ben", "Carla"].map((name) => ({
      name,
      organisation: `${name} Org`,
      group: "academia",
      city: "",
      role: "",
    }));
    const assessment = assessmentWith({
      respondents,
      checklist: [item("TA", "TA1", [1, 2, 3]), item("TA", "TA2", [5, null, null])],
    });
    const scores = scoreAssessment(assessment);
    const report = publishedReport(assessment, scores, []);
    expect(report).not.toHaveProperty("respondents");
    expect(
      report.representation.groups.find((entry) => entry.group === "academia")?.respondents,
    ).toBe(3);
    expect(report.scores.items.map((entry) => [entry.itemId, entry.score])).toEqual([
      ["TA1", 2],
      ["TA2", null],
    ]);
    // The engine's principles, each note (why there is no score) in English beside its code.
    expect(report.scores.principles.map((entry) => entry.score)).toEqual(
      scores.principles.map((entry) => entry.score),
    );
    expect(report.scores.principles[0]).toMatchObject({ principle: "TA", note: null });
    expect(report.scores.principles[0]).not.toHaveProperty("noteCode");
    expect(report.scores.principles[1]).toMatchObject({
      principle: "MLG",
      note: "the principle has no items",
      noteCode: "noScore.noItems",
    });
    expect(JSON.stringify(report)).not.toMatch(/Ana|Ben|Carla/);
  });
});
