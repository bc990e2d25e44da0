import { NA, isExcelError, shown, type ArgumentCell } from "./customFunctionsRuntime";
import {
  alignment,
  consensus,
  itemScore,
  principleScore,
  spread,
} from "../../src/functions/functions";
import { FUNCTIONS } from "../../src/functions/registry";

function expectShown(actual: unknown, expected: unknown): void {
  const value = shown(actual);
  if (typeof expected === "number") expect(value).toBeCloseTo(expected, 3);
  else expect(value).toBe(expected);
}

// docs/method.md §3: answers 2, 4, 5, n/a, ? → item 3.667, spread 3, sd 1.247, consensus 0.376.
const workedAnswers = [[2, 4, 5, "n/a", "?"]];

describe("ITEMSCORE", () => {
  it.each<[string, unknown, unknown, unknown]>([
    ["worked example", workedAnswers, null, 11 / 3],
    ["median option", workedAnswers, "median", 4],
    ["MEDIAN in capitals", workedAnswers, "MEDIAN", 4],
    ["mean spelled out", workedAnswers, "mean", 11 / 3],
    ["a blank method is the mean", workedAnswers, "", 11 / 3],
    ["an unknown method is #VALUE!", workedAnswers, "mode", "#VALUE!"],
    ["numeric text answers", [["2", " 4 "]], null, 3],
    ["blanks, text, booleans and errors are skipped", [[3, null, "maybe", true, NA]], null, 3],
    ["all n/a is not applicable", [["n/a", "N/A", null]], null, "n/a"],
    ["n/a and ? only is #N/A (applicable, unanswered)", [["n/a", "?"]], null, "#N/A"],
    ["no answers is #N/A", [[null, null]], null, "#N/A"],
    ["7 is off the scale: #VALUE!", [[4, 7]], null, "#VALUE!"],
    ["2.5 is off the scale: #VALUE!", [[2.5]], null, "#VALUE!"],
    ["a single cell", 4, null, 4],
    ["a column of answers", [[2], [4], [5]], null, 11 / 3],
    [
      "a 2×2 block",
      [
        [1, 2],
        [3, 4],
      ],
      null,
      2.5,
    ],
  ])("%s", (_name, answers, method, expected) => {
    expectShown(FUNCTIONS.ITEMSCORE.run(answers, method), expected);
  });

  it("explains an off-scale answer", () => {
    const result = itemScore([[4, 7]]);
    expect(isExcelError(result, "#VALUE!") && result.message).toContain("7");
  });
});

describe("SPREAD and CONSENSUS", () => {
  it.each<[string, unknown, unknown, unknown]>([
    ["worked example", workedAnswers, 3, 1 - Math.sqrt(14 / 9) / 2],
    ["full agreement", [[4, 4, 4]], 0, 1],
    ["maximal split", [[1, 5]], 4, 0],
    ["numeric text", [["1", "5"]], 4, 0],
    ["errors and text are skipped", [[1, NA, "x", 5]], 4, 0],
    ["one numeric answer is #N/A", [[3, "?", "n/a"]], "#N/A", "#N/A"],
    ["no answers is #N/A", [[null]], "#N/A", "#N/A"],
    ["an off-scale answer is #VALUE!", [[3, 9]], "#VALUE!", "#VALUE!"],
    ["a column", [[2], [4], [5]], 3, 1 - Math.sqrt(14 / 9) / 2],
  ])("%s", (_name, answers, expectedSpread, expectedConsensus) => {
    expectShown(FUNCTIONS.SPREAD.run(answers), expectedSpread);
    expectShown(FUNCTIONS.CONSENSUS.run(answers), expectedConsensus);
  });

  it("matches the framework's rounded worked values", () => {
    expect(spread(workedAnswers)).toBe(3);
    expect(consensus(workedAnswers)).toBeCloseTo(0.376, 3);
  });
});

