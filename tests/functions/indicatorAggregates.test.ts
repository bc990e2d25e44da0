import { NA, isExcelError, shown, shownMatrix, type ArgumentCell } from "./customFunctionsRuntime";
import { coverage, goalIndex, objectiveIndex, profile } from "../../src/functions/functions";
import { FUNCTIONS } from "../../src/functions/registry";

// A tidy Indicators table (one row per indicator × city × year), as columns the way Excel passes
// a table column: n rows × 1 column.
const table = [
  // code, goal, city, year, score
  ["6.1.1", 6, "Nakuru", 2024, 75],
  ["6.2.1", 6, "Nakuru", 2024, 90],
  ["6.3.1", 6, "Nakuru", 2024, null], // listed, no value: a gap
  ["6.1.1", 6, "Kisumu", 2024, 40],
  ["6.2.1", 6, "Kisumu", 2024, NA], // an error cell: a gap, never a failure
  ["11.6.2", 11, "Nakuru", 2024, 100 * (30 / 45)],
  ["11.2.1", 11, "Nakuru", 2023, 30],
  ["11.6.1", 11, "Kisumu", 2024, "n/a"],
  ["1.2.1", 1, "Nakuru", 2024, "?"],
  ["5.5.1", "", "Nakuru", 2024, 55], // no goal: belongs to no goal
] as const;

function column(index: number): ArgumentCell[][] {
  return table.map((row) => [row[index] ?? null]);
}

/** Criteria pairs as Excel passes the repeating argument: every repetition as a matrix. */
function pairs(...items: (ArgumentCell | ArgumentCell[][])[]): ArgumentCell[][][] {
  return items.map((item) => (Array.isArray(item) ? item : [[item]]));
}
const codes = column(0);
const goals = column(1);
const cities = column(2);
const years = column(3);
const scores = column(4);

describe("GOALINDEX", () => {
  it.each<[string, unknown, unknown[], unknown]>([
    // docs/method.md §4: SDG 6 scores 75, 90 and a blank for a listed third indicator → 82.5
    ["SDG 6 worked example (Nakuru)", 6, [cities, "Nakuru"], 82.5],
    ["an error cell is skipped as a gap (Kisumu)", 6, [cities, "Kisumu"], 40],
    ["all cities", 6, [], (75 + 90 + 40) / 3],
    ["two criteria pairs", 11, [cities, "Nakuru", years, 2024], 100 * (30 / 45)],
    ["an operator criterion", 11, [cities, "Nakuru", years, ">=2023"], (100 * (30 / 45) + 30) / 2],
    ["a wildcard criterion", 6, [cities, "nak*"], 82.5],
    ["the goal as numeric text", "6", [cities, "Nakuru"], 82.5],
    ["no row of the goal is #N/A", 5, [], "#N/A"],
    ["no row matching the criteria is #N/A", 6, [cities, "Eldoret"], "#N/A"],
    ["rows with only n/a, ? or blanks are #N/A", 1, [], "#N/A"],
    ["text goal is #VALUE!", "six", [], "#VALUE!"],
    ["blank goal is #VALUE!", null, [], "#VALUE!"],
    ["an odd number of criteria arguments is #VALUE!", 6, [cities], "#VALUE!"],
    ["a criteria range of another size is #VALUE!", 6, [[["Nakuru"]], "Nakuru"], "#VALUE!"],
    ["an error as criterion is #VALUE!", 6, [cities, NA], "#VALUE!"],
  ])("%s", (_name, goal, criteria, expected) => {
    const result = shown(FUNCTIONS.GOALINDEX.run(scores, goals, goal, criteria));
    if (typeof expected === "number") expect(result).toBeCloseTo(expected, 9);
    else expect(result).toBe(expected);
  });

  it("accepts the criteria argument left out (null) as Excel passes it", () => {
    expect(goalIndex(scores, goals, 6, undefined)).toBeCloseTo((75 + 90 + 40) / 3, 9);
    expect(FUNCTIONS.GOALINDEX.run(scores, goals, 6, null)).toBeCloseTo((75 + 90 + 40) / 3, 9);
    expect(FUNCTIONS.GOALINDEX.run(scores, goals, 6, [cities, "Nakuru", null])).toBeCloseTo(
      82.5,
      9,
    );
  });

  it("refuses a score outside 0–100 with #VALUE!", () => {
    expect(shown(goalIndex([[75], [120]], [[6], [6]], 6))).toBe("#VALUE!");
  });

  it("works on a 1×n row and on an n×m block", () => {
    expect(goalIndex([[75, 90, null]], [[6, 6, 6]], 6)).toBeCloseTo(82.5, 9);
    expect(
      goalIndex(
        [
          [75, 90],
          [null, 10],
        ],
        [
          [6, 6],
          [6, 7],
        ],
        6,
      ),
    ).toBeCloseTo(82.5, 9);
  });

  it("names both shapes when scores and goals differ", () => {
    const result = goalIndex([[1], [2]], [[6]], 6);
    expect(isExcelError(result, "#VALUE!") && result.message).toBe(
      "scores is 2 rows × 1 column but goals is 1 row × 1 column: give ranges of the same size",
    );
  });

  it("names the criteria pair whose range has another shape", () => {
    const result = goalIndex(scores, goals, 6, pairs(cities, "Nakuru", [[2024]], 2024));
    expect(isExcelError(result, "#VALUE!") && result.message).toBe(
      "criteria range 2 is 1 row × 1 column but scores is 10 rows × 1 column: give ranges of the same size",
    );
  });

  it("explains #N/A when nothing matches", () => {
    const result = goalIndex(scores, goals, 6, pairs(cities, "Eldoret"));
    expect(isExcelError(result, "#N/A") && result.message).toBe(
      "no row of goal 6 matches the criteria",
    );
  });
});

