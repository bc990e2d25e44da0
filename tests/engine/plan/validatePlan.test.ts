import { PlanError } from "../../../src/engine/plan/planError";
import type { ChartPlan, SheetPlan, TablePlan, WorkbookPlan } from "../../../src/engine/plan/types";
import { assertValidPlan, validatePlan } from "../../../src/engine/plan/validatePlan";
import { samplePlan } from "../../host/fixtures/samplePlan";

function withSheet(change: Partial<SheetPlan>): WorkbookPlan {
  const plan = samplePlan();
  const [first] = plan.sheets;
  return { ...plan, sheets: [{ ...first!, ...change }] };
}

const table: TablePlan = {
  name: "T",
  range: "A1:B3",
  columns: ["A", "B"],
  style: "TableStyleMedium2",
  showRowStripes: true,
};
const chart: ChartPlan = {
  kind: "bar",
  title: "C",
  anchor: "H1:M9",
  categories: "A4:A6",
  series: [{ name: "s", values: "B4:B6" }],
};

describe("validatePlan", () => {
  it("finds nothing wrong with a plan that uses every part", () => {
    expect(validatePlan(samplePlan())).toEqual([]);
    expect(() => {
      assertValidPlan(samplePlan());
    }).not.toThrow();
  });

  it("is JSON-serialisable: a plan survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(samplePlan()))).toEqual(samplePlan());
  });

  it.each<[string, WorkbookPlan, string]>([
    [
      "a bad colour",
      { ...samplePlan(), styles: { x: { fill: "red" } } },
      'style "x" fill: "red" is not a #RRGGBB colour',
    ],
    [
      "a bad font size",
      { ...samplePlan(), styles: { x: { fontSize: 0 } } },
      'style "x": font size 0 is outside 1–409 points',
    ],
    [
      "a sheet planned twice",
      {
        ...samplePlan(),
        sheets: [...samplePlan().sheets, { name: "SCOREBOARD", owned: false, cells: [] }],
      },
      'the sheet "SCOREBOARD" is planned twice',
    ],
    [
      "a bad address",
      withSheet({ cells: [{ address: "A0", value: 1 }] }),
      'sheet "Scoreboard", cell A0: not a cell address',
    ],
    [
      "a cell planned twice",
      withSheet({
        cells: [
          { address: "A1", value: 1 },
          { address: "$A$1", value: 2 },
        ],
      }),
      'sheet "Scoreboard", cell $A$1: planned twice',
    ],
    [
      "a non-finite number",
      withSheet({ cells: [{ address: "A1", value: Number.NaN }] }),
      'sheet "Scoreboard", cell A1: NaN is not a finite number',
    ],
    [
      "a formula without =",
      withSheet({
        cells: [
          { address: "A1", value: 1, formula: { live: "=C2C.SCORE(1,0,2)", portable: "MIN(1)" } },
        ],
      }),
      'sheet "Scoreboard", cell A1: the portable formula does not start with "="',
    ],
    [
      "an unknown style",
      withSheet({ cells: [{ address: "A1", value: 1, style: "nope" }] }),
      'sheet "Scoreboard", cell A1: unknown style "nope"',
    ],
    [
      "a table without data row",
      withSheet({ cells: [], tables: [{ ...table, range: "A1:B1" }] }),
      'sheet "Scoreboard", table "T": a table needs a header row and at least one data row',
    ],
    [
      "a table with too few names",
      withSheet({ cells: [], tables: [{ ...table, columns: ["A"] }] }),
      'sheet "Scoreboard", table "T": 1 column names for a range 2 columns wide',
    ],
    [
      "a table with a repeated column",
      withSheet({ cells: [], tables: [{ ...table, columns: ["A", "a"] }] }),
      'sheet "Scoreboard", table "T": the column "a" appears twice',
    ],
    [
      "a table with an unknown style",
      withSheet({ cells: [], tables: [{ ...table, style: "Fancy" }] }),
      'sheet "Scoreboard", table "T": "Fancy" is not a built-in table style',
    ],
    [
      "a header cell that differs",
      withSheet({ cells: [{ address: "B1", value: "Other" }], tables: [table] }),
      'sheet "Scoreboard", table "T": the header cell B1 must hold the column name "B"',
    ],
    [
      "overlapping tables",
      withSheet({ cells: [], tables: [table, { ...table, name: "U", range: "B2:C3" }] }),
      'sheet "Scoreboard": the tables "T" and "U" overlap',
    ],
    [
      "a table named like a cell",
      withSheet({ cells: [], tables: [{ ...table, name: "AB12" }] }),
      'sheet "Scoreboard", table "AB12": the name "AB12" reads as a cell reference',
    ],
    [
      "a list with a comma",
      withSheet({ validations: [{ range: "A1", list: { values: ["a,b"] }, allowBlank: true }] }),
      'sheet "Scoreboard", validation of A1: an allowed value contains a comma or a quote',
    ],
    [
      "an empty list",
      withSheet({ validations: [{ range: "A1", list: { values: [] }, allowBlank: true }] }),
      'sheet "Scoreboard", validation of A1: the list of allowed values is empty',
    ],
    [
      "a list over 255 characters",
      withSheet({
        validations: [
          { range: "A1", list: { values: ["x".repeat(200), "y".repeat(60)] }, allowBlank: true },
        ],
      }),
      'sheet "Scoreboard", validation of A1: the allowed values exceed 255 characters; use a range',
    ],
    [
      "a long prompt title",
      withSheet({
        validations: [
          {
            range: "A1",
            list: { range: "Z1:Z5" },
            allowBlank: true,
            prompt: { title: "t".repeat(33), text: "ok" },
          },
        ],
      }),
      'sheet "Scoreboard", validation of A1, prompt: title longer than 32 characters',
    ],
    [
      "a rule-less conditional format",
      withSheet({ conditionalFormats: [{ range: "A1:A5", rules: [] }] }),
      'sheet "Scoreboard", conditional format of A1:A5: no rules',
    ],
    [
      "an expression without =",
      withSheet({
        conditionalFormats: [
          {
            range: "A1",
            rules: [{ kind: "expression", formula: "A1>1", highlight: { fill: "#000000" } }],
          },
        ],
      }),
      'sheet "Scoreboard", conditional format of A1, rule 1: the formula does not start with "="',
    ],
    [
      "a two-dimensional category range",
      withSheet({ charts: [{ ...chart, categories: "A4:B6" }] }),
      'sheet "Scoreboard", chart "C", categories: "A4:B6" must be a single row or column',
    ],
    [
      "series and categories of different lengths",
      withSheet({ charts: [{ ...chart, series: [{ name: "s", values: "B4:B5" }] }] }),
      'sheet "Scoreboard", chart "C", series "s": 2 values for 3 categories',
    ],
    [
      "a chart without series",
      withSheet({ charts: [{ ...chart, series: [] }] }),
      'sheet "Scoreboard", chart "C": no series',
    ],
    [
      "a radar chart with a bar direction",
      withSheet({ charts: [{ ...chart, kind: "radar", barDirection: "vertical" }] }),
      'sheet "Scoreboard", chart "C": a radar chart has no bar direction',
    ],
    [
      "an inverted axis",
      withSheet({ charts: [{ ...chart, valueAxis: { min: 5, max: 1 } }] }),
      'sheet "Scoreboard", chart "C": axis minimum ≥ maximum',
    ],
    [
      "a bad column width",
      withSheet({ columnWidths: { A1: 10, B: 300 } }),
      'sheet "Scoreboard": "A1" is not a column',
    ],
    [
      "fractional frozen rows",
      withSheet({ freeze: { rows: 1.5, columns: 0 } }),
      'sheet "Scoreboard": frozen rows and columns must be whole numbers ≥ 0',
    ],
    [
      "a bad unlocked range",
      withSheet({ protection: { unlockedRanges: ["E2:"] } }),
      'sheet "Scoreboard", unlocked range: "E2:" is not an A1 range',
    ],
    [
      "a defined name that clashes with a table",
      { ...samplePlan(), names: [{ name: "c2c_principles", sheet: "Scoreboard", range: "A1" }] },
      'defined name "c2c_principles": the name "c2c_principles" is used twice',
    ],
    [
      "a defined name with a bad range",
      { ...samplePlan(), names: [{ name: "X", sheet: "Scoreboard", range: "1A" }] },
      'defined name "X": "1A" is not an A1 range',
    ],
    [
      "an edit of a planned sheet",
      { ...samplePlan(), edits: [{ sheet: "Scoreboard", cells: [] }] },
      'edit of sheet "Scoreboard": the plan also creates this sheet; put these cells in its sheet plan',
    ],
    [
      "settings that claim owned sheets",
      { ...samplePlan(), settings: { ownedSheets: "[]" } },
      'the plan\'s settings may not set "ownedSheets"',
    ],
  ])("reports %s", (_, plan, problem) => {
    expect(validatePlan(plan)).toContain(problem);
    expect(() => {
      assertValidPlan(plan);
    }).toThrow(PlanError);
  });

  it("lists every problem in the PlanError it throws", () => {
    const plan = withSheet({ cells: [{ address: "A0", value: 1 }], tabColour: "blue" });
    const error = (() => {
      try {
        assertValidPlan(plan);
        return undefined;
      } catch (caught: unknown) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).problems).toEqual([
      'sheet "Scoreboard", cell A0: not a cell address',
      'sheet "Scoreboard" tab colour: "blue" is not a #RRGGBB colour',
    ]);
    expect((error as PlanError).message).toContain("cell A0: not a cell address;");
  });
});
