// Small plans the checks write on their scratch sheets, and reading a cell back.

import { describeCell, isCellError, type CellValue } from "../../../engine/sheetValues";
import type { FunctionId } from "../../../functions/registry";
import type {
  CellPlan,
  ChartPlan,
  PlanScalar,
  ProtectionPlan,
  SheetEditPlan,
  TableEditPlan,
  TablePlan,
  WorkbookPlan,
} from "../../../engine/plan/types";
import type { CellReading } from "../../../host/scratchAccess";
import type { SelfTestBench } from "./types";

/** A cell of a scratch sheet: an address and a value, or a formula written the same in both dialects. */
export function valueCell(address: string, value: PlanScalar): CellPlan {
  return { address, value };
}

export function formulaCell(address: string, formula: string, value: PlanScalar): CellPlan {
  return { address, value, formula: { live: formula, portable: formula } };
}

/** `C2C.<id>(<args>)` as Excel binds the add-in's function: the id comes from the registry. */
export function liveCall(id: FunctionId, args: string): string {
  return `=C2C.${id}(${args})`;
}

export interface ScratchSheetContents {
  readonly cells: readonly CellPlan[];
  readonly tables?: readonly TablePlan[];
  readonly charts?: readonly ChartPlan[];
  readonly protection?: ProtectionPlan;
}

/** New user sheets (the product never rebuilds them), each with its contents. */
export function newSheetsPlan(
  sheets: Readonly<Record<string, ScratchSheetContents>>,
  names: WorkbookPlan["names"] = [],
): WorkbookPlan {
  return {
    styles: {},
    sheets: Object.entries(sheets).map(([name, contents]) => ({ name, owned: false, ...contents })),
    names,
  };
}

export function editsPlan(
  edits: readonly SheetEditPlan[],
  tableEdits: readonly TableEditPlan[] = [],
): WorkbookPlan {
  return { styles: {}, sheets: [], names: [], edits, tableEdits };
}

export function applyScratch(bench: SelfTestBench, plan: WorkbookPlan): Promise<unknown> {
  return bench.host.applyPlan(plan, { dialect: bench.dialect, existingSheet: "fail" });
}

export async function readCell(
  bench: SelfTestBench,
  sheet: string,
  address: string,
): Promise<CellReading> {
  const rows = await bench.scratch.readCells(sheet, address);
  return rows[0]?.[0] ?? { value: null, formula: null };
}

export async function readValues(
  bench: SelfTestBench,
  sheet: string,
  range: string,
): Promise<CellValue[][]> {
  const rows = await bench.scratch.readCells(sheet, range);
  return rows.map((row) => row.map((cell) => cell.value));
}

/** A cell as the report names it: 42.5, "Riverton", a blank, #VALUE!. */
export function shown(value: CellValue): string {
  return describeCell(value);
}

/** Two numbers equal within the tolerance the scores are shown with (1e-9 of a point). */
export function sameNumber(value: CellValue, expected: CellValue): boolean {
  return (
    typeof value === "number" && typeof expected === "number" && Math.abs(value - expected) <= 1e-9
  );
}

export function isError(value: CellValue, code: string): boolean {
  return isCellError(value) && value.errorCode === code;
}
