// Helpers of the pane workflow tests: a progress recorder, a host that records how plans are
// applied, and readers of the Scoreboard a memory workbook holds.

import type { CellValue } from "../../../src/engine/cells";
import { TABLES } from "../../../src/engine/model/contract";
import type { Assessment } from "../../../src/engine/model/types";
import type { TableData } from "../../../src/engine/plan/tableData";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { readAssessment } from "../../../src/engine/read";
import type { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import type { ApplyOptions, ApplyReport, WorkbookHost } from "../../../src/host/workbookHost";
import type { ProgressReporter } from "../../../src/taskpane/workflows/types";

export const NOW = new Date("2026-03-01T10:00:00Z");

export interface ProgressLog {
  readonly report: ProgressReporter;
  readonly steps: { message: string; done: number | undefined }[];
}

export function progressLog(): ProgressLog {
  const steps: { message: string; done: number | undefined }[] = [];
  return { steps, report: (message, done) => steps.push({ message, done }) };
}

/** Progress that was reported step by step and ended at done = 1. */
export function expectProgressed(log: ProgressLog): void {
  expect(log.steps.length).toBeGreaterThanOrEqual(3);
  expect(log.steps.at(-1)?.done).toBe(1);
  const shares = log.steps.flatMap((step) => (step.done === undefined ? [] : [step.done]));
  expect(shares).toEqual([...shares].sort((a, b) => a - b));
}

/** A host that passes every call to a memory workbook and records each plan with its options. */
export function recordingHost(inner: MemoryWorkbook): {
  host: WorkbookHost;
  applied: { plan: WorkbookPlan; options: ApplyOptions }[];
} {
  const applied: { plan: WorkbookPlan; options: ApplyOptions }[] = [];
  const host: WorkbookHost = {
    listSheets: () => inner.listSheets(),
    readTable: (name) => inner.readTable(name),
    readTables: (names) => inner.readTables(names),
    applyPlan: (plan, options): Promise<ApplyReport> => {
      applied.push({ plan, options });
      return inner.applyPlan(plan, options);
    },
    readAddinData: () => inner.readAddinData(),
    writeAddinData: (changes) => inner.writeAddinData(changes),
    selectRange: (address) => inner.selectRange(address),
  };
  return { host, applied };
}

export async function tablesOf(
  host: WorkbookHost,
): Promise<Readonly<Record<string, TableData | null>>> {
  return host.readTables(Object.values(TABLES));
}

export async function assessmentOf(host: WorkbookHost): Promise<Assessment> {
  const reading = readAssessment(await tablesOf(host));
  if (reading.assessment === null) throw new Error("the workbook holds no assessment");
  return reading.assessment;
}

/** The sheet's rows as value arrays keyed by row number (A = index 0). */
export function sheetRows(workbook: MemoryWorkbook, sheetName: string): Map<number, CellValue[]> {
  const sheet = workbook.sheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const rows = new Map<number, CellValue[]>();
  for (const [address, cell] of sheet.cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = Array.from(match[1]!).reduce(
      (total, letter) => total * 26 + letter.charCodeAt(0) - 64,
      0,
    );
    const row = rows.get(Number(match[2])) ?? [];
    row[column - 1] = cell.value;
    rows.set(Number(match[2]), row);
  }
  return rows;
}

/** The row whose column A holds `label`, after row `from`. */
export function rowLabelled(
  rows: Map<number, CellValue[]>,
  label: string,
  from = 0,
): CellValue[] | undefined {
  const found = [...rows.entries()]
    .filter(([row, values]) => row > from && values[0] === label)
    .sort((a, b) => a[0] - b[0])[0];
  return found?.[1];
}

export function rowNumberLabelled(
  rows: Map<number, CellValue[]>,
  label: string,
): number | undefined {
  return [...rows.entries()]
    .filter(([, values]) => values[0] === label)
    .map(([row]) => row)
    .sort((a, b) => a - b)[0];
}

/** Every formula text in the workbook's sheets other than those named. */
export function formulasOutside(workbook: MemoryWorkbook, userSheets: readonly string[]): string[] {
  return workbook.sheets
    .filter((sheet) => !userSheets.includes(sheet.name))
    .flatMap((sheet) =>
      [...sheet.cells.values()].flatMap((cell) =>
        cell.formula === undefined ? [] : [cell.formula],
      ),
    );
}
