// Input workbooks for the CLI tests: the demo partnership as the templates write it, and small
// workbooks "prepared by another tool" (plain ExcelJS tables, computed columns empty).

import { writeFile } from "node:fs/promises";
import { scoreAssessment } from "../../src/engine/assessment";
import type { AssessmentScores } from "../../src/engine/assessment/types";
import { samplePartnership } from "../../src/engine/demo";
import { SHEETS, TABLES } from "../../src/engine/model/contract";
import { columnLetters } from "../../src/engine/plan/address";
import { readAssessment } from "../../src/engine/read";
import type { WorkbookPlan } from "../../src/engine/plan/types";
import { assessmentWorkbookPlan } from "../../src/engine/templates/assessmentWorkbook";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import type { MemoryCellInput, MemoryTableInput } from "../../src/host/memory/memoryWorkbook";
import { userXlsx } from "../host/xlsx/xlsxFixtures";

/** The demo partnership's workbook, scored, as `c2c demo` writes it. */
export async function writeDemoPartnership(path: string, extra?: WorkbookPlan): Promise<void> {
  const assessment = samplePartnership();
  const workbook = XlsxWorkbook.create();
  await workbook.applyPlan(
    assessmentWorkbookPlan(assessment, scoreAssessment(assessment), { generatedOn: "2026-11-28" }),
    {
      dialect: "portable",
      existingSheet: "fail",
    },
  );
  if (extra !== undefined)
    await workbook.applyPlan(extra, { dialect: "portable", existingSheet: "fail" });
  await workbook.save(path);
}

/** A user's own sheet with a chart, which ExcelJS cannot keep when it writes the workbook back. */
export const USER_CHART_SHEET: WorkbookPlan = {
  styles: {},
  names: [],
  sheets: [
    {
      name: "My chart",
      owned: false,
      cells: [
        { address: "A1", value: "Year" },
        { address: "B1", value: "Visitors" },
        { address: "A2", value: "2023" },
        { address: "B2", value: 120 },
        { address: "A3", value: "2024" },
        { address: "B3", value: 150 },
      ],
      charts: [
        {
          kind: "bar",
          title: "Visitors",
          anchor: "D2:J15",
          categories: "A2:A3",
          series: [{ name: "Visitors", values: "B2:B3" }],
        },
      ],
    },
  ],
};

const INDICATOR_HEADER: MemoryCellInput[] = [
  "Code",
  "Indicator",
  "Goal",
  "City",
  "Year",
  "Value",
  "Worst",
  "End value",
  "Unit",
  "Source",
  "Disaggregated",
  "Score",
];

/**
 * A workbook another tool made: a partnership table, a checklist with two respondents and an
 * indicator table, the computed columns (Item score, Spread, Score) left empty.
 */
export async function writeForeignWorkbook(
  path: string,
  options: {
    indicatorRows?: MemoryCellInput[][];
    checklistRows?: MemoryCellInput[][];
    list?: "simplified" | "long";
  } = {},
): Promise<void> {
  const checklistRows = options.checklistRows ?? [
    ["TA", "TA1", "addresses concrete local challenges", 4, 5, null, null, ""],
    ["TA", "TA2", "creates synergies across sectoral policies", 3, "?", null, null, ""],
    ["P2P", "P2P1", "regular in-person exchanges", 5, 4, null, null, ""],
  ];
  const indicatorRows = options.indicatorRows ?? [
    [
      "11.6.2",
      "annual mean PM2.5",
      11,
      "Alpha",
      2022,
      20,
      null,
      null,
      "µg/m³",
      "station data",
      "n",
      null,
    ],
    [
      "11.6.2",
      "annual mean PM2.5",
      11,
      "Beta",
      2022,
      35,
      null,
      null,
      "µg/m³",
      "station data",
      "n",
      null,
    ],
    [
      "6.1.1",
      "safely managed drinking water",
      6,
      "Alpha",
      2022,
      90,
      null,
      null,
      "%",
      "census",
      "y",
      null,
    ],
  ];
  const sheets: Record<string, MemoryCellInput[][]> = {
    About: [
      ["Key", "Value"],
      ["Partnership name", "Alpha–Beta"],
      ["Partner cities", "Alpha, Beta"],
      ["List", options.list ?? "simplified"],
    ],
    Checklist: [
      ["Principle", "Item ID", "Item", "Ana", "Ben", "Item score", "Spread", "Evidence"],
      ...checklistRows,
    ],
    Indicators: [INDICATOR_HEADER, ...indicatorRows],
  };
  const tables: MemoryTableInput[] = [
    { name: "C2C_Partnership", sheet: "About", range: "A1:B4" },
    { name: "C2C_Checklist", sheet: "Checklist", range: `A1:H${checklistRows.length + 1}` },
    { name: "C2C_Indicators", sheet: "Indicators", range: `A1:L${indicatorRows.length + 1}` },
  ];
  await writeFile(path, await userXlsx(sheets, tables));
}

