import type { IndicatorRow, Problem } from "../../../src/engine/model/types";
import { readAssessment } from "../../../src/engine/read";
import {
  indicatorRow,
  indicatorsTable,
  partnershipTable,
  table,
  INDICATOR_COLUMNS,
} from "./tableBuilder";
import { TABLES } from "../../../src/engine/model/contract";
import type { CellValue } from "../../../src/engine/cells";

const PARTNERSHIP = partnershipTable([
  ["Partner cities", "Nakuru, Malmö"],
  ["Start year", 2015],
]);

function read(
  rows: readonly (readonly CellValue[])[],
  partnership = PARTNERSHIP,
): { rows: readonly IndicatorRow[]; problems: Problem[] } {
  const { assessment, problems } = readAssessment({
    [TABLES.partnership]: partnership,
    [TABLES.indicators]: indicatorsTable(rows),
  });
  return { rows: assessment?.indicators ?? [], problems };
}

const addresses = (problems: readonly Problem[]): string[] =>
  problems.map((problem) => problem.address);

describe("reading C2C_Indicators", () => {
  it("fills a catalogue indicator's blank cells from the catalogue: name, goal, worst, end, unit, objective", () => {
    const { rows, problems } = read([indicatorRow("11.6.2", "Nakuru", 2022, 20)]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        code: "11.6.2",
        indicator: "annual mean PM2.5, population weighted",
        goal: 11,
        city: "Nakuru",
        year: 2022,
        value: 20,
        worst: 50,
        end: 5,
        unit: "µg/m³",
        source: "",
        disaggregated: null,
        objective: "GRN",
        row: 2,
      },
    ]);
  });

  it("keeps the workbook's own worst and end values, objective and numeric text", () => {
    const { rows, problems } = read([
      indicatorRow("11.6.2 ", "Nakuru", "2022", " 20.5 ", {
        worst: 80,
        end: "10",
        objective: "inc",
        disaggregated: "Yes",
      }),
    ]);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      code: "11.6.2",
      year: 2022,
      value: 20.5,
      worst: 80,
      end: 10,
      objective: "INC",
      disaggregated: true,
    });
  });

  it("matches codes without case (11.B.2 is 11.b.2) and takes the catalogue's spelling", () => {
    expect(read([indicatorRow("11.B.2", "Nakuru", 2022, 50)]).rows[0]?.code).toBe("11.b.2");
  });

  it("resolves a relative end value (0.5 × baseline) from the city's value in the start year", () => {
    const { rows, problems } = read([
      indicatorRow("1.2.1", "Nakuru", 2014, 40),
      indicatorRow("1.2.1", "Nakuru", 2015, 30),
      indicatorRow("1.2.1", "Nakuru", 2018, 20),
      indicatorRow("1.2.1", "Malmö", 2018, 12),
      indicatorRow("1.2.1", "Malmö", 2020, 10),
      indicatorRow("1.2.1", "Malmö", 2022, null),
    ]);
    expect(problems).toEqual([]);
    // Nakuru has a 2015 value (30) → 15; Malmö has none in 2015, so its earliest (2018: 12) → 6.
    expect(rows.map((row) => [row.city, row.year, row.end])).toEqual([
      ["Nakuru", 2014, 15],
      ["Nakuru", 2015, 15],
      ["Nakuru", 2018, 15],
      ["Malmö", 2018, 6],
      ["Malmö", 2020, 6],
      ["Malmö", 2022, 6],
    ]);
  });

  it("uses the earliest value without a start year, and leaves the end value blank for a city without any value", () => {
    const { rows, problems } = read(
      [
        indicatorRow("1.2.1", "Nakuru", 2016, 30),
        indicatorRow("1.2.1", "Nakuru", 2014, 40),
        indicatorRow("1.2.1", "Malmö", 2016, null),
      ],
      partnershipTable([["Partner cities", "Nakuru, Malmö"]]),
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.end)).toEqual([20, 20, null]);
  });

  it("reports text in value cells and treats it as missing", () => {
    const { rows, problems } = read([
      indicatorRow("6.1.1", "Nakuru", 2022, "n/a"),
      indicatorRow("6.1.1", "Nakuru", 2023, 80, { worst: "zero" }),
    ]);
    expect(rows.map((row) => [row.value, row.worst])).toEqual([
      [null, 0],
      [80, 0],
    ]);
    expect(problems).toMatchObject([
      {
        address: "Indicators!F2",
        message: 'the value: the text "n/a" is not a number; it is treated as missing',
        severity: "warning",
      },
      {
        address: "Indicators!G3",
        message: 'the worst value: the text "zero" is not a number; it is treated as missing',
        severity: "warning",
      },
    ]);
  });

  it("reports an unknown code once and scores its rows with their own goal, worst and end values", () => {
    const { rows, problems } = read([
      indicatorRow("LOCAL-AIR", "Nakuru", 2022, 12, { goal: "SDG 11", worst: 40, end: 0 }),
      indicatorRow("LOCAL-AIR", "Nakuru", 2023, 10, { goal: 11, worst: 40, end: 0 }),
    ]);
    expect(rows.map((row) => [row.code, row.goal, row.worst, row.end, row.objective])).toEqual([
      ["LOCAL-AIR", 11, 40, 0, null],
      ["LOCAL-AIR", 11, 40, 0, null],
    ]);
    expect(problems).toMatchObject([
      {
        address: "Indicators!A2",
        message:
          "LOCAL-AIR is not in the catalogue: its rows are scored with their own Goal, Worst and End value",
        severity: "warning",
      },
    ]);
  });

  it("reports an unknown code's missing worst and end values at their cells", () => {
    const { rows, problems } = read([indicatorRow("11.9.9", "Nakuru", 2022, 12)]);
    // The goal comes from the code's first number.
    expect(rows[0]).toMatchObject({ goal: 11, worst: null, end: null });
    expect(addresses(problems)).toEqual(["Indicators!A2", "Indicators!G2", "Indicators!H2"]);
    expect(problems[2]?.message).toBe(
      "11.9.9 is not in the catalogue and has no end value, so it cannot be scored",
    );
  });

  it("drops an unknown code without a goal", () => {
    const { rows, problems } = read([
      indicatorRow("MY-KPI", "Nakuru", 2022, 12, { worst: 0, end: 10 }),
    ]);
    expect(rows).toEqual([]);
    expect(problems.map((problem) => [problem.address, problem.message])).toEqual([
      ["Indicators!C2", "MY-KPI is not in the catalogue and has no goal; the row is not read"],
    ]);
  });

  it("keeps the catalogue's goal for a catalogue indicator, reporting a different typed goal", () => {
    const { rows, problems } = read([
      indicatorRow("6.1.1", "Nakuru", 2022, 12, { goal: 7 }),
      indicatorRow("6.1.1", "Nakuru", 2023, 12, { goal: "Goal 17x" }),
    ]);
    expect(rows.map((row) => row.goal)).toEqual([6, 6]);
    expect(problems.map((problem) => [problem.address, problem.message])).toEqual([
      ["Indicators!C2", "6.1.1 belongs to goal 6 in the catalogue, not 7; goal 6 is used"],
      ["Indicators!C3", '6.1.1: the text "Goal 17x" is not an SDG goal (1 to 17)'],
    ]);
  });

  it("reads a repeated indicator × city × year once, reporting the repeat", () => {
    const { rows, problems } = read([
      indicatorRow("6.1.1", "Nakuru", 2022, 50),
      indicatorRow("6.1.1", " nakuru ", 2022, 60),
    ]);
    expect(rows.map((row) => row.value)).toEqual([50]);
    expect(problems).toMatchObject([
      {
        address: "Indicators!A3",
        message: "6.1.1 for Nakuru, 2022 is listed again (first in row 2); this row is not read",
        severity: "warning",
      },
    ]);
  });

  it.each<[string, readonly CellValue[], string, string]>([
    [
      "no code",
      indicatorRow(null, "Nakuru", 2022, 5),
      "Indicators!A2",
      "a row without an indicator code is not read",
    ],
    [
      "no city",
      indicatorRow("6.1.1", " ", 2022, 5),
      "Indicators!D2",
      "6.1.1: a row without a city is not read",
    ],
    [
      "no year",
      indicatorRow("6.1.1", "Nakuru", null, 5),
      "Indicators!E2",
      "6.1.1: the year must be a year such as 2024, not a blank; the row is not read",
    ],
    [
      "a year in words",
      indicatorRow("6.1.1", "Nakuru", "last year", 5),
      "Indicators!E2",
      '6.1.1: the year must be a year such as 2024, not the text "last year"; the row is not read',
    ],
    [
      "a fractional year",
      indicatorRow("6.1.1", "Nakuru", 2022.5, 5),
      "Indicators!E2",
      "6.1.1: the year must be a year such as 2024, not the number 2022.5; the row is not read",
    ],
  ])("drops a row with %s", (_case, row, address, message) => {
    const { rows, problems } = read([row]);
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ address, message, severity: "warning" }]);
  });

  it("skips blank rows silently", () => {
    const { rows, problems } = read([
      indicatorRow(null, null, null, null),
      indicatorRow("6.1.1", "Nakuru", 2022, 5),
      indicatorRow(" ", null, null, null),
    ]);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it("takes the partnership's spelling of a city and reports a city that is not a partner city once", () => {
    const { rows, problems } = read([
      indicatorRow("6.1.1", "NAKURU", 2022, 5),
      indicatorRow("6.1.1", "Kisumu", 2022, 5),
      indicatorRow("6.2.1", "Kisumu", 2022, 5),
    ]);
    expect(rows.map((row) => row.city)).toEqual(["Nakuru", "Kisumu", "Kisumu"]);
    expect(problems).toMatchObject([
      {
        address: "Indicators!D3",
        message:
          '"Kisumu" is not one of the partner cities (Nakuru, Malmö); its rows are scored as a city of their own',
        severity: "warning",
      },
    ]);
  });

  it("reports once an indicator of the long list in a workbook on the simplified list", () => {
    const { rows, problems } = read([
      indicatorRow("6.3.1", "Nakuru", 2022, 5),
      indicatorRow("6.3.1", "Nakuru", 2023, 5),
    ]);
    expect(rows).toHaveLength(2);
    expect(problems.map((problem) => problem.address)).toEqual(["Indicators!A2"]);
    expect(problems[0]?.message).toMatch(/long list/);
    const long = partnershipTable([
      ["Partner cities", "Nakuru, Malmö"],
      ["List", "long"],
    ]);
    expect(read([indicatorRow("6.3.1", "Nakuru", 2022, 5)], long).problems).toEqual([]);
  });

  it("reports unreadable y/n and objective cells", () => {
    const { rows, problems } = read([
      indicatorRow("6.1.1", "Nakuru", 2022, 5, { disaggregated: "partly", objective: "Growth" }),
    ]);
    expect(rows[0]).toMatchObject({ disaggregated: null, objective: "INC" });
    expect(problems.map((problem) => [problem.address, problem.message])).toEqual([
      [
        "Indicators!K2",
        'Disaggregated: the text "partly" is not y or n; it is treated as not given',
      ],
      [
        "Indicators!M2",
        'the text "Growth" is not an EC objective (GOV, INC, GRN or PRO); the catalogue\'s INC is used',
      ],
    ]);
  });

  it("matches headers ignoring case and spaces, reads only the contract's columns, and ignores the order of columns", () => {
    const shuffled = table(
      TABLES.indicators,
      "Data",
      ["  VALUE", "my notes", "city", "Code", "YEAR"],
      [[42, "checked", "Nakuru", "6.1.1", 2022]],
    );
    const { assessment, problems } = readAssessment({ [TABLES.indicators]: shuffled });
    expect(problems).toEqual([]);
    expect(assessment?.indicators[0]).toMatchObject({
      code: "6.1.1",
      city: "Nakuru",
      year: 2022,
      value: 42,
      worst: 0,
      end: 100,
    });
  });

  it("does not read a table without a Value column, and says which columns are missing", () => {
    const noValue = table(
      TABLES.indicators,
      "Indicators",
      ["Code", "City", "Year"],
      [["6.1.1", "Nakuru", 2022]],
    );
    const { assessment, problems } = readAssessment({ [TABLES.indicators]: noValue });
    expect(assessment).toBeNull();
    expect(problems[0]).toMatchObject({
      address: "C2C_Indicators",
      message:
        'C2C_Indicators has no "Value" column (headers are matched ignoring case and spaces), so it is not read',
      severity: "warning",
    });
    expect(problems[1]?.severity).toBe("error");
  });

  it("reports a second column with the same header and reads the first", () => {
    const twice = table(
      TABLES.indicators,
      "Indicators",
      [...INDICATOR_COLUMNS, "value"],
      [[...indicatorRow("6.1.1", "Nakuru", 2022, 5), 99]],
    );
    const { assessment, problems } = readAssessment({ [TABLES.indicators]: twice });
    expect(assessment?.indicators[0]?.value).toBe(5);
    expect(problems).toMatchObject([
      {
        address: "Indicators!N1",
        message: 'C2C_Indicators has a second column headed "value"; only the first one is read',
        severity: "warning",
      },
    ]);
  });
});
