import "../../functions/customFunctionsRuntime";
import {
  alignmentFormula,
  contestedFormula,
  hundredFormula,
  itemScoreFormula,
  meanConsensusFormula,
  principleBandFormula,
  principleScoreFormula,
  spreadFormula,
} from "../../../src/engine/formula/checklistFormulas";
import { num, ref, text } from "../../../src/engine/formula/expr";
import {
  baseYearFormula,
  coverageFormula,
  distanceClosedFormula,
  goalIndexFormula,
  indexBandFormula,
  latestYearFormula,
  scoreFormula,
  scoreInYearFormula,
  trendFormula,
} from "../../../src/engine/formula/indicatorFormulas";
import { settingRefs } from "../../../src/engine/formula/settingRefs";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { evaluateIn } from "./evaluateExpr";

// The worked examples of docs/method.md, computed by the formulas the templates write, in both
// dialects. Settings are literal defaults here (no Settings table), as in a workbook without one.
const refs = settingRefs(DEFAULT_SETTINGS, new Set());
const DIALECTS = ["live", "portable"] as const;
const TOLERANCE = 9;

describe.each(DIALECTS)("checklist formulas, %s dialect", (dialect) => {
  // Item with answers 2, 4, 5, n/a, ? → 3.667, spread 3 (contested), consensus 0.376.
  const workbook = MemoryWorkbook.fromSheets({
    S: [
      [2, 4, 5, "n/a", "?"],
      ["n/a", "n/a", null, null, null],
      ["?", "n/a", null, null, null],
      [3, null, null, null, null],
    ],
  });
  const row = (n: number) => ref("S", `A${n}:E${n}`);

  it("item score: mean of the numeric answers", () => {
    expect(
      evaluateIn(workbook, itemScoreFormula(row(1), refs.itemAggregation), dialect),
    ).toBeCloseTo(11 / 3, TOLERANCE);
    expect(evaluateIn(workbook, itemScoreFormula(row(1), text("median")), dialect)).toBe(4);
  });

  it("item score: n/a when only n/a was answered, blank when a ? stands beside it", () => {
    expect(evaluateIn(workbook, itemScoreFormula(row(2), refs.itemAggregation), dialect)).toBe(
      "n/a",
    );
    expect(evaluateIn(workbook, itemScoreFormula(row(3), refs.itemAggregation), dialect)).toBe("");
  });

  it("spread 3 is contested at the default threshold; one answer has no spread", () => {
    expect(evaluateIn(workbook, spreadFormula(row(1)), dialect)).toBe(3);
    expect(evaluateIn(workbook, spreadFormula(row(4)), dialect)).toBe("");
    expect(evaluateIn(workbook, contestedFormula(num(3), refs.contestedThreshold), dialect)).toBe(
      "contested",
    );
    expect(evaluateIn(workbook, contestedFormula(num(2.9), refs.contestedThreshold), dialect)).toBe(
      "",
    );
    expect(evaluateIn(workbook, contestedFormula(text(""), refs.contestedThreshold), dialect)).toBe(
      "",
    );
  });

  it("consensus 1 − sd/2 = 0.376 over the items with two answers", () => {
    const consensus = evaluateIn(workbook, meanConsensusFormula([row(1), row(4)]), dialect);
    expect(consensus).toBeCloseTo(
      1 - Math.sqrt(((2 - 11 / 3) ** 2 + (4 - 11 / 3) ** 2 + (5 - 11 / 3) ** 2) / 3) / 2,
      TOLERANCE,
    );
    expect(Number(consensus)).toBeCloseTo(0.376, 3);
  });

  // Principle with six items: two answered (3.0, 4.0), three ?-only, one n/a-only → 2 of 5 < half;
  // with a third answered (2.0): 3.0.
  const principleSheet = (third: number | string) =>
    MemoryWorkbook.fromSheets({
      P: [
        ["X", 3],
        ["X", 4],
        ["X", third],
        ["X", ""],
        ["X", ""],
        ["X", "n/a"],
        ["Y", 5],
      ],
    });
  const columns = {
    itemScores: ref("P", "B1:B7"),
    principles: ref("P", "A1:A7"),
    spreads: ref("P", "B1:B7"),
  };

  it("principle: insufficient answers below half of the applicable items, then the mean", () => {
    expect(
      evaluateIn(
        principleSheet(""),
        principleScoreFormula(columns, "X", refs.halfAnsweredShare),
        dialect,
      ),
    ).toBe("");
    expect(
      evaluateIn(
        principleSheet(2),
        principleScoreFormula(columns, "X", refs.halfAnsweredShare),
        dialect,
      ),
    ).toBeCloseTo(3, TOLERANCE);
  });

  it("principle 4.0 is Advanced on the 1–5 scale; 0–100 form (s − 1)/4·100", () => {
    const book = MemoryWorkbook.fromSheets({ B: [[4], [""]] });
    expect(
      evaluateIn(book, principleBandFormula(ref("B", "A1"), refs.principleBand), dialect),
    ).toBe("Advanced");
    expect(
      evaluateIn(book, principleBandFormula(ref("B", "A2"), refs.principleBand), dialect),
    ).toBe("Insufficient answers");
    expect(evaluateIn(book, hundredFormula(ref("B", "A1")), dialect)).toBe(75);
  });

  it("alignment: TA 3.5, MLG 2.5, the other eight missing → 3.0", () => {
    const book = MemoryWorkbook.fromSheets({
      A: [[3.5], [2.5], [""], [""], [""], [""], [""], [""], [""], [""]],
    });
    const cells = Array.from({ length: 10 }, (_, index) => ref("A", `A${index + 1}`));
    const weights = Object.values(refs.weights);
    expect(
      evaluateIn(
        book,
        alignmentFormula(ref("A", "A1:A10"), cells, weights, refs.weightsRange),
        dialect,
      ),
    ).toBeCloseTo(3, TOLERANCE);
  });
});