describe("OBJECTIVEINDEX", () => {
  const objectives = table.map((row) => [row[0].startsWith("11") ? "GRN" : "INC"]);

  it.each<[string, unknown, unknown, unknown[], unknown]>([
    [
      "GRN from an Objective column",
      objectives,
      "GRN",
      [cities, "Nakuru"],
      (100 * (30 / 45) + 30) / 2,
    ],
    [
      "objective read from the catalogue through the Code column",
      codes,
      "grn",
      [cities, "Nakuru"],
      (100 * (30 / 45) + 30) / 2,
    ],
    ["INC over the Code column skips the gap", codes, "INC", [cities, "Nakuru", years, 2024], 82.5],
    ["an objective without rows is #N/A", codes, "PRO", [], "#N/A"],
    ["an unknown objective is #VALUE!", codes, "XYZ", [], "#VALUE!"],
    ["a blank objective is #VALUE!", codes, null, [], "#VALUE!"],
    ["mismatched criteria range is #VALUE!", codes, "GRN", [[["Nakuru"]], "Nakuru"], "#VALUE!"],
  ])("%s", (_name, objectiveColumn, objective, criteria, expected) => {
    const result = shown(
      FUNCTIONS.OBJECTIVEINDEX.run(scores, objectiveColumn, objective, criteria),
    );
    if (typeof expected === "number") expect(result).toBeCloseTo(expected, 9);
    else expect(result).toBe(expected);
  });

  it("is the entry point's function too", () => {
    expect(objectiveIndex(scores, codes, "GRN", pairs(cities, "Nakuru"))).toBeCloseTo(
      (100 * (30 / 45) + 30) / 2,
      9,
    );
  });
});

describe("COVERAGE", () => {
  it.each<[string, unknown[], unknown]>([
    // docs/method.md §4: two of three listed SDG 6 indicators have a value → 2/3
    ["SDG 6 worked example (Nakuru)", [goals, 6, cities, "Nakuru"], 2 / 3],
    ["an error cell counts as missing", [goals, 6, cities, "Kisumu"], 1 / 2],
    ["n/a and ? count as missing", [goals, 1], 0],
    ["every row", [], 6 / 10],
    ["no matching row is #N/A", [goals, 17], "#N/A"],
    ["odd criteria arguments are #VALUE!", [goals], "#VALUE!"],
  ])("%s", (_name, criteria, expected) => {
    const result = shown(FUNCTIONS.COVERAGE.run(scores, criteria));
    if (typeof expected === "number") expect(result).toBeCloseTo(expected, 9);
    else expect(result).toBe(expected);
  });

  it("counts numeric text as a value and text as missing", () => {
    expect(coverage([["42"], ["abc"], [true], [null]])).toBeCloseTo(0.25, 9);
  });
});

describe("PROFILE", () => {
  it("spills goal, index, coverage and band for each goal present, in goal order", () => {
    const result = shownMatrix(profile(scores, goals, pairs(cities, "Nakuru"))) as unknown[][];
    expect(result.map((row) => row[0])).toEqual([1, 6, 11]);
    expect(result[0]).toEqual([1, "", 0, "No data"]);
    const [goal6, index6, coverage6, band6] = result[1] ?? [];
    expect([goal6, band6]).toEqual([6, "Challenges remain"]);
    expect(index6).toBeCloseTo(82.5, 9);
    expect(coverage6).toBeCloseTo(2 / 3, 9);
    const [goal11, index11, coverage11, band11] = result[2] ?? [];
    expect([goal11, coverage11, band11]).toEqual([11, 1, "Major challenges"]);
    expect(index11).toBeCloseTo((100 * (30 / 45) + 30) / 2, 9);
  });

  it("shows the index of a low-coverage goal with the band Low coverage", () => {
    const result = shownMatrix(
      profile([[80], [null], [null], [100], [null]], [[6], [6], [6], [7], [7]]),
    ) as unknown[][];
    expect(result).toEqual([
      [6, 80, 1 / 3, "Low coverage"],
      [7, 100, 0.5, "Achieved"],
    ]);
  });

  it("gives #N/A when no goal row matches", () => {
    expect(shownMatrix(profile(scores, goals, pairs(cities, "Eldoret")))).toEqual([["#N/A"]]);
  });

  it("gives #VALUE! for mismatched ranges and odd criteria", () => {
    expect(shownMatrix(profile(scores, [[6]]))).toEqual([["#VALUE!"]]);
    expect(shownMatrix(FUNCTIONS.PROFILE.run(scores, goals, [cities]))).toEqual([["#VALUE!"]]);
  });

  it("names the goal whose score is out of range", () => {
    const [[cell]] = profile([[120]], [[6]]) as unknown[][] as [[unknown]];
    expect(isExcelError(cell, "#VALUE!") && cell.message).toContain("goal 6: ");
  });
});
