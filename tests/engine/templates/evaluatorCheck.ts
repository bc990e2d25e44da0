// Applies a plan to a MemoryWorkbook in one dialect, recomputes every formula the plan wrote and
// lists each cell whose recomputed value differs from the value the plan stored (the engine's).

import { recalculate, sameValue } from "../formula/liveEvaluator";
import type { FormulaDialect, WorkbookPlan } from "../../../src/engine/plan/types";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";

export interface Mismatch {
  readonly cell: string;
  readonly formula: string;
  readonly stored: unknown;
  readonly recomputed: unknown;
}

export interface CheckResult {
  readonly formulas: number;
  readonly mismatches: readonly Mismatch[];
  readonly workbook: MemoryWorkbook;
}

export async function checkPlan(
  plan: WorkbookPlan,
  dialect: FormulaDialect,
  workbook = MemoryWorkbook.empty(),
): Promise<CheckResult> {
  await workbook.applyPlan(plan, { dialect, existingSheet: "replace-owned" });
  const { values } = recalculate(workbook);
  const mismatches: Mismatch[] = [];
  let formulas = 0;
  const cellsOfPlan = [
    ...plan.sheets.map((sheet) => ({ sheet: sheet.name, cells: sheet.cells })),
    ...(plan.edits ?? []).map((edit) => ({ sheet: edit.sheet, cells: edit.cells })),
  ];
  for (const { sheet, cells } of cellsOfPlan) {
    for (const cell of cells) {
      if (cell.formula === undefined) continue;
      formulas += 1;
      const key = `${workbook.sheet(sheet)?.name ?? sheet}!${cell.address}`;
      const recomputed = values.get(key) ?? null;
      if (!sameValue(cell.value, recomputed))
        mismatches.push({
          cell: key,
          formula: cell.formula[dialect],
          stored: cell.value,
          recomputed,
        });
    }
  }
  return { formulas, mismatches, workbook };
}
