// One small assessment as plain cells, written by each program the compatibility suite tries, and
// the engine's scores for the same cells computed without any file: the independent answer every
// scored file is held to.

import { scoreAssessment } from "../../src/engine/assessment";
import type { AssessmentScores } from "../../src/engine/assessment/types";
import { TABLES } from "../../src/engine/model/contract";
import { readAssessment } from "../../src/engine/read";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { userXlsx } from "../host/xlsx/xlsxFixtures";

export type PlainCell = string | number | null;

export const CONTRACT_SHEETS: Readonly<Record<string, readonly (readonly PlainCell[])[]>> = {
  About: [
    ["Key", "Value"],
    ["Partnership name", "Alpha–Beta"],
    ["Partner cities", "Alpha, Beta"],
    ["List", "simplified"],
  ],
  Checklist: [
    ["Principle", "Item ID", "Item", "Ana", "Ben", "Item score", "Spread", "Evidence"],
    ["TA", "TA1", "addresses concrete local challenges", 4, 5, null, null, "minutes"],
    ["TA", "TA2", "creates synergies across sectoral policies", 3, "?", null, null, null],
    ["P2P", "P2P1", "regular in-person exchanges", 5, 4, null, null, null],
  ],
  Indicators: [
    [
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
    ],
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
      "stations",
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
      "stations",
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
  ],
};

export const CONTRACT_TABLES = [
  { name: TABLES.partnership, sheet: "About", ref: "A1:B4" },
  { name: TABLES.checklist, sheet: "Checklist", ref: "A1:H4" },
  { name: TABLES.indicators, sheet: "Indicators", ref: "A1:L4" },
] as const;

/** The engine on the same cells, read from memory: no file, no reader of ours in between. */
/** The contract workbook as a user's ExcelJS-made file (tables as Excel writes them). */
export const contractXlsx = (): Promise<Uint8Array> =>
  userXlsx(
    Object.fromEntries(
      Object.entries(CONTRACT_SHEETS).map(([name, rows]) => [name, rows.map((row) => [...row])]),
    ),
    CONTRACT_TABLES.map(({ name, sheet, ref }) => ({ name, sheet, range: ref })),
  );

export async function expectedScores(): Promise<AssessmentScores> {
  const memory = MemoryWorkbook.fromSheets(
    CONTRACT_SHEETS,
    CONTRACT_TABLES.map(({ name, sheet, ref }) => ({ name, sheet, range: ref })),
  );
  const reading = readAssessment(await memory.readTables(Object.values(TABLES)));
  if (reading.assessment === null)
    throw new Error("the contract cells do not read as an assessment");
  return scoreAssessment(reading.assessment);
}

/** What a scored copy holds: the computed columns the runner wrote, and the scores read back. */
export async function scoredCopy(path: string) {
  const workbook = await XlsxWorkbook.open(path);
  const tables = await workbook.readTables(Object.values(TABLES));
  const reading = readAssessment(tables);
  return {
    tables,
    itemScores: tables[TABLES.checklist]?.rows.map((row) => row.cells[5]?.value) ?? [],
    indicatorScores: tables[TABLES.indicators]?.rows.map((row) => row.cells[11]?.value) ?? [],
    scores: reading.assessment === null ? null : scoreAssessment(reading.assessment),
  };
}

/** The scored copy agrees with the engine on the same cells, to 9 decimal places. */
export async function expectScoredAsEngine(path: string): Promise<void> {
  const expected = await expectedScores();
  const copy = await scoredCopy(path);
  expect(copy.itemScores).toHaveLength(expected.items.length);
  expected.items.forEach((item, index) => {
    const written = copy.itemScores[index];
    if (typeof item.score === "number") expect(written).toBeCloseTo(item.score, 9);
  });
  expect(copy.indicatorScores).toHaveLength(expected.indicators.length);
  expected.indicators.forEach((indicator, index) => {
    const written = copy.indicatorScores[index];
    if (indicator.score === null) expect(written ?? null).toBeNull();
    else expect(written).toBeCloseTo(indicator.score, 9);
  });
  expect(copy.scores?.alignment.score).toBeCloseTo(expected.alignment.score ?? Number.NaN, 9);
}

/** Words of a library's message, which never reach a user. */
export const LIBRARY_WORDS =
  /Cannot read|undefined|https?:\/\/|Bug|TypeError|null \(reading|Error:/;
