// The programme workbook's sheets and tables, recomputed: every formula of the plan is evaluated by
// the test oracle (tests/oracle, written from Microsoft's documentation, not from the engine) over
// the cells the plan writes, and must give the value the plan caches; the worked example of
// framework.md §6 reads off the Programme sheet.

import { scoreAssessment } from "../../../src/engine/assessment";
import { pilotProgramme } from "../../../src/engine/demo";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import { assertValidPlan } from "../../../src/engine/plan/validatePlan";
import {
  CITIES_SHEET,
  consolidate,
  GOALS_SHEET,
  OBJECTIVES_SHEET,
  programmePlan,
  PROGRAMME_GOALS_TABLE,
  PROGRAMME_OBJECTIVES_TABLE,
  PROGRAMME_SHEET,
  summarisePartnership,
  type CityGoal,
  type CityObjective,
  type PartnershipSummary,
  type Programme,
} from "../../../src/engine/programme";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { recalculate, sameValue } from "../formula/liveEvaluator";
import { summary } from "./programmeFixtures";

const options = { stamp: { generatedOn: "2026-11-28" }, sampleData: false };

function programmeOf(summaries: readonly PartnershipSummary[]): Programme {
  const { programme, problems } = consolidate(summaries, { force: false });
  if (programme === null) throw new Error(JSON.stringify(problems));
  return programme;
}

const sheetOf = (plan: WorkbookPlan, name: string): SheetPlan => {
  const sheet = plan.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
};
const cellAt = (sheet: SheetPlan, address: string): CellPlan | undefined =>
  sheet.cells.find((cell) => cell.address === address);
const rowOf = (address: string): number => Number(/\d+$/.exec(address)?.[0]);
/** The values of a row of the sheet from column A, as far as `width`. */
function rowValues(sheet: SheetPlan, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, index) => {
    const letter = String.fromCharCode(65 + index);
    return cellAt(sheet, `${letter}${row}`)?.value ?? null;
  });
}

/** Every formula cell whose cached value the oracle's recomputation contradicts. */
async function disagreements(plan: WorkbookPlan): Promise<{ count: number; wrong: unknown[] }> {
  const workbook = MemoryWorkbook.empty();
  await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
  const { values } = recalculate(workbook);
  const wrong: unknown[] = [];
  let count = 0;
  for (const sheet of plan.sheets)
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      count += 1;
      const recomputed = values.get(`${sheet.name}!${cell.address}`) ?? null;
      if (!sameValue(cell.value, recomputed))
        wrong.push({ cell: `${sheet.name}!${cell.address}`, cached: cell.value, recomputed });
    }
  return { count, wrong };
}

const goal = (city: string, number: number, index: number | null, coverage: number): CityGoal => ({
  city,
  goal: number,
  year: 2024,
  index,
  coverage,
  band: index === null ? "No data" : "Challenges remain",
  trend: "Stagnating",
});
const objective = (city: string, index: number, coverage: number): CityObjective => ({
  city,
  objective: "GRN",
  year: 2024,
  index,
  coverage,
  band: "Significant challenges",
});

