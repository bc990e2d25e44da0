// Workbooks to import into: a new assessment as `c2c new` makes it (two respondents, Ana and Ben),
// held by the memory host, and its tables as a host reads them.

import { TABLES } from "../../../src/engine/model/contract";
import type { TableData } from "../../../src/engine/plan/tableData";
import { newAssessmentPlan } from "../../../src/engine/templates";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";

export async function newAssessmentWorkbook(): Promise<MemoryWorkbook> {
  const workbook = MemoryWorkbook.empty();
  const plan = newAssessmentPlan({
    partnershipName: "Lyon–Rabat",
    cities: ["Lyon", "Rabat"],
    years: [2024],
    list: "simplified",
    respondents: ["Ana", { name: "Ben", organisation: "Université Mohammed V", group: "academia" }],
    stamp: { generatedOn: "2026-11-28" },
  });
  await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
  return workbook;
}

export async function contractTables(
  workbook: MemoryWorkbook,
): Promise<Readonly<Record<string, TableData | null>>> {
  return workbook.readTables(Object.values(TABLES));
}

export const lines = (...rows: string[]): string => `${rows.join("\n")}\n`;
