import fc from "fast-check";
import { scoreAssessment } from "../../../src/engine/assessment";
import type { CellValue } from "../../../src/engine/cells";
import { TABLES } from "../../../src/engine/model/contract";
import { readAssessment } from "../../../src/engine/read";
import {
  indicatorRow,
  indicatorsTable,
  INDICATOR_COLUMNS,
  keyValueTable,
  partnershipTable,
  table,
} from "./tableBuilder";

const CHECKLIST_HEADERS = [
  "Principle",
  "Item ID",
  "Item",
  "R1",
  "R2",
  "R3",
  "R4",
  "R5",
  "Item score",
  "Spread",
  "Evidence",
];

describe("readAssessment", () => {
  it("stops with an error, and no assessment, when there is neither a checklist nor an indicator table", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.partnership]: partnershipTable([["Partner cities", "A, B"]]),
      [TABLES.checklist]: null,
      [TABLES.indicators]: null,
    });
    expect(assessment).toBeNull();
    expect(problems).toMatchObject([
      {
        address: "C2C_Checklist, C2C_Indicators",
        message:
          "the workbook has neither a readable C2C_Checklist nor a readable C2C_Indicators table (found by name, ignoring case), so there is nothing to score",
        severity: "error",
      },
    ]);
  });

  it("finds tables by name ignoring case, remembers their sheets, and applies defaults for absent tables", () => {
    const { assessment, problems } = readAssessment({
      c2c_indicators: table("c2c_INDICATORS", "Partner data", INDICATOR_COLUMNS, [
        indicatorRow("6.1.1", "Nakuru", 2022, 5),
      ]),
    });
    expect(problems).toEqual([]);
    expect(assessment?.sheets).toEqual({ indicators: "Partner data" });
    expect(assessment?.checklist).toEqual([]);
    expect(assessment?.actions).toEqual([]);
    expect(assessment?.settings.worstValueMode).toBe("fixed");
  });

  it("takes the partner cities from the indicator table when the workbook does not name them", () => {
    const { assessment } = readAssessment({
      [TABLES.indicators]: indicatorsTable([
        indicatorRow("6.1.1", "Nakuru", 2022, 5),
        indicatorRow("6.1.1", "Malmö", 2022, 5),
        indicatorRow("6.2.1", "nakuru", 2022, 5),
      ]),
    });
    expect(assessment?.partnership.cities).toEqual(["Nakuru", "Malmö"]);
  });

  it("names problems on the sheet the table is on, quoting sheet names that need it", () => {
    const { problems } = readAssessment({
      [TABLES.indicators]: table(TABLES.indicators, "Partner data", INDICATOR_COLUMNS, [
        indicatorRow("6.1.1", "Nakuru", 2022, "lots"),
      ]),
    });
    expect(problems.map((problem) => problem.address)).toEqual(["'Partner data'!F2"]);
  });

  it("reads and scores the framework's worked examples from tables", () => {
    const { assessment, problems } = readAssessment({
      [TABLES.settings]: keyValueTable(TABLES.settings, "Settings", [["Contested threshold", 3]]),
      [TABLES.checklist]: table(TABLES.checklist, "Checklist", CHECKLIST_HEADERS, [
        ["TA", "TA1", null, 2, 4, 5, "n/a", "?", null, null, null],
        ["DATA", "DATA1", null, 3, null, null, null, null, null, null, null],
        ["DATA", "DATA2", null, 4, null, null, null, null, null, null, null],
        ["DATA", "DATA3", null, "?", null, null, null, null, null, null, null],
        ["DATA", "DATA4", null, "?", null, null, null, null, null, null, null],
        ["DATA", "DATA5", null, "?", null, null, null, null, null, null, null],
        ["DATA", "DATA6", null, "n/a", null, null, null, null, null, null, null],
      ]),
      [TABLES.indicators]: indicatorsTable([
        indicatorRow("6.1.1", "Nakuru", 2022, 75),
        indicatorRow("6.2.1", "Nakuru", 2022, 90),
        indicatorRow("6.3.1", "Nakuru", 2022, null),
      ]),
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/6\.3\.1 is on the long list/) as string,
    ]);
    if (assessment === null) throw new Error("no assessment");
    const scores = scoreAssessment(assessment);
    expect(scores.items[0]?.score).toBeCloseTo(3.667, 3);
    expect(scores.items[0]?.consensus).toBeCloseTo(0.376, 3);
    expect(scores.items[0]?.contested).toBe(true);
    expect(scores.principles.find((principle) => principle.principle === "DATA")).toMatchObject({
      score: null,
      itemsAnswered: 2,
      itemsApplicable: 5,
    });
    expect(scores.goalIndices[0]?.index).toBeCloseTo(82.5, 9);
    expect(scores.goalIndices[0]?.coverage).toBeCloseTo(2 / 3, 9);
    expect(scores.goalIndices[0]?.band).toBe("Challenges remain");
  });

  it("never throws on arbitrary cell contents, and every problem names a cell or a table", () => {
    const cell = fc.oneof(
      fc.constant<CellValue>(null),
      fc.string({ maxLength: 6 }),
      fc.double(),
      fc.integer({ min: -5, max: 2100 }),
      fc.boolean(),
      fc.constantFrom<CellValue>(
        { errorCode: "#N/A" },
        { errorCode: "#VALUE!" },
        "n/a",
        "?",
        "6.1.1",
        "1.2.1",
        "TA1",
        "Nakuru",
        "peer",
        "y",
      ),
    );
    const rows = (width: number) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 });
    fc.assert(
      fc.property(
        rows(INDICATOR_COLUMNS.length),
        rows(CHECKLIST_HEADERS.length),
        rows(2),
        (indicatorRows, checklistRows, settingRows) => {
          const { assessment, problems } = readAssessment({
            [TABLES.indicators]: indicatorsTable(indicatorRows),
            [TABLES.checklist]: table(
              TABLES.checklist,
              "Checklist",
              CHECKLIST_HEADERS,
              checklistRows,
            ),
            [TABLES.settings]: table(TABLES.settings, "Settings", ["Key", "Value"], settingRows),
          });
          expect(assessment).not.toBeNull();
          for (const problem of problems)
            expect(problem.address).toMatch(/^(Indicators|Checklist|Settings)![A-Z]+\d+$|^C2C_/);
          if (assessment !== null) expect(() => scoreAssessment(assessment)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });
});
