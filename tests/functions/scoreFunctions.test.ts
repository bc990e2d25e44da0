import { DIV0, NA, VALUE_ERROR, isExcelError, shownMatrix } from "./customFunctionsRuntime";
import { distance, progress, score } from "../../src/functions/functions";
import { FUNCTIONS } from "../../src/functions/registry";

// Scores are compared to 9 decimal places; shownMatrix turns error values into their codes.
function expectMatrixClose(actual: unknown, expected: readonly (readonly unknown[])[]): void {
  const shown = shownMatrix(actual) as unknown[][];
  expect(shown.length).toBe(expected.length);
  expected.forEach((row, r) => {
    expect(shown[r]?.length).toBe(row.length);
    row.forEach((cell, c) => {
      const got = shown[r]?.[c];
      if (typeof cell === "number") expect(got).toBeCloseTo(cell, 9);
      else expect(got).toBe(cell);
    });
  });
}

describe("SCORE", () => {
  it.each<[string, unknown, unknown, unknown, unknown]>([
    // docs/method.md §4 worked examples
    ["higher-better: worst 5, end 80, x 42.5", 42.5, 5, 80, 50],
    ["lower-better PM2.5: worst 50, end 5, x 20", 20, 50, 5, 100 * (30 / 45)],
    ["beyond the end value is clamped to 100", 4, 50, 5, 100],
    ["beyond the worst value is clamped to 0", 60, 50, 5, 0],
    ["numeric text counts as its number", " 42.5 ", "5", "80", 50],
    ["a blank value is missing data: empty result", null, 5, 80, ""],
    ["empty text is a blank", "  ", 5, 80, ""],
    ["text is #VALUE!", "abc", 5, 80, "#VALUE!"],
    ["a boolean is #VALUE!", true, 5, 80, "#VALUE!"],
    ["an error cell passes its error on", NA, 5, 80, "#N/A"],
    ["a #DIV/0! cell passes its error on", DIV0, 5, 80, "#DIV/0!"],
    ["end equal to worst is #VALUE!", 10, 5, 5, "#VALUE!"],
    ["a blank worst value is #VALUE!", 10, null, 80, "#VALUE!"],
    ["a blank end value is #VALUE!", 10, 5, null, "#VALUE!"],
    ["a text end value is #VALUE!", 10, 5, "n/a", "#VALUE!"],
    ["an error in worst passes on", 10, VALUE_ERROR, 80, "#VALUE!"],
  ])("%s", (_name, value, worst, end, expected) => {
    expectMatrixClose(FUNCTIONS.SCORE.run([[value]], [[worst]], [[end]]), [[expected]]);
  });

  it("accepts bare values as Excel passes single cells in some hosts", () => {
    expectMatrixClose(FUNCTIONS.SCORE.run(42.5, 5, 80), [[50]]);
  });

  it("scores an n×1 column against per-row worst and end values", () => {
    expectMatrixClose(score([[42.5], [20], [4]], [[5], [50], [50]], [[80], [5], [5]]), [
      [50],
      [100 * (30 / 45)],
      [100],
    ]);
  });

  it("scores a 1×n row against single worst and end cells", () => {
    expectMatrixClose(score([[5, 42.5, 80, 100]], [[5]], [[80]]), [[0, 50, 100, 100]]);
  });

  it("scores an n×m block, failing cells keeping their own errors", () => {
    expectMatrixClose(
      score(
        [
          [42.5, null],
          ["abc", 80],
        ],
        [[5]],
        [[80]],
      ),
      [
        [50, ""],
        ["#VALUE!", 100],
      ],
    );
  });

  it("places row problems and cell-by-cell answers at their own positions in a block", () => {
    const values = [
      [10, 20, null],
      [30, "x", NA],
    ];
    const ends = [
      [80, 5, 80],
      [80, 80, 80],
    ];
    expectMatrixClose(score(values, [[5]], ends), [
      [100 * (5 / 75), "#VALUE!", ""],
      [100 * (25 / 75), "#VALUE!", "#N/A"],
    ]);
    expectMatrixClose(distance(values, [[5]], ends), [
      [100 - 100 * (5 / 75), "#VALUE!", ""],
      [100 - 100 * (25 / 75), "#VALUE!", "#N/A"],
    ]);
  });

  it("words a row problem as the engine does", () => {
    const [[cell]] = score([[10]], [[5]], [[5]]) as unknown[][] as [[unknown]];
    expect(isExcelError(cell, "#VALUE!") && cell.message).toBe(
      "the end value equals the worst value (5): the score is undefined",
    );
  });

  it("explains a bad cell in its message", () => {
    const [[cell]] = score([["abc"]], [[5]], [[80]]) as unknown[][] as [[unknown]];
    expect(isExcelError(cell, "#VALUE!") && cell.message).toContain(
      'value: the text "abc" is not a number',
    );
  });

  it("gives one #VALUE! naming both shapes when ranges differ in size", () => {
    const result = score([[1], [2], [3]], [[5], [5]], [[80]]);
    expect(result).toHaveLength(1);
    const cell = result[0]?.[0];
    expect(isExcelError(cell, "#VALUE!")).toBe(true);
    if (isExcelError(cell))
      expect(cell.message).toBe(
        "value is 3 rows × 1 column but worst is 2 rows × 1 column: give ranges of the same size, or a single cell",
      );
  });

  it("refuses a row against a column rather than guessing", () => {
    expect(shownMatrix(score([[1, 2, 3]], [[5], [5], [5]], [[80]]))).toEqual([["#VALUE!"]]);
  });

  it("scores 100,000 rows in one call", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => [i % 100]);
    const result = score(values, [[0]], [[100]]);
    expect(result).toHaveLength(100_000);
    expect(result[99_999]?.[0]).toBeCloseTo(99, 9);
  });
});

