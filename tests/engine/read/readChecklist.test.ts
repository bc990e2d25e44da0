import type { CellValue } from "../../../src/engine/cells";
import { TABLES } from "../../../src/engine/model/contract";
import { readAssessment } from "../../../src/engine/read";
import { table } from "./tableBuilder";

const HEADERS = [
  "Principle",
  "Item ID",
  "Item",
  "Amina Otieno",
  "Lars Berg",
  "Item score",
  "Spread",
  "Evidence",
  "Notes",
];

function checklist(
  rows: readonly (readonly CellValue[])[],
  headers: readonly string[] = HEADERS,
  origin = { row: 1, column: 1 },
) {
  return table(TABLES.checklist, "Checklist", headers, rows, origin);
}

const STAKEHOLDERS = table(
  TABLES.stakeholders,
  "Stakeholders",
  ["Respondent", "Organisation", "Group", "City", "Role in the partnership"],
  [
    ["amina  otieno", "County of Nakuru", "Local Government", "Nakuru", "co-ordinator"],
    ["Lars Berg", "Malmö stad", "civil society", "Malmö", "workshop lead"],
  ],
);

describe("reading C2C_Checklist", () => {
  it("takes the columns between Item and Item score as respondents, matched to the stakeholder register by name", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist([
        ["TA", "TA1", "local challenges", 4, "n/a", null, null, "minutes", "my note"],
      ]),
      [TABLES.stakeholders]: STAKEHOLDERS,
    });
    expect(problems).toEqual([]);
    expect(assessment?.respondents).toEqual([
      {
        name: "Amina Otieno",
        organisation: "County of Nakuru",
        group: "local government",
        city: "Nakuru",
        role: "co-ordinator",
      },
      {
        name: "Lars Berg",
        organisation: "Malmö stad",
        group: "civil society",
        city: "Malmö",
        role: "workshop lead",
      },
    ]);
    expect(assessment?.checklist).toEqual([
      {
        principle: "TA",
        itemId: "TA1",
        item: "local challenges",
        answers: [4, "n/a"],
        evidence: "minutes",
        row: 2,
      },
    ]);
  });

  it("reports a respondent column without a row in the register, at its header cell", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist(
        [["TA", "TA1", "", 4, 3, null, null, null, null]],
        [
          "Principle",
          "Item ID",
          "Item",
          "Amina Otieno",
          "Guest",
          "Item score",
          "Spread",
          "Evidence",
          "Notes",
        ],
      ),
      [TABLES.stakeholders]: STAKEHOLDERS,
    });
    expect(assessment?.respondents[1]).toEqual({
      name: "Guest",
      organisation: "",
      group: null,
      city: "",
      role: "",
    });
    expect(problems).toMatchObject([
      {
        address: "Checklist!E1",
        message:
          'the respondent "Guest" has no row in the stakeholder register (C2C_Stakeholders); their answers count, without a group',
        severity: "warning",
      },
    ]);
  });

  it("does not ask for a register the workbook does not have", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist([["TA", "TA1", "", 4, 3, null, null, null, null]]),
    });
    expect(problems).toEqual([]);
    expect(assessment?.respondents.map((respondent) => respondent.group)).toEqual([null, null]);
  });

  it("keeps answers as the cells hold them and reports those that are not answers, at their cells (table not at A1)", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist(
        [["TA", "TA1", "", 7, "yes", null, null, null, null]],
        HEADERS,
        { row: 3, column: 2 },
      ),
    });
    expect(assessment?.checklist[0]?.answers).toEqual([7, "yes"]);
    expect(problems).toMatchObject([
      {
        address: "Checklist!E4",
        message:
          "the answer 7 is not on the scale: use a whole number from 1 to 5, n/a or ?; it is treated as missing",
        severity: "warning",
      },
      {
        address: "Checklist!F4",
        message: 'the text "yes" is not an answer: use 1 to 5, n/a or ?; it is treated as missing',
        severity: "warning",
      },
    ]);
  });

  it("finds the principle from the catalogue, a principle's name or the item id, and the item text from the catalogue", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist([
        [null, "ta1", null, 3, 3, null, null, null, null],
        ["Territorial approach", "TA2", "", 3, 3, null, null, null, null],
        [null, "DIG9", "our own item", 3, 3, null, null, null, null],
        ["p2p", "P2P1", "", 3, 3, null, null, null, null],
      ]),
    });
    expect(problems).toEqual([]);
    expect(
      assessment?.checklist.map((row) => [row.principle, row.itemId, row.item.slice(0, 20)]),
    ).toEqual([
      ["TA", "TA1", "addresses concrete l"],
      ["TA", "TA2", "creates synergies ac"],
      ["DIG", "DIG9", "our own item"],
      ["P2P", "P2P1", "regular in-person ex"],
    ]);
  });

  it("reports a principle that contradicts the catalogue (the row's is used) or names no principle", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist([
        ["MLG", "TA1", "", 3, 3, null, null, null, null],
        ["Governance", "TA2", "", 3, 3, null, null, null, null],
        ["Governance", "X1", "", 3, 3, null, null, null, null],
        [null, "X2", "", 3, 3, null, null, null, null],
      ]),
    });
    expect(assessment?.checklist.map((row) => [row.principle, row.itemId])).toEqual([
      ["MLG", "TA1"],
      ["TA", "TA2"],
    ]);
    expect(problems.map((problem) => [problem.address, problem.message])).toEqual([
      [
        "Checklist!A2",
        "item TA1 belongs to TA in the catalogue, but this row says MLG; the row's principle is used",
      ],
      [
        "Checklist!A3",
        '"Governance" is not a principle (use an id such as TA or a name such as Territorial approach); TA is used, from the item\'s id',
      ],
      [
        "Checklist!A4",
        '"Governance" is not a principle (use an id such as TA or a name such as Territorial approach); the row is not read',
      ],
      [
        "Checklist!B5",
        "item X2 has no principle, and its id does not say which; the row is not read",
      ],
    ]);
  });

  it("reads a repeated item once and skips rows without an item id (blank rows silently)", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist([
        ["TA", "TA1", "", 3, 3, null, null, null, null],
        ["TA", "ta1", "", 5, 5, null, null, null, null],
        ["TA", null, "", 2, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "a user's note"],
      ]),
    });
    expect(assessment?.checklist.map((row) => row.answers)).toEqual([[3, 3]]);
    expect(problems.map((problem) => [problem.address, problem.message])).toEqual([
      ["Checklist!B3", "item TA1 is listed again (first in row 2); this row is not read"],
      ["Checklist!B4", "a checklist row without an Item ID is not read"],
    ]);
  });

  it("without an Item score column, the respondents run up to Spread or Evidence, else to the last column", () => {
    const noScore = readAssessment({
      [TABLES.checklist]: checklist(
        [["TA", "TA1", "", 1, 2, "e"]],
        ["Principle", "Item ID", "Item", "A", "B", "Evidence"],
      ),
    });
    expect(noScore.assessment?.respondents.map((respondent) => respondent.name)).toEqual([
      "A",
      "B",
    ]);
    const bare = readAssessment({
      [TABLES.checklist]: checklist([["TA1", 1, 2, 3]], ["Item ID", "A", "B", "C"]),
    });
    expect(bare.assessment?.respondents.map((respondent) => respondent.name)).toEqual([
      "A",
      "B",
      "C",
    ]);
    expect(bare.assessment?.checklist[0]).toMatchObject({ principle: "TA", answers: [1, 2, 3] });
  });

  it("reads two columns with one respondent's name as two respondents, and says so", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist(
        [["TA", "TA1", "", 1, 5, null]],
        ["Principle", "Item ID", "Item", "Lars Berg", "lars berg", "Item score"],
      ),
    });
    expect(assessment?.checklist[0]?.answers).toEqual([1, 5]);
    expect(problems).toMatchObject([
      {
        address: "Checklist!E1",
        message: 'two respondent columns are headed "lars berg"; both are read, as two respondents',
        severity: "warning",
      },
    ]);
  });

  it("without an Item ID column the checklist is not read", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.checklist]: checklist([["TA", 3]], ["Principle", "A"]),
    });
    expect(assessment).toBeNull();
    expect(problems.map((problem) => problem.severity)).toEqual(["warning", "error"]);
  });
});

describe("reading C2C_Stakeholders", () => {
  it("reports an unknown group and a repeated respondent; without a checklist the register gives the respondents", () => {
    const register = table(
      TABLES.stakeholders,
      "Stakeholders",
      ["Respondent", "Organisation", "Group", "City", "Role in the partnership"],
      [
        ["Amina", "", "NGO", "Nakuru", ""],
        ["amina", "", "youth", "", ""],
        [null, "orphan org", "", "", ""],
        ["Lars", "", "privatesector", "", ""],
      ],
    );
    const { assessment, problems } = readAssessment({
      [TABLES.stakeholders]: register,
      [TABLES.indicators]: table(
        TABLES.indicators,
        "Indicators",
        ["Code", "City", "Year", "Value"],
        [],
      ),
    });
    expect(
      assessment?.respondents.map((respondent) => [respondent.name, respondent.group]),
    ).toEqual([
      ["Amina", null],
      ["Lars", "private sector"],
    ]);
    expect(problems.map((problem) => problem.address)).toEqual([
      "Stakeholders!C2",
      "Stakeholders!A3",
      "Stakeholders!A4",
    ]);
    expect(problems[0]?.message).toMatch(
      /^the text "NGO" is not a stakeholder group; use one of: local government, /,
    );
  });
});