describe("the programme workbook: the worked example of framework.md §6", () => {
  // A1 80 (100 %), A2 40 (50 %); B1 60 (100 %), B2 30 (25 %); threshold 50 %. A goal 11 with one
  // city without a value, so the goals' slices and the no-data count are exercised too.
  const a = summary("a.xlsx", {
    cities: ["A1", "A2"],
    sdgIndices: [
      { city: "A1", year: 2024, index: 80 },
      { city: "A2", year: 2024, index: 40 },
    ],
    sdgTrends: [
      { city: "A1", trend: "On track" },
      { city: "A2", trend: "Stagnating" },
    ],
    goals: [
      goal("A1", 6, 80, 1),
      goal("A1", 11, 70, 1),
      goal("A2", 6, 40, 0.5),
      goal("A2", 11, null, 0),
    ],
    objectives: [objective("A1", 75, 1), objective("A2", 40, 0.5)],
    goalRows: [{ city: "A1", goal: 6, rows: 4, withValue: 4 }],
  });
  const b = summary("b.xlsx", {
    cities: ["B1", "B2"],
    sdgIndices: [
      { city: "B1", year: 2024, index: 60 },
      { city: "B2", year: 2024, index: 30 },
    ],
    sdgTrends: [
      { city: "B1", trend: "On track" },
      { city: "B2", trend: "Decreasing" },
    ],
    goals: [goal("B1", 6, 60, 1), goal("B2", 6, 30, 0.25)],
    objectives: [objective("B1", 60, 1), objective("B2", 30, 0.25)],
    goalRows: [{ city: "B1", goal: 6, rows: 4, withValue: 3 }],
  });
  const plan = programmePlan(programmeOf([a, b]), options);
  const programmeSheet = sheetOf(plan, PROGRAMME_SHEET);
  const goals = sheetOf(plan, GOALS_SHEET);

  it("is a valid plan", () => {
    expect(() => {
      assertValidPlan(plan);
    }).not.toThrow();
  });

  it("writes C2C_ProgrammeGoals sorted by goal, then partnership and city, with the counted index", () => {
    expect(goals.tables?.map((table) => [table.name, table.range, table.columns.length])).toEqual([
      [PROGRAMME_GOALS_TABLE, "A4:M10", 13],
    ]);
    expect(
      [5, 6, 7, 8, 9, 10].map((row) => [
        cellAt(goals, `C${row}`)?.value,
        cellAt(goals, `E${row}`)?.value,
        cellAt(goals, `J${row}`)?.value,
      ]),
    ).toEqual([
      ["A1", 6, 80],
      ["A2", 6, 40],
      ["B1", 6, 60],
      ["B2", 6, ""],
      ["A1", 11, 70],
      ["A2", 11, ""],
    ]);
    // Last, each city's overall SDG index trend, on every row of the city.
    expect([5, 6, 7, 8, 9, 10].map((row) => cellAt(goals, `M${row}`)?.value)).toEqual([
      "On track",
      "Stagnating",
      "On track",
      "Decreasing",
      "On track",
      "Stagnating",
    ]);
    expect(cellAt(goals, "M4")?.value).toBe("City SDG index trend");
    expect(cellAt(goals, "J5")?.formula?.portable).toBe(
      '=IF(AND(ISNUMBER(Goals!$F$5),Goals!$G$5>=Programme!$C$20),Goals!$F$5,"")',
    );
    expect(
      goals.charts?.map((chart) => [chart.kind, chart.series[0]?.xValues, chart.series[0]?.values]),
    ).toEqual([["scatter", "E5:E10", "J5:J10"]]);
  });

  it("writes C2C_ProgrammeObjectives, one row per city and objective", () => {
    const objectives = sheetOf(plan, OBJECTIVES_SHEET);
    expect(objectives.tables?.map((table) => [table.name, table.range])).toEqual([
      [PROGRAMME_OBJECTIVES_TABLE, "A4:H8"],
    ]);
    expect(rowValues(objectives, 8, 8)).toEqual([
      "b.xlsx",
      "Partnership of b.xlsx",
      "B2",
      2024,
      "GRN",
      30,
      0.25,
      "",
    ]);
  });

  it("shows SDG 6 across the programme: mean 60.0 over 3 cities, B2 counted apart as low coverage", () => {
    const sdg6 = programmeSheet.cells.find(
      (cell) => cell.address.startsWith("A") && cell.value === 6,
    );
    const row = rowOf(sdg6?.address ?? "");
    // Goal, name, mean, band, counted, median, quartiles (QUARTILE.INC of 40, 60, 80), min, max, low, no data, data coverage.
    expect(rowValues(programmeSheet, row, 13)).toEqual([
      6,
      expect.any(String),
      expect.closeTo(60, 9),
      "Significant challenges",
      3,
      60,
      50,
      70,
      40,
      80,
      1,
      0,
      7 / 8,
    ]);
    const sdg11 = rowValues(programmeSheet, row + 1, 13);
    expect(sdg11.slice(2, 12)).toEqual([70, "Significant challenges", 1, 70, 70, 70, 70, 70, 0, 1]);
  });

  it("gives the overall SDG index over every city with one, and trend shares per goal", () => {
    const overall = programmeSheet.cells.find(
      (cell) => cell.value === "SDG" && cell.address.startsWith("A"),
    );
    expect(rowValues(programmeSheet, rowOf(overall?.address ?? ""), 12).slice(2)).toEqual([
      52.5,
      "Significant challenges",
      4,
      50,
      37.5,
      65,
      30,
      80,
      "",
      0,
    ]);
    const trendHeading = programmeSheet.cells.find(
      (cell) => cell.value === "Trend classes per goal",
    );
    const first = rowOf(trendHeading?.address ?? "") + 2;
    // SDG 6: four cities, all Stagnating (the fixture's trend), SDG 11 two; overall: 2 on track, 1 stagnating, 1 decreasing.
    expect(rowValues(programmeSheet, first, 9).slice(2)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(rowValues(programmeSheet, first + 2, 9).slice(2)).toEqual([0, 0.5, 0, 0.25, 0.25, 0, 0]);
  });

  it("draws the cities × goals heat map from the Goals table, grey below the threshold", () => {
    const cities = sheetOf(plan, CITIES_SHEET);
    expect(rowValues(cities, 7, 9)).toEqual([
      "A1",
      "Partnership of a.xlsx",
      2024,
      80,
      "On track",
      80,
      70,
      null,
      1,
    ]);
    expect(cellAt(cities, "F7")?.formula?.portable).toBe('=IF(ISNUMBER(Goals!$F$5),Goals!$F$5,"")');
    const heatMap = cities.conditionalFormats?.find((format) => format.range === "F7:G10");
    expect(heatMap?.rules[0]).toEqual({
      kind: "expression",
      formula: "=AND(ISNUMBER(F7),I7<0.5)",
      highlight: expect.objectContaining({ fill: "#BFBFBF" }) as unknown,
    });
  });

  it("caches, in every formula cell, what the oracle recomputes from the tables", async () => {
    const { count, wrong } = await disagreements(plan);
    expect(count).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
  });
});

describe("the demo programme's workbook recomputed by the oracle", () => {
  it("agrees on every formula", async () => {
    const summaries = pilotProgramme().map((assessment, index) =>
      summarisePartnership(
        `partnership-${index + 1}.xlsx`,
        assessment,
        scoreAssessment(assessment),
      ),
    );
    const { count, wrong } = await disagreements(programmePlan(programmeOf(summaries), options));
    expect(count).toBeGreaterThan(1000);
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 60_000);

  it("gives the trend classes' chart two rows per goal, so LibreOffice shows every goal's name", () => {
    const summaries = pilotProgramme().map((assessment, index) =>
      summarisePartnership(`p${index + 1}.xlsx`, assessment, scoreAssessment(assessment)),
    );
    const programme = programmeOf(summaries);
    const sheet = sheetOf(programmePlan(programme, options), PROGRAMME_SHEET);
    const chart = sheet.charts?.find((entry) => entry.title.startsWith("Share of cities"));
    const [top = "", bottom = ""] = (chart?.anchor ?? "").split(":");
    expect(programme.goals.length).toBe(8);
    // Rows top to bottom inclusive: 10 + 2 per goal + 1.
    expect(rowOf(bottom) - rowOf(top)).toBe(10 + 2 * 8);
  });
});
