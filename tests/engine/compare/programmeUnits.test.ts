// Reading the partnerships back from a programme workbook's C2C_Programme table: the table as
// programmePlan writes it, and a table with the slips a coordinator's hand edits leave behind.

import { catalogue } from "../../../src/engine/catalogue";
import type { CellValue } from "../../../src/engine/cells";
import { PROGRAMME_ROUNDING_NOTE, programmeUnitsFromTable } from "../../../src/engine/compare";
import { normaliseHeader } from "../../../src/engine/plan/headers";
import type { TableData } from "../../../src/engine/plan/tableData";
import { columnLetters } from "../../../src/engine/plan/address";

const HEADERS = [
  "Source",
  "Partnership",
  "Cities",
  "Respondents",
  ...catalogue.principles.map((principle) => principle.id),
  "Alignment",
  "Contested items",
  "Indicator coverage",
  "SDG index (latest year, by city)",
];

function table(
  rows: readonly (readonly CellValue[])[],
  headers: readonly string[] = HEADERS,
  name = "C2C_Programme",
  sheet = "Partnerships",
): TableData {
  return {
    name,
    sheet,
    range: `A4:${columnLetters(headers.length)}${4 + rows.length}`,
    columns: headers.map((header, index) => ({
      header,
      key: normaliseHeader(header),
      column: columnLetters(index + 1),
    })),
    rows: rows.map((cells, at) => ({
      row: 5 + at,
      cells: headers.map((_, index) => ({
        value: cells[index] ?? null,
        address: `${sheet}!${columnLetters(index + 1)}${5 + at}`,
      })),
    })),
  };
}

const principles = (...scores: CellValue[]): CellValue[] =>
  catalogue.principles.map((_, index) => scores[index] ?? null);

