import fc from "fast-check";
import type { CellValue } from "../../../src/engine/cells";
import {
  answerConsensus,
  answerSpread,
  answerStandardDeviation,
  isContested,
  itemScore,
} from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

const DIGITS = 3; // docs/method.md states these results to three decimals

describe("docs/method.md worked example: answers 2, 4, 5, n/a, ?", () => {
  const answers: CellValue[] = [2, 4, 5, "n/a", "?"];

  it("item score 3.667", () => {
    expect(valueOf(itemScore(answers))).toBeCloseTo(11 / 3, 12);
    expect(valueOf(itemScore(answers)) as number).toBeCloseTo(3.667, DIGITS);
  });

  it("spread 3, contested", () => {
    const spread = valueOf(answerSpread(answers));
    expect(spread).toBe(3);
    expect(isContested(spread)).toBe(true);
  });

  it("population sd 1.247", () => {
    expect(valueOf(answerStandardDeviation(answers))).toBeCloseTo(Math.sqrt(42 / 27), 12);
    expect(valueOf(answerStandardDeviation(answers))).toBeCloseTo(1.247, DIGITS);
  });

  it("consensus 0.376", () => {
    expect(valueOf(answerConsensus(answers))).toBeCloseTo(1 - Math.sqrt(42 / 27) / 2, 12);
    expect(valueOf(answerConsensus(answers))).toBeCloseTo(0.376, DIGITS);
  });

  it("median 4 when the median is chosen", () => {
    expect(valueOf(itemScore(answers, "median"))).toBe(4);
  });
});

describe("itemScore with Excel-shaped answers", () => {
  it.each<{ case: string; answers: CellValue[]; expected: number | "n/a" }>([
    { case: "numeric text", answers: ["4", " 2 ", 3], expected: 3 },
    { case: "blanks skipped", answers: [null, undefined, "", "  ", 5, 4], expected: 4.5 },
    { case: "other text skipped", answers: ["abc", "yes", 2], expected: 2 },
    { case: "booleans skipped", answers: [true, false, 3], expected: 3 },
    {
      case: "error cells skipped",
      answers: [{ errorCode: "#N/A" }, { errorCode: "#REF!" }, 1, 2],
      expected: 1.5,
    },
    { case: "NaN and infinity skipped", answers: [NaN, Infinity, 4], expected: 4 },
    { case: "n/a in any case and spacing", answers: ["n/a", "N/A", " n/a ", 4], expected: 4 },
    { case: "all n/a", answers: ["n/a", "N/A"], expected: "n/a" },
    { case: "n/a among blanks and text", answers: ["n/a", null, "", "abc"], expected: "n/a" },
    { case: "a single answer", answers: [5], expected: 5 },
  ])("$case → $expected", ({ answers, expected }) => {
    expect(valueOf(itemScore(answers))).toEqual(expected);
  });

  it.each([
    { answers: [4, 1, 2, 5], method: "median" as const, expected: 3 },
    { answers: [4, 1, 2], method: "median" as const, expected: 2 },
    { answers: [4, 1, 2, 5], method: "mean" as const, expected: 3 },
  ])("$method of $answers → $expected", ({ answers, method, expected }) => {
    expect(valueOf(itemScore(answers, method))).toBe(expected);
  });

  it.each<{ answers: CellValue[]; message: string }>([
    { answers: [], message: "no answer from 1 to 5 yet" },
    { answers: [null, "", "abc", { errorCode: "#N/A" }], message: "no answer from 1 to 5 yet" },
    { answers: ["?", "?"], message: 'no answer from 1 to 5 yet (2 × "don\'t know")' },
    { answers: ["?", "n/a"], message: 'no answer from 1 to 5 yet (1 × "don\'t know")' },
  ])("$answers → missing-data", ({ answers, message }) => {
    expect(errorOf(itemScore(answers))).toEqual({ kind: "missing-data", message });
  });

  it.each<{ answers: CellValue[]; shown: string }>([
    { answers: [3, 7], shown: "7" },
    { answers: [0, 4], shown: "0" },
    { answers: [2.5], shown: "2.5" },
    { answers: ["6", 4], shown: "6" },
    { answers: [-1, "n/a"], shown: "-1" },
  ])("an answer off the scale in $answers → invalid-input", ({ answers, shown }) => {
    const expected = {
      kind: "invalid-input",
      message: `the answer ${shown} is not on the scale: use a whole number from 1 to 5, n/a or ?`,
    };
    expect(errorOf(itemScore(answers))).toEqual(expected);
    expect(errorOf(answerSpread(answers))).toEqual(expected);
    expect(errorOf(answerConsensus(answers))).toEqual(expected);
  });
});

