// Values as Excel stores them (README "Values as Excel stores them"): a percent-formatted fraction
// on a % indicator, decimal commas, percent signs typed as text and dates in the Year column. The
// expected numbers are the ones the cell shows, worked out by hand; scores compare within 1e-9.
import type { CellValue } from "../../../src/engine/cells";
import type { IndicatorRow, Problem } from "../../../src/engine/model/types";
import { TABLES } from "../../../src/engine/model/contract";
import { readAssessment } from "../../../src/engine/read";
import { scoreAssessment } from "../../../src/engine/assessment/scoreAssessment";
import { indicatorRow, indicatorsTable, partnershipTable } from "./tableBuilder";

const PARTNERSHIP = partnershipTable([
  ["Partner cities", "Nakuru, Malmö"],
  ["Start year", 2015],
]);

function read(
  rows: readonly (readonly CellValue[])[],
  numberFormats: Readonly<Record<string, string>> = {},
): { rows: readonly IndicatorRow[]; problems: Problem[] } {
  const { assessment, problems } = readAssessment({
    [TABLES.partnership]: PARTNERSHIP,
    [TABLES.indicators]: indicatorsTable(rows, numberFormats),
  });
  return { rows: assessment?.indicators ?? [], problems };
}

const warnings = (problems: readonly Problem[]): [string, string][] =>
  problems.map((problem) => [problem.address, problem.message]);

// 6.1.1 (safely managed drinking water) is in %, worst 0, end 100 in the catalogue; 11.6.2 (PM2.5)
// is in µg/m³. Row 2 is the first data row; F is Value, G Worst, H End value, E Year.
describe("values as Excel stores them", () => {
  it("reads 0.71 under a percent format on a % indicator as the 71 it shows, and names the cell", () => {
    const { rows, problems } = read([indicatorRow("6.1.1", "Nakuru", 2022, 0.71)], { F2: "0%" });
    expect(rows[0]?.value).toBe(71);
    expect(rows[0]?.percentScaled).toEqual(["value"]);
    expect(warnings(problems)).toEqual([["Indicators!F2", "0.71 is shown as 71 %; read as 71"]]);
  });

  it("scores the shown number: 71 between worst 0 and end 100 is 71", () => {
    const { assessment } = readAssessment({
      [TABLES.partnership]: PARTNERSHIP,
      [TABLES.indicators]: indicatorsTable([indicatorRow("6.1.1", "Nakuru", 2022, 0.71)], {
        F2: "0%",
      }),
    });
    if (assessment === null) throw new Error("the assessment was not read");
    const [result] = scoreAssessment(assessment).indicators;
    // Independent: 100 · (71 − 0) / (100 − 0) = 71.
    expect(result?.score).toBeCloseTo(71, 9);
  });

  it("reads worst and end values the same way, rounding to the 15 digits Excel shows", () => {
    const { rows, problems } = read(
      [indicatorRow("6.1.1", "Nakuru", 2022, 0.57, { worst: 0.1, end: 0.9 })],
      { F2: "0%", G2: "0.0%", H2: "0 %" },
    );
    // 0.57 × 100 is 56.99999999999999 in floating point; the cell shows, and the user typed, 57.
    expect(rows[0]).toMatchObject({ value: 57, worst: 10, end: 90 });
    expect(rows[0]?.percentScaled).toEqual(["value", "worst", "end"]);
    expect(problems.map((problem) => problem.address)).toEqual([
      "Indicators!F2",
      "Indicators!G2",
      "Indicators!H2",
    ]);
  });

  it("leaves a percent-formatted value on an indicator not in % missing, as a problem with its cell", () => {
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 2022, 0.2)], { F2: "0%" });
    expect(rows[0]?.value).toBeNull();
    expect(rows[0]?.percentScaled).toBeUndefined();
    expect(warnings(problems)).toEqual([
      [
        "Indicators!F2",
        'the value: 0.2 is shown as 20 % but the unit is "µg/m³", not %: make the unit % or the format a plain number; it is treated as missing',
      ],
    ]);
  });

  it("reads a value without a percent format as stored, with no note", () => {
    const { rows, problems } = read([indicatorRow("6.1.1", "Nakuru", 2022, 71)], { F2: "0" });
    expect(rows[0]?.value).toBe(71);
    expect(rows[0]?.percentScaled).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reads "74,5" as 74.5 and names the cell', () => {
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 2022, "74,5")]);
    expect(rows[0]?.value).toBe(74.5);
    expect(warnings(problems)).toEqual([
      ["Indicators!F2", 'the text "74,5" has a decimal comma; read as 74.5'],
    ]);
  });

  it('leaves "1,234" (a thousands separator or a decimal comma?) a problem with its cell', () => {
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 2022, "1,234")]);
    expect(rows[0]?.value).toBeNull();
    expect(warnings(problems)).toEqual([
      [
        "Indicators!F2",
        'the value: the text "1,234" is ambiguous (a thousands separator or a decimal comma?): type 1234 or 1.234; it is treated as missing',
      ],
    ]);
  });

  it.each([
    ["71 %", 71],
    ["71%", 71],
    ["74,5 %", 74.5],
  ])('reads the text "%s" on a % indicator as %d', (typed, expected) => {
    const { rows, problems } = read([indicatorRow("6.1.1", "Nakuru", 2022, typed)]);
    expect(rows[0]?.value).toBe(expected);
    expect(rows[0]?.percentScaled).toBeUndefined();
    expect(problems.map((problem) => problem.address)).toEqual(["Indicators!F2"]);
  });

  it('leaves the text "71 %" on an indicator not in % a problem with its cell', () => {
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 2022, "71 %")]);
    expect(rows[0]?.value).toBeNull();
    expect(warnings(problems)).toEqual([
      [
        "Indicators!F2",
        'the value: the text "71 %" is a percentage but the unit is "µg/m³", not %; it is treated as missing',
      ],
    ]);
  });

  it("guesses nothing else: other text stays a problem", () => {
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 2022, "about 20")]);
    expect(rows[0]?.value).toBeNull();
    expect(problems.map((problem) => problem.address)).toEqual(["Indicators!F2"]);
  });

  it("reads a date in the Year column as its year and names the cell", () => {
    // 44743 is 2022-07-01 (Excel's serial: days since 1899-12-30).
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 44743, 20)], {
      E2: "dd/mm/yyyy",
    });
    expect(rows[0]?.year).toBe(2022);
    expect(warnings(problems)).toEqual([
      ["Indicators!E2", "11.6.2: the date 2022-07-01 is read as the year 2022"],
    ]);
  });

  it("still refuses a date serial in the Year column when the cell is not formatted as a date", () => {
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 44743, 20)]);
    expect(rows).toEqual([]);
    expect(problems.map((problem) => problem.address)).toEqual(["Indicators!E2"]);
  });
});
