// The programme workbook read back from its tables (what `c2c report programme.xlsx` does): each
// city's overall SDG trend from the Goals table and each partnership's own rules from C2C_Programme,
// so the overall trend shares and the rules' disagreements come back as consolidated. Worked
// example: four cities, 2 on track, 1 stagnating, 1 decreasing → 50 %, 25 %, 25 %.

import {
  consolidate,
  programmePlan,
  PROGRAMME_GOALS_TABLE,
  PROGRAMME_OBJECTIVES_TABLE,
  PROGRAMME_TABLE,
  TREND_CLASSES,
  type CityGoal,
  type PartnershipSummary,
  type Programme,
} from "../../../src/engine/programme";
import type { TableData } from "../../../src/engine/plan/tableData";
import {
  MISSING_OVERALL_TRENDS,
  programmeFromTables,
  type ProgrammeReadBack,
} from "../../../src/engine/programme/readBack";
import type { TrendClass } from "../../../src/engine/scoring";
import { DEFAULT_SETTINGS, type ScoringSettings } from "../../../src/engine/settings";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { DAC_SOURCES_HEADERS } from "../../../src/engine/programme/tableHeaders";
import { summary } from "./programmeFixtures";

const goal = (city: string, number: number, index: number, trend: TrendClass): CityGoal => ({
  city,
  goal: number,
  year: 2024,
  index,
  coverage: 1,
  band: "Challenges remain",
  trend,
});

function partnerships(bSettings: ScoringSettings = DEFAULT_SETTINGS): PartnershipSummary[] {
  return [
    summary("a.xlsx", {
      cities: ["A1", "A2"],
      sdgIndices: [
        { city: "A1", year: 2024, index: 80 },
        { city: "A2", year: 2024, index: 40 },
      ],
      sdgTrends: [
        { city: "A1", trend: "On track" },
        { city: "A2", trend: "Stagnating" },
      ],
      goals: [goal("A1", 6, 80, "Achieved"), goal("A2", 6, 40, "Decreasing")],
    }),
    summary("b.xlsx", {
      cities: ["B1", "B2"],
      settings: bSettings,
      sdgIndices: [
        { city: "B1", year: 2024, index: 60 },
        { city: "B2", year: 2024, index: 30 },
      ],
      sdgTrends: [
        { city: "B1", trend: "On track" },
        { city: "B2", trend: "Decreasing" },
      ],
      goals: [goal("B1", 6, 60, "On track"), goal("B2", 11, 30, "Stagnating")],
    }),
  ];
}

function programmeOf(summaries: readonly PartnershipSummary[]): Programme {
  const { programme, problems } = consolidate(summaries, { force: false });
  if (programme === null) throw new Error(JSON.stringify(problems));
  return programme;
}

interface Tables {
  readonly programme: TableData;
  readonly goals: TableData | null;
  readonly objectives: TableData | null;
}

async function tablesOf(programme: Programme): Promise<Tables> {
  const workbook = MemoryWorkbook.empty();
  await workbook.applyPlan(
    programmePlan(programme, { stamp: { generatedOn: "2026-11-28" }, sampleData: false }),
    { dialect: "portable", existingSheet: "fail" },
  );
  const table = await workbook.readTable(PROGRAMME_TABLE);
  if (table === null) throw new Error("no C2C_Programme");
  return {
    programme: table,
    goals: await workbook.readTable(PROGRAMME_GOALS_TABLE),
    objectives: await workbook.readTable(PROGRAMME_OBJECTIVES_TABLE),
  };
}

function readBack(tables: Tables, programme: Programme): ProgrammeReadBack {
  return programmeFromTables(tables, {
    settings: programme.settings,
    list: programme.list,
    worstValueMode: programme.worstValueMode,
    catalogueVersion: programme.catalogueVersion,
    language: "en",
  });
}

/** A table without the columns of `headers`, as a workbook of an earlier version has it. */
function without(table: TableData, headers: readonly string[]): TableData {
  const kept = table.columns.flatMap((column, index) =>
    headers.includes(column.header) ? [] : [index],
  );
  return {
    ...table,
    columns: kept.flatMap((index) => table.columns[index] ?? []),
    rows: table.rows.map((row) => ({
      ...row,
      cells: kept.flatMap((index) => row.cells[index] ?? []),
    })),
  };
}

/** Each class's share of `trends`, counted here. */
function sharesCounted(trends: readonly TrendClass[]): Record<TrendClass, number> {
  return Object.fromEntries(
    TREND_CLASSES.map((trend) => [
      trend,
      trends.filter((entry) => entry === trend).length / trends.length,
    ]),
  ) as Record<TrendClass, number>;
}

