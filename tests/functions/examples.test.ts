import { NA, shown, shownMatrix, type ArgumentCell } from "./customFunctionsRuntime";
import * as C2C from "../../src/functions/functions";

// The examples quoted in the functions' descriptions (Excel's formula builder) and in the README's
// Functions section, computed here so that no documented result goes stale.

// A small Indicators table: Code · Goal · City · Score.
const indicators: readonly (readonly ArgumentCell[])[] = [
  ["6.1.1", 6, "Nakuru", 75],
  ["6.2.1", 6, "Nakuru", 90],
  ["6.3.1", 6, "Nakuru", null],
  ["11.6.1", 11, "Nakuru", 90],
  ["11.6.2", 11, "Nakuru", 50],
  ["6.1.1", 6, "Kisumu", 30],
];
const column = (index: number): ArgumentCell[][] => indicators.map((row) => [row[index] ?? null]);
const [code, goal, city, score] = [column(0), column(1), column(2), column(3)];

// One checklist item's answers in D5:H5, and the TA items' scores in the Item score column.
const answers: ArgumentCell[][] = [[2, 4, 5, "n/a", "?"]];
const checklistScores: ArgumentCell[][] = [[3], [4], [2], [NA], ["n/a"], [5]];
const checklistPrinciples: ArgumentCell[][] = [["TA"], ["TA"], ["TA"], ["TA"], ["TA"], ["MLG"]];

interface Example {
  readonly formula: string;
  readonly run: () => unknown;
  readonly result: unknown;
}

const examples: readonly Example[] = [
  {
    formula: "=C2C.SCORE(42.5, 5, 80)",
    run: () => C2C.score([[42.5]], [[5]], [[80]]),
    result: [[50]],
  },
  {
    formula: "=C2C.DISTANCE(20, 50, 5)",
    run: () => C2C.distance([[20]], [[50]], [[5]]),
    result: [[33.333333333]],
  },
  {
    formula: '=C2C.GOALINDEX(Indicators[Score], Indicators[Goal], 6, Indicators[City], "Nakuru")',
    run: () => C2C.goalIndex(score, goal, 6, [city, [["Nakuru"]]]),
    result: 82.5,
  },
  {
    formula: '=C2C.OBJECTIVEINDEX(Indicators[Score], Indicators[Code], "GRN")',
    run: () => C2C.objectiveIndex(score, code, "GRN"),
    result: 70,
  },
  {
    formula: '=C2C.COVERAGE(Indicators[Score], Indicators[Goal], 6, Indicators[City], "Nakuru")',
    run: () => C2C.coverage(score, [goal, [[6]], city, [["Nakuru"]]]),
    result: 0.666666667,
  },
  { formula: "=C2C.ITEMSCORE(D5:H5)", run: () => C2C.itemScore(answers), result: 3.666666667 },
  { formula: "=C2C.SPREAD(D5:H5)", run: () => C2C.spread(answers), result: 3 },
  {
    formula: "=C2C.CONSENSUS(D5:H5)",
    run: () => C2C.consensus(answers),
    result: 1 - Math.sqrt(14 / 9) / 2,
  },
  {
    formula: '=C2C.PRINCIPLE(Checklist[Item score], Checklist[Principle], "TA")',
    run: () => C2C.principleScore(checklistScores, checklistPrinciples, "TA"),
    result: 3,
  },
  {
    formula: "=C2C.ALIGNMENT(B2:B11)",
    run: () => C2C.alignment([[3.5], [2.5], ...Array.from({ length: 8 }, () => [NA])]),
    result: 3,
  },
  { formula: "=C2C.BAND(82.5)", run: () => C2C.band([[82.5]]), result: [["Challenges remain"]] },
  {
    formula: '=C2C.BAND(4, "principle")',
    run: () => C2C.band([[4]], "principle"),
    result: [["Advanced"]],
  },
  {
    formula: "=C2C.TRENDCLASS({40;52}, {2015;2022})",
    run: () => C2C.trendClass([[40], [52]], [[2015], [2022]]),
    result: "Stagnating",
  },
  { formula: "=C2C.PROGRESS(40, 52)", run: () => C2C.progress([[40]], [[52]]), result: [[0.2]] },
  {
    formula: '=C2C.INDICATOR("11.6.2", "end")',
    run: () => C2C.indicator([["11.6.2"]], [["end"]]),
    result: [[5]],
  },
  {
    formula: '=C2C.INDICATOR("1.2.1", "end")',
    run: () => C2C.indicator([["1.2.1"]], [["end"]]),
    result: [["0.5 × baseline"]],
  },
  {
    formula: '=C2C.PROFILE(Indicators[Score], Indicators[Goal], Indicators[City], "Nakuru")',
    run: () => C2C.profile(score, goal, [city, [["Nakuru"]]]),
    result: [
      [6, 82.5, 0.666666667, "Challenges remain"],
      [11, 70, 1, "Significant challenges"],
    ],
  },
];

function expectClose(actual: unknown, expected: unknown): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    const rows = actual as unknown[];
    expect(rows).toHaveLength(expected.length);
    expected.forEach((item, index) => {
      expectClose(rows[index], item);
    });
  } else if (typeof expected === "number") {
    expect(actual).toBeCloseTo(expected, 6);
  } else {
    expect(actual).toBe(expected);
  }
}

describe.each(examples)("$formula", ({ run, result }) => {
  it(`returns ${JSON.stringify(result)}`, () => {
    const value = run();
    expectClose(Array.isArray(value) ? shownMatrix(value) : shown(value), result);
  });
});