describe("PRINCIPLE", () => {
  // docs/method.md §3: six items, two answered (3.0, 4.0), three ?-only (ITEMSCORE gives #N/A),
  // one n/a-only → 2 of 5 applicable answered < half → insufficient answers (#N/A).
  // Rows of other principles sit in between, as in the real checklist.
  const sixItems = [
    ["TA", 3],
    ["MLG", 5],
    ["TA", 4],
    ["TA", NA],
    ["TA", NA],
    ["MLG", 1],
    ["TA", NA],
    ["TA", "n/a"],
  ] as const;
  const scoresOf = (rows: readonly (readonly ArgumentCell[])[]): ArgumentCell[][] =>
    rows.map((row) => [row[1] ?? null]);
  const principlesOf = (rows: readonly (readonly ArgumentCell[])[]): ArgumentCell[][] =>
    rows.map((row) => [row[0] ?? null]);

  it("reports insufficient answers as #N/A", () => {
    const result = principleScore(scoresOf(sixItems), principlesOf(sixItems), "TA");
    expect(isExcelError(result, "#N/A") && result.message).toContain("insufficient answers");
  });

  it("scores the principle once a third item is answered", () => {
    const rows: (readonly ArgumentCell[])[] = sixItems.map((row, index) =>
      index === 3 ? ["TA", 2] : row,
    );
    expect(principleScore(scoresOf(rows), principlesOf(rows), "TA")).toBeCloseTo(3, 9);
  });

  it("gives the same score whatever the order of the rows", () => {
    const rows: (readonly ArgumentCell[])[] = sixItems.map((row, index) =>
      index === 3 ? ["TA", 2] : row,
    );
    const reversed = [...rows].reverse();
    expect(principleScore(scoresOf(reversed), principlesOf(reversed), "ta")).toBeCloseTo(3, 9);
  });

  it.each<[string, unknown, unknown, unknown, unknown, unknown]>([
    [
      "blank item scores are applicable and unanswered",
      [[4], [null], [null]],
      [["DIG"], ["DIG"], ["DIG"]],
      "DIG",
      null,
      "#N/A",
    ],
    [
      "a lower minimum share scores them",
      [[4], [null], [null]],
      [["DIG"], ["DIG"], ["DIG"]],
      "DIG",
      0.3,
      4,
    ],
    [
      '"?" and text are unanswered',
      [[4], ["?"], ["abc"]],
      [["FIN"], ["FIN"], ["FIN"]],
      "FIN",
      1 / 3,
      4,
    ],
    ["numeric text is a score", [["4"], [" 2 "]], [["ME"], ["ME"]], "ME", null, 3],
    ["all n/a does not apply: #N/A", [["n/a"], ["n/a"]], [["URL"], ["URL"]], "URL", null, "#N/A"],
    ["a principle without items is #N/A", [[4]], [["TA"]], "DIG", null, "#N/A"],
    ["an unknown principle id is #VALUE!", [[4]], [["TA"]], "XYZ", null, "#VALUE!"],
    ["a blank principle is #VALUE!", [[4]], [["TA"]], null, null, "#VALUE!"],
    ["an item score off 1–5 is #VALUE!", [[6]], [["TA"]], "TA", null, "#VALUE!"],
    ["minShare above 1 is #VALUE!", [[4]], [["TA"]], "TA", 1.5, "#VALUE!"],
    ["text minShare is #VALUE!", [[4]], [["TA"]], "TA", "half", "#VALUE!"],
    ["mismatched ranges are #VALUE!", [[4], [3]], [["TA"]], "TA", null, "#VALUE!"],
    ["a 1×n row", [[3, 4]], [["TA", "TA"]], "TA", null, 3.5],
  ])("%s", (_name, scores, principles, principle, minShare, expected) => {
    expectShown(FUNCTIONS.PRINCIPLE.run(scores, principles, principle, minShare), expected);
  });
});

describe("ALIGNMENT", () => {
  // docs/method.md §3: TA 3.5, MLG 2.5, the other eight #N/A, equal weights → 3.0
  const principleScores = [[3.5], [2.5], ...Array.from({ length: 8 }, () => [NA])];

  it.each<[string, unknown, unknown, unknown]>([
    ["worked example", principleScores, null, 3],
    [
      "weights renormalised over existing scores",
      principleScores,
      [[3], [1], ...Array.from({ length: 8 }, () => [1])],
      3.25,
    ],
    [
      "blank weights next to missing scores do not matter",
      principleScores,
      [[1], [1], ...Array.from({ length: 8 }, () => [null])],
      3,
    ],
    [
      "a blank weight next to a score is #VALUE!",
      principleScores,
      [[null], [1], ...Array.from({ length: 8 }, () => [1])],
      "#VALUE!",
    ],
    ["text weight is #VALUE!", [[3]], [["heavy"]], "#VALUE!"],
    ["negative weight is #VALUE!", [[3], [4]], [[-1], [1]], "#VALUE!"],
    ["a different number of weights is #VALUE!", [[3], [4]], [[1]], "#VALUE!"],
    ["a row of scores takes a column of weights", [[3, 4]], [[3], [1]], 3.25],
    ["blanks and text are left out", [[4], [null], ["n/a"]], null, 4],
    ["no principle score is #N/A", [[NA], [null]], null, "#N/A"],
    ["a score off 1–5 is #VALUE!", [[7]], null, "#VALUE!"],
    ["a 1×n row", [[3, 5]], null, 4],
  ])("%s", (_name, scores, weights, expected) => {
    expectShown(FUNCTIONS.ALIGNMENT.run(scores, weights), expected);
  });

  it("is the entry point's function too", () => {
    expect(alignment(principleScores)).toBeCloseTo(3, 9);
  });
});