describe("DISTANCE", () => {
  it.each<[string, unknown, unknown, unknown, unknown]>([
    ["higher-better example", 42.5, 5, 80, 50],
    ["lower-better PM2.5 example", 20, 50, 5, 100 - 100 * (30 / 45)],
    ["beyond the end value", 4, 50, 5, 0],
    ["a blank value gives an empty result", null, 50, 5, ""],
    ["text is #VALUE!", "x", 50, 5, "#VALUE!"],
    ["end equal to worst is #VALUE!", 1, 5, 5, "#VALUE!"],
    ["an error cell passes on", NA, 50, 5, "#N/A"],
  ])("%s", (_name, value, worst, end, expected) => {
    expectMatrixClose(FUNCTIONS.DISTANCE.run([[value]], [[worst]], [[end]]), [[expected]]);
  });

  it("works on a column", () => {
    expectMatrixClose(distance([[42.5], [80]], [[5]], [[80]]), [[50], [0]]);
  });
});

describe("PROGRESS", () => {
  it.each<[string, unknown, unknown, unknown]>([
    // docs/method.md §4: scores 40 (2015) and 52 (2022) → 12/60 = 20 % closed
    ["worked example 40 → 52", 40, 52, 0.2],
    ["no change", 40, 40, 0],
    ["going backwards is negative", 50, 40, -0.2],
    ["reaching the end value", 40, 100, 1],
    ["a base score of 100 is #N/A", 100, 100, "#N/A"],
    ["a blank base gives an empty result", null, 52, ""],
    ["a blank latest gives an empty result", 40, null, ""],
    ["numeric text", "40", "52", 0.2],
    ["text is #VALUE!", "forty", 52, "#VALUE!"],
    ["a score above 100 is #VALUE!", 40, 120, "#VALUE!"],
    ["an error cell passes on", 40, NA, "#N/A"],
  ])("%s", (_name, base, latest, expected) => {
    expectMatrixClose(FUNCTIONS.PROGRESS.run([[base]], [[latest]]), [[expected]]);
  });

  it("works on columns of the same size", () => {
    expectMatrixClose(progress([[40], [50]], [[52], [75]]), [[0.2], [0.5]]);
  });

  it("refuses columns of different sizes", () => {
    expect(shownMatrix(progress([[40], [50]], [[52], [75], [80]]))).toEqual([["#VALUE!"]]);
  });
});