/** A workbook with a table, but neither a checklist nor an indicator table. */
export async function writeWorkbookWithoutScorableTables(path: string): Promise<void> {
  await writeFile(
    path,
    await userXlsx(
      {
        Notes: [
          ["Topic", "Note"],
          ["budget", "tbd"],
        ],
      },
      [{ name: "Notes", sheet: "Notes", range: "A1:B2" }],
    ),
  );
}

/** The Alpha–Beta indicator rows the privacy tests share: one PM2.5 value per city. */
export const ALPHA_BETA_INDICATORS: MemoryCellInput[][] = [
  INDICATOR_HEADER,
  [
    "11.6.2",
    "annual mean PM2.5",
    11,
    "Alpha",
    2022,
    20,
    null,
    null,
    "µg/m³",
    "station data",
    "n",
    null,
  ],
  [
    "11.6.2",
    "annual mean PM2.5",
    11,
    "Beta",
    2022,
    35,
    null,
    null,
    "µg/m³",
    "station data",
    "n",
    null,
  ],
];

/** Rows of the contract's tables, header row first; each table goes on its contract sheet from A1. */
export interface ContractRows {
  readonly checklist: MemoryCellInput[][];
  readonly stakeholders?: MemoryCellInput[][];
  readonly actions?: MemoryCellInput[][];
  readonly indicators?: MemoryCellInput[][];
}

/**
 * An "Alpha–Beta" partnership prepared by another tool from the given rows: every table spans its
 * rows and its header's columns, so a test states only the data it is about.
 */
export async function writeContractWorkbook(path: string, rows: ContractRows): Promise<void> {
  const sheets: Record<string, MemoryCellInput[][]> = {
    About: [
      ["Key", "Value"],
      ["Partnership name", "Alpha–Beta"],
      ["Partner cities", "Alpha, Beta"],
    ],
  };
  const tables: MemoryTableInput[] = [
    { name: TABLES.partnership, sheet: SHEETS.about, range: "A1:B3" },
  ];
  const add = (
    key: keyof ContractRows & keyof typeof TABLES,
    tableRows: MemoryCellInput[][] | undefined,
  ): void => {
    if (tableRows === undefined) return;
    const sheet = SHEETS[key];
    sheets[sheet] = tableRows;
    tables.push({
      name: TABLES[key],
      sheet,
      range: `A1:${columnLetters(tableRows[0]?.length ?? 1)}${tableRows.length}`,
    });
  };
  add("checklist", rows.checklist);
  add("stakeholders", rows.stakeholders);
  add("actions", rows.actions);
  add("indicators", rows.indicators);
  await writeFile(path, await userXlsx(sheets, tables));
}

/** The scores computed independently of a command: the engine over the tables ExcelJS reads. */
export async function scoresOfFile(path: string): Promise<AssessmentScores> {
  const workbook = await XlsxWorkbook.open(path);
  const read = readAssessment(await workbook.readTables(Object.values(TABLES)));
  if (read.assessment === null) throw new Error(`${path} has no assessment`);
  return scoreAssessment(read.assessment);
}