describe.each(DIALECTS)("indicator formulas, %s dialect", (dialect) => {
  it.each([
    ["higher-better", 42.5, 5, 80, 50],
    ["lower-better PM2.5", 20, 50, 5, 200 / 3],
    ["beyond the end value", 4, 50, 5, 100],
    ["below the worst value", 60, 50, 5, 0],
  ])("score, %s", (_label, value, worst, end, expected) => {
    const book = MemoryWorkbook.fromSheets({ I: [[value, worst, end]] });
    expect(
      evaluateIn(book, scoreFormula(ref("I", "A1"), ref("I", "B1"), ref("I", "C1")), dialect),
    ).toBeCloseTo(expected, TOLERANCE);
  });

  it("scores cells stored as fractions under a percent format as the numbers they show", () => {
    // 0.71 shown as 71 %, worst 0.1 shown as 10 %, end 90: 100 · (71 − 10) / (90 − 10) = 76.25.
    const book = MemoryWorkbook.fromSheets({ I: [[0.71, 0.1, 90]] });
    const expr = scoreFormula(ref("I", "A1"), ref("I", "B1"), ref("I", "C1"), {
      value: true,
      worst: true,
      end: false,
    });
    expect(evaluateIn(book, expr, dialect)).toBeCloseTo(76.25, TOLERANCE);
  });

  it("score of a cleared percent-formatted value is blank, not the score of 0", () => {
    const book = MemoryWorkbook.fromSheets({ I: [[null, 0, 100]] });
    const percent = { value: true, worst: false, end: false };
    expect(
      evaluateIn(
        book,
        scoreFormula(ref("I", "A1"), ref("I", "B1"), ref("I", "C1"), percent),
        dialect,
      ),
    ).toBe("");
  });

  it("score of a blank value is blank", () => {
    const book = MemoryWorkbook.fromSheets({ I: [[null, 0, 100]] });
    expect(
      evaluateIn(book, scoreFormula(ref("I", "A1"), ref("I", "B1"), ref("I", "C1")), dialect),
    ).toBe("");
  });

  // SDG 6 scores 75, 90 and a blank for a listed third indicator → 82.5, coverage 2/3, Challenges remain.
  const goals = MemoryWorkbook.fromSheets({
    T: [
      [75, 6, "Nakuru", 2024],
      [90, 6, "Nakuru", 2024],
      ["", 6, "Nakuru", 2024],
      [10, 6, "Malmö", 2024],
      [20, 7, "Nakuru", 2024],
    ],
  });
  const criteria = [
    { range: ref("T", "C1:C5"), criterion: text("Nakuru") },
    { range: ref("T", "D1:D5"), criterion: num(2024) },
  ];

  it("goal index, coverage and band", () => {
    expect(
      evaluateIn(
        goals,
        goalIndexFormula(ref("T", "A1:A5"), ref("T", "B1:B5"), 6, criteria),
        dialect,
      ),
    ).toBeCloseTo(82.5, TOLERANCE);
    expect(
      evaluateIn(
        goals,
        coverageFormula(ref("T", "A1:A5"), [
          { range: ref("T", "B1:B5"), criterion: num(6) },
          ...criteria,
        ]),
        dialect,
      ),
    ).toBeCloseTo(2 / 3, TOLERANCE);
    const book = MemoryWorkbook.fromSheets({
      B: [
        [82.5, 2 / 3],
        [40, 0.4],
        ["", 0],
      ],
    });
    expect(
      evaluateIn(
        book,
        indexBandFormula(ref("B", "A1"), ref("B", "B1"), refs.sdgBand, refs.coverageThreshold),
        dialect,
      ),
    ).toBe("Challenges remain");
    expect(
      evaluateIn(
        book,
        indexBandFormula(ref("B", "A2"), ref("B", "B2"), refs.sdgBand, refs.coverageThreshold),
        dialect,
      ),
    ).toBe("Low coverage");
    expect(
      evaluateIn(
        book,
        indexBandFormula(ref("B", "A3"), ref("B", "B3"), refs.sdgBand, refs.coverageThreshold),
        dialect,
      ),
    ).toBe("No data");
  });

  it("goal index of a goal without scores is blank", () => {
    expect(
      evaluateIn(
        goals,
        goalIndexFormula(ref("T", "A1:A5"), ref("T", "B1:B5"), 9, criteria),
        dialect,
      ),
    ).toBe("");
  });

  // Scores 40 (2015) and 52 (2022): observed 1.714/yr, required 4.0/yr, r = 0.429 → Stagnating; 20 % closed.
  it("trend and distance closed, with the helper cells the portable formula reads", () => {
    const book = MemoryWorkbook.fromSheets({
      Y: [
        [2015, 2018, 2022],
        [40, "", 52],
      ],
    });
    const series = ref("Y", "A2:C2");
    const years = ref("Y", "A1:C1");
    const points = [0, 1, 2].map((index) => ({
      score: ref("Y", `${"ABC"[index] ?? "A"}2`),
      year: ref("Y", `${"ABC"[index] ?? "A"}1`),
    }));
    const baseYear = evaluateIn(book, baseYearFormula(points, series), dialect);
    const latestYear = evaluateIn(book, latestYearFormula(points, series), dialect);
    expect([baseYear, latestYear]).toEqual([2015, 2022]);
    expect(evaluateIn(book, scoreInYearFormula(series, years, num(2022)), dialect)).toBe(52);
    const helpers = {
      count: num(2),
      baseYear: num(2015),
      baseScore: num(40),
      latestYear: num(2022),
      latestScore: num(52),
    };
    expect(evaluateIn(book, trendFormula(series, years, refs.targetYear, helpers), dialect)).toBe(
      "Stagnating",
    );
    expect(evaluateIn(book, distanceClosedFormula(helpers), dialect)).toBeCloseTo(0.2, TOLERANCE);
  });
});