describe("the programme workbook read back from its tables", () => {
  it("worked example: the cities' overall trends come back, 50 % on track, 25 % stagnating, 25 % decreasing", async () => {
    const programme = programmeOf(partnerships());
    const read = readBack(await tablesOf(programme), programme);
    expect(read.overallTrends).toBe(true);
    expect(read.missing).toEqual([]);
    const shares = read.programme?.overall.trendShares;
    expect(shares?.["On track"]).toBeCloseTo(0.5, 12);
    expect(shares?.Stagnating).toBeCloseTo(0.25, 12);
    expect(shares?.Decreasing).toBeCloseTo(0.25, 12);
    for (const trend of TREND_CLASSES) {
      // As the programme built directly has them, and as counted here from the summaries.
      expect(shares?.[trend]).toBeCloseTo(programme.overall.trendShares[trend], 9);
      expect(shares?.[trend]).toBeCloseTo(
        sharesCounted(partnerships().flatMap((entry) => entry.sdgTrends.map((city) => city.trend)))[
          trend
        ],
        9,
      );
    }
    // Per goal, from the goals' own trend column: SDG 6 has A1 achieved, A2 decreasing, B1 on track.
    const sdg6 = read.programme?.goals.find((entry) => entry.goal === 6)?.trendShares;
    expect(sdg6?.Achieved).toBeCloseTo(1 / 3, 12);
    expect(sdg6?.Decreasing).toBeCloseTo(1 / 3, 12);
    expect(sdg6?.["On track"]).toBeCloseTo(1 / 3, 12);
    read.programme?.goals.forEach((entry, index) => {
      for (const trend of TREND_CLASSES)
        expect(entry.trendShares[trend]).toBeCloseTo(
          programme.goals[index]?.trendShares[trend] ?? NaN,
          9,
        );
    });
  });

  it("says so, and gives no overall trend shares, for a Goals table without the trend column", async () => {
    const programme = programmeOf(partnerships());
    const tables = await tablesOf(programme);
    const goals = tables.goals === null ? null : without(tables.goals, ["City SDG index trend"]);
    const read = readBack({ ...tables, goals }, programme);
    expect(read.overallTrends).toBe(false);
    expect(read.missing).toEqual([MISSING_OVERALL_TRENDS]);
  });

  it("finds and lists the disagreement of the partnerships' rules again, and uses the defaults", async () => {
    const strict = { ...DEFAULT_SETTINGS, coverageThreshold: 0.8 };
    const programme = programmeOf(partnerships(strict));
    expect(programme.settings.coverageThreshold).toBe(0.5);
    const read = readBack(await tablesOf(programme), programme);
    expect(read.programme?.settings.coverageThreshold).toBe(0.5);
    expect(read.programme?.partnerships.map((entry) => entry.settings.coverageThreshold)).toEqual([
      0.5, 0.8,
    ]);
    expect(read.problems).toMatchObject([
      {
        address: "programme",
        severity: "warning",
        message:
          "the workbooks differ in coverage threshold: 50 % in a.xlsx; 80 % in b.xlsx; the programme's figures use the default, 50 %",
      },
    ]);
  });

  it("takes the stamp's rules, with a warning naming the cell, for a row whose rules are not usable", async () => {
    const programme = programmeOf(partnerships());
    const tables = await tablesOf(programme);
    const column = tables.programme.columns.findIndex(
      (entry) => entry.header === "Coverage threshold",
    );
    const [first, ...rest] = tables.programme.rows;
    if (first === undefined) throw new Error("no row");
    const broken = {
      ...first,
      cells: first.cells.map((cell, index) => (index === column ? { ...cell, value: 7 } : cell)),
    };
    const read = readBack(
      { ...tables, programme: { ...tables.programme, rows: [broken, ...rest] } },
      programme,
    );
    expect(read.problems).toMatchObject([
      { address: "Partnerships!Y5", severity: "warning", code: "programme.rulesUnusable" },
    ]);
    expect(read.programme?.partnerships[0]?.settings.coverageThreshold).toBe(0.5);
  });

  it("finds the partnerships' disagreeing DAC lens again from their sources columns", async () => {
    const lens = { ...DEFAULT_SETTINGS.dacLens, relevance: ["TA"] as const };
    const programme = programmeOf(partnerships({ ...DEFAULT_SETTINGS, dacLens: lens }));
    const tables = await tablesOf(programme);
    const column = tables.programme.columns.findIndex(
      (entry) => entry.header === "DAC relevance sources",
    );
    expect(tables.programme.rows.map((row) => row.cells[column]?.value)).toEqual(["TA, STK", "TA"]);
    const read = readBack(tables, programme);
    expect(read.programme?.partnerships.map((entry) => entry.settings.dacLens.relevance)).toEqual([
      ["TA", "STK"],
      ["TA"],
    ]);
    expect(read.programme?.settings.dacLens.relevance).toEqual(["TA", "STK"]);
    expect(read.problems).toMatchObject([
      {
        address: "programme",
        severity: "warning",
        code: "programme.dacSourcesDiffer",
        message:
          "the workbooks differ in the sources of the DAC criterion relevance: TA, STK in a.xlsx; TA in b.xlsx; the programme's figures use the catalogue's, TA, STK",
      },
    ]);
    // A workbook written before the columns: every partnership takes the stamp's lens, no warning.
    const earlier = without(tables.programme, DAC_SOURCES_HEADERS);
    const old = readBack({ ...tables, programme: earlier }, programme);
    expect(old.problems).toEqual([]);
  });

  it("takes the stamp's sources, with a warning naming the cell, for a lens cell it cannot read", async () => {
    const programme = programmeOf(partnerships());
    const tables = await tablesOf(programme);
    const column = tables.programme.columns.findIndex(
      (entry) => entry.header === "DAC impact sources",
    );
    const [first, ...rest] = tables.programme.rows;
    if (first === undefined) throw new Error("no row");
    const broken = {
      ...first,
      cells: first.cells.map((cell, index) =>
        index === column ? { ...cell, value: "TA, XYZ" } : cell,
      ),
    };
    const read = readBack(
      { ...tables, programme: { ...tables.programme, rows: [broken, ...rest] } },
      programme,
    );
    expect(read.problems).toMatchObject([{ severity: "warning", code: "programme.lensUnusable" }]);
    expect(read.problems[0]?.message).toContain('"XYZ" is not a principle id');
    expect(read.problems[0]?.address).toBe(broken.cells[column]?.address);
    expect(read.programme?.partnerships[0]?.settings.dacLens.impact).toEqual(
      DEFAULT_SETTINGS.dacLens.impact,
    );
  });
});