describe("programmeUnitsFromTable", () => {
  it("reads each row: source, name, principle scores, alignment and the cities' indices", () => {
    const read = programmeUnitsFromTable(
      table([
        [
          "a.xlsx",
          "Lyon–Rabat",
          "Lyon, Rabat",
          6,
          ...principles(3.5, 2.25, null, 4),
          3.1,
          2,
          0.9,
          "Lyon 72.4 (2024) · Rabat no data (2023)",
        ],
        ["b.xlsx", "Kisumu–Malmö", "Kisumu, Malmö", 4, ...principles(), null, 0, null, ""],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.notes).toEqual([PROGRAMME_ROUNDING_NOTE]);
    expect(read.units).toHaveLength(2);
    expect(read.units[0]).toMatchObject({
      source: "a.xlsx",
      name: "Lyon–Rabat",
      alignment: 3.1,
      sdgIndices: [
        { city: "Lyon", year: 2024, index: 72.4 },
        { city: "Rabat", year: 2023, index: null },
      ],
    });
    expect(read.units[0]?.principleScores).toMatchObject({
      TA: 3.5,
      MLG: 2.25,
      URL: null,
      DATA: 4,
      DIG: null,
    });
    expect(read.units[1]).toMatchObject({ source: "b.xlsx", alignment: null, sdgIndices: [] });
  });

  it("reads a French or Spanish workbook's cities' indices, written with the decimal comma", () => {
    const read = programmeUnitsFromTable(
      table([
        [
          "a.xlsx",
          "Lyon–Rabat",
          "Lyon, Rabat",
          6,
          ...principles(3.5),
          3.1,
          2,
          0.9,
          "Lyon 72,4 (2024) · Rabat Pas de données (2023) · Quito 40,05 (2022)",
        ],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.units[0]?.sdgIndices).toEqual([
      { city: "Lyon", year: 2024, index: 72.4 },
      { city: "Rabat", year: 2023, index: null },
      { city: "Quito", year: 2022, index: 40.05 },
    ]);
  });

  it("warns about each cell it cannot read, names it, and counts it as no score", () => {
    const read = programmeUnitsFromTable(
      table([
        [
          null,
          "Odd",
          "",
          3,
          ...principles("high", 7, "2.5"),
          "#N/A",
          0,
          null,
          "Lyon 72.4 · Rabat 40 (2024)",
        ],
        [null, null, "", null, ...principles(3), null, null, null, null],
        [null, null, null, null, ...principles(), null, null, null, null],
      ]),
    );
    expect(read.units).toHaveLength(1);
    expect(read.units[0]).toMatchObject({
      source: "Partnerships row 5",
      name: "Odd",
      alignment: null,
      sdgIndices: [{ city: "Rabat", year: 2024, index: 40 }],
    });
    expect(read.units[0]?.principleScores).toMatchObject({ TA: null, MLG: null, URL: 2.5 });
    expect(read.problems).toMatchObject([
      {
        address: "Partnerships!E5",
        message:
          'the text "high" is not a number; a principle score or alignment is a number from 1 to 5, so this counts as no score',
        severity: "warning",
      },
      {
        address: "Partnerships!F5",
        message: "7 is outside 1–5, so it counts as no score",
        severity: "warning",
      },
      {
        address: "Partnerships!O5",
        message:
          'the text "#N/A" is not a number; a principle score or alignment is a number from 1 to 5, so this counts as no score',
        severity: "warning",
      },
      {
        address: "Partnerships!R5",
        message:
          '"Lyon 72.4" is not "City 72.4 (2024)" or "City no data (2024)", so it is left out of the partnership\'s SDG index',
        severity: "warning",
      },
      {
        address: "Partnerships!B6",
        message: "the row has no partnership name, so it is left out of the comparison",
        severity: "warning",
      },
    ]);
  });

  it("refuses a table without the principle or partnership columns, naming them", () => {
    const read = programmeUnitsFromTable(table([["a.xlsx", "X"]], ["Source", "Partnership", "TA"]));
    expect(read.units).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ address: "C2C_Programme", severity: "error" });
    expect(read.problems[0]?.message).toBe(
      'C2C_Programme has no "Alignment", "MLG", "URL", "DATA", "ME", "P2P", "CAP", "STK", "FIN", "DIG" columns, so its partnerships cannot be compared',
    );
  });

  it("takes the cities' SDG indices from C2C_ProgrammeGoals when there is one, at full precision", () => {
    const goalHeaders = [
      "Source",
      "Partnership",
      "City",
      "Year",
      "Goal",
      "Index",
      "Coverage",
      "Band",
      "Trend",
      "Counted index",
    ];
    // Lyon: goals 6 and 11 in 2024 (mean 65.125), goal 7 only in 2022 (not of the latest year);
    // Rabat: no index in any year. Sorted by goal, as consolidate writes it.
    const goals = table(
      [
        ["a.xlsx", "Lyon–Rabat", "Lyon", 2024, 6, 70.25, 1, "", "", 70.25],
        ["a.xlsx", "Lyon–Rabat", "Rabat", 2023, 6, null, 0, "", "", ""],
        ["a.xlsx", "Lyon–Rabat", "Lyon", 2022, 7, 90, 1, "", "", 90],
        ["a.xlsx", "Lyon–Rabat", "Lyon", 2024, 11, 60, 0.5, "", "", 60],
        ["a.xlsx", "Lyon–Rabat", "Rabat", 2023, 11, "n/a", 0, "", "", ""],
      ],
      goalHeaders,
      "C2C_ProgrammeGoals",
      "Goals",
    );
    const read = programmeUnitsFromTable(
      table([
        [
          "a.xlsx",
          "Lyon–Rabat",
          "Lyon, Rabat",
          6,
          ...principles(3.5),
          3.1,
          2,
          0.9,
          "Lyon 72.4 (2024) · Rabat no data (2023)",
        ],
        ["b.xlsx", "Kisumu–Malmö", "Kisumu, Malmö", 4, ...principles(), null, 0, null, ""],
      ]),
      goals,
    );
    expect(read.notes).toEqual([]);
    expect(read.units.map((unit) => unit.sdgIndices)).toEqual([
      [
        { city: "Lyon", year: 2024, index: 65.125 },
        { city: "Rabat", year: 2023, index: null },
      ],
      [],
    ]);
    expect(read.problems).toMatchObject([
      {
        address: "Goals!F9",
        message: expect.stringContaining("is not a number") as unknown,
        severity: "warning",
      },
    ]);
  });
});
