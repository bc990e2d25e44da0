import { CATALOGUE_VERSION } from "../../../src/engine/catalogue";
import type { CellValue } from "../../../src/engine/cells";
import { TABLES } from "../../../src/engine/model/contract";
import { ProblemList, readAssessment, readPartnership } from "../../../src/engine/read";
import { partnershipTable, table } from "./tableBuilder";

function readAbout(rows: readonly (readonly [string, CellValue])[]) {
  const problems = new ProblemList();
  const partnership = readPartnership(partnershipTable(rows), problems);
  return {
    partnership,
    problems: problems.problems.map((problem) => [problem.address, problem.message]),
  };
}

describe("reading C2C_Partnership", () => {
  it("reads name, partner cities and countries (commas or semicolons), years, list and catalogue version", () => {
    const { partnership, problems } = readAbout([
      ["Partnership name", " Nakuru–Malmö "],
      ["Partner cities", "Nakuru ; Malmö,"],
      ["Countries", "Kenya, Sweden"],
      ["Start year", "2019"],
      ["Reporting year", 2024],
      ["List", "Long"],
      ["Catalogue version", CATALOGUE_VERSION],
    ]);
    expect(problems).toEqual([]);
    expect(partnership).toEqual({
      name: "Nakuru–Malmö",
      cities: ["Nakuru", "Malmö"],
      countries: ["Kenya", "Sweden"],
      startYear: 2019,
      reportingYear: 2024,
      list: "long",
      catalogueVersion: CATALOGUE_VERSION,
    });
  });

  it("defaults to an unnamed partnership on the simplified list without a table", () => {
    const problems = new ProblemList();
    expect(readPartnership(null, problems)).toEqual({
      name: "",
      cities: [],
      countries: [],
      startYear: null,
      reportingYear: null,
      list: "simplified",
      catalogueVersion: null,
    });
  });

  it("reports one partner city, an unreadable year, an unknown list and another catalogue version", () => {
    const { partnership, problems } = readAbout([
      ["Partner cities", "Nakuru"],
      ["Start year", "twenty nineteen"],
      ["Reporting year", 224],
      ["List", "short"],
      ["Catalogue version", "0.0.1-old"],
    ]);
    expect(partnership).toMatchObject({
      cities: ["Nakuru"],
      startYear: null,
      reportingYear: null,
      list: "simplified",
      catalogueVersion: "0.0.1-old",
    });
    expect(problems).toEqual([
      [
        "About!B2",
        'a partnership needs two or more partner cities, separated by commas; only "Nakuru" is given',
      ],
      [
        "About!B6",
        `the workbook was stamped with catalogue version 0.0.1-old; this version is ${CATALOGUE_VERSION}: blank worst and end values are taken from ${CATALOGUE_VERSION}`,
      ],
      [
        "About!B3",
        'the start year must be a year such as 2024, not the text "twenty nineteen"; it is treated as not given',
      ],
      [
        "About!B4",
        "the reporting year must be a year such as 2024, not the number 224; it is treated as not given",
      ],
      [
        "About!B5",
        'the list must be "simplified" or "long", not the text "short"; the simplified list is used',
      ],
    ]);
  });
});

const ACTION_HEADERS = [
  "ID",
  "Action",
  "Principle/Goal",
  "Owner",
  "Due",
  "Status",
  "Stakeholder input addressed",
  "Evidence",
];
const INDICATORS = table(TABLES.indicators, "Indicators", ["Code", "City", "Year", "Value"], []);

describe("reading C2C_Actions", () => {
  it("reads statuses ignoring case and punctuation, y/n flags, and due dates typed as dates", () => {
    const actions = table(TABLES.actions, "Actions", ACTION_HEADERS, [
      ["A1", "Map stakeholders", "STK", "Amina", 45839, "In-progress", "Yes", "minutes"],
      ["A2", "Open data portal", "SDG 11", "Lars", "Q3 2025", "DONE", "n", ""],
      ["A3", "Budget line", "Financing", "", null, null, null, ""],
    ]);
    const { assessment, problems } = readAssessment({
      [TABLES.actions]: actions,
      [TABLES.indicators]: INDICATORS,
    });
    expect(problems).toEqual([]);
    expect(assessment?.actions).toEqual([
      {
        id: "A1",
        action: "Map stakeholders",
        target: "STK",
        owner: "Amina",
        due: "2025-07-01",
        status: "in progress",
        stakeholderInputAddressed: true,
        evidence: "minutes",
        row: 2,
      },
      {
        id: "A2",
        action: "Open data portal",
        target: "SDG 11",
        owner: "Lars",
        due: "Q3 2025",
        status: "done",
        stakeholderInputAddressed: false,
        evidence: "",
        row: 3,
      },
      {
        id: "A3",
        action: "Budget line",
        target: "Financing",
        owner: "",
        due: "",
        status: null,
        stakeholderInputAddressed: null,
        evidence: "",
        row: 4,
      },
    ]);
  });

  it("reports an unknown status, an unreadable flag, a target that names nothing and a repeated id; every row still counts", () => {
    const actions = table(TABLES.actions, "Actions", ACTION_HEADERS, [
      ["A1", "x", "housing", "", null, "finished", "maybe", ""],
      ["a1", "y", "18", "", null, "planned", "y", ""],
    ]);
    const { assessment, problems } = readAssessment({
      [TABLES.actions]: actions,
      [TABLES.indicators]: INDICATORS,
    });
    expect(
      assessment?.actions.map((action) => [action.status, action.stakeholderInputAddressed]),
    ).toEqual([
      [null, null],
      ["planned", true],
    ]);
    expect(problems.map((problem) => [problem.address, problem.message])).toEqual([
      ["Actions!C2", '"housing" names neither a principle (TA…DIG) nor an SDG (1 to 17)'],
      [
        "Actions!F2",
        'the text "finished" is not a status; use one of: planned, in progress, done, dropped',
      ],
      [
        "Actions!G2",
        'Stakeholder input addressed: the text "maybe" is not y or n; it is treated as not given',
      ],
      ["Actions!A3", "action a1 is listed again (first in row 2); both rows count as actions"],
      ["Actions!C3", '"18" names neither a principle (TA…DIG) nor an SDG (1 to 17)'],
    ]);
  });
});