describe("spread and consensus", () => {
  it.each<{ answers: CellValue[]; spread: number; consensus: number }>([
    { answers: [3, 3, 3], spread: 0, consensus: 1 },
    { answers: [1, 5], spread: 4, consensus: 0 },
    { answers: [1, 1, 5, 5], spread: 4, consensus: 0 },
    { answers: ["2", 4, "?", null], spread: 2, consensus: 0.5 },
  ])("$answers → spread $spread, consensus $consensus", ({ answers, spread, consensus }) => {
    expect(valueOf(answerSpread(answers))).toBe(spread);
    expect(valueOf(answerConsensus(answers))).toBeCloseTo(consensus, 12);
  });

  it.each<{ answers: CellValue[]; found: string }>([
    { answers: [], found: "there is none" },
    { answers: ["n/a", "?", null], found: "there is none" },
    { answers: [4, "?", "n/a"], found: "there is one" },
  ])("$answers → missing-data ($found)", ({ answers, found }) => {
    expect(errorOf(answerSpread(answers))).toEqual({
      kind: "missing-data",
      message: `the spread needs at least two answers from 1 to 5; ${found}`,
    });
    expect(errorOf(answerConsensus(answers))).toEqual({
      kind: "missing-data",
      message: `the consensus needs at least two answers from 1 to 5; ${found}`,
    });
  });

  it.each([
    { spread: 3, threshold: undefined, contested: true },
    { spread: 2, threshold: undefined, contested: false },
    { spread: 4, threshold: undefined, contested: true },
    { spread: 2, threshold: 2, contested: true },
    { spread: 3, threshold: 4, contested: false },
  ])(
    "spread $spread with threshold $threshold → contested $contested",
    ({ spread, threshold, contested }) => {
      expect(isContested(spread, threshold)).toBe(contested);
    },
  );
});

describe("item properties", () => {
  const answerCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }).map(String),
    fc.constantFrom<CellValue>("n/a", "N/A", "?", null, undefined, "", " ", "abc", true, {
      errorCode: "#N/A",
    }),
  );

  it("keeps item scores within [1, 5], spread within [0, 4] and consensus within [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(answerCell, { maxLength: 20 }),
        fc.constantFrom("mean" as const, "median" as const),
        (answers, method) => {
          const score = itemScore(answers, method);
          const spread = answerSpread(answers);
          const consensus = answerConsensus(answers);
          const scoreOk =
            !score.ok || score.value === "n/a" || (score.value >= 1 && score.value <= 5);
          const spreadOk = !spread.ok || (spread.value >= 0 && spread.value <= 4);
          const consensusOk = !consensus.ok || (consensus.value >= 0 && consensus.value <= 1);
          return scoreOk && spreadOk && consensusOk;
        },
      ),
    );
  });

  it("never turns an error into a value: missing-data is the only error for on-scale answers", () => {
    fc.assert(
      fc.property(fc.array(answerCell, { maxLength: 20 }), (answers) => {
        const score = itemScore(answers);
        return score.ok || score.error.kind === "missing-data";
      }),
    );
  });
});
