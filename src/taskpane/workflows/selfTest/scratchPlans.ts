// Small plans the checks write on their scratch sheets, and reading a cell back.

import { phrase, phraseText } from "../../../engine/language/problemTexts";
import { cellPhrase, isCellError, type CellValue } from "../../../engine/sheetValues";
import type { FunctionId } from "../../../functions/registry";
import { functionText } from "../../../functions/texts";
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
import type { PaneTexts } from "../../texts/paneTexts";
import type { CheckOutcome, SelfTestBench } from "./types";

/** A cell of a scratch sheet: an address and a value, or a formula written the same in both dialects. */
export function valueCell(address: string, value: PlanScalar): CellPlan {
  return { address, value };
}

export function formulaCell(address: string, formula: string, value: PlanScalar): CellPlan {
  return { address, value, formula: { live: formula, portable: formula } };
}

/** `C2C.<id>(<args>)` as Excel binds the add-in's function: the id comes from the registry. */
export function liveCall(id: FunctionId, args: readonly string[]): string {
  return `=C2C.${id}(${args.join(",")})`;
}

/**
 * The same call as a report in the pane's language quotes it: the function by the name Excel in
 * that language shows (functions-fr.json, functions-es.json) and, in French and Spanish, ";" between
 * arguments as the functions' own help writes them: =C2C.PUNTUACION(A1;B1;C1).
 */
export function callText(texts: PaneTexts, id: FunctionId, args: readonly string[]): string {
  if (texts.language === "en") return liveCall(id, args);
  const name = functionText(texts.language, id)?.name ?? id;
  return `=C2C.${name}(${args.join(";")})`;
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

/**
 * A cell as the report names it, in the pane's language: the number 42.5 (with the locale's decimal
 * sign, "le nombre 42,5"), the text "Riverton", a blank, the error #VALUE!.
 */
export function shown(texts: PaneTexts, value: CellValue): string {
  if (typeof value !== "number" || !Number.isFinite(value))
    return phraseText(texts.language, cellPhrase(value));
  return phraseText(texts.language, phrase("cell.number", { number: numberText(texts, value) }));
}

/** A number with the decimals it has, written in the pane's locale (42.5 is "42,5" in French). */
export function numberText(texts: PaneTexts, value: number): string {
  const written = String(value);
  // 1e-7 or 1e+21: too far from the scale of anything a check writes to dress up.
  if (written.includes("e")) return written;
  return texts.number(value, written.split(".")[1]?.length ?? 0);
}

export const passed = (detail: string): CheckOutcome => ({ status: "passed", detail });
export const failed = (detail: string): CheckOutcome => ({ status: "failed", detail });
export const needsExcel = (detail: string): CheckOutcome => ({ status: "needs-excel", detail });

/** Two numbers equal within the tolerance the scores are shown with (1e-9 of a point). */
export function sameNumber(value: CellValue, expected: CellValue): boolean {
  return (
    typeof value === "number" && typeof expected === "number" && Math.abs(value - expected) <= 1e-9
  );
}

export function isError(value: CellValue, code: string): boolean {
  return isCellError(value) && value.errorCode === code;
}
