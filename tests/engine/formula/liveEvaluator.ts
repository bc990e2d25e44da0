// The evaluator check of issue 4: recomputes every formula a plan wrote into a MemoryWorkbook, in
// the dialect it was written in. Standard functions come from the oracle (tests/oracle); C2C.*
// functions run through their real implementations in src/functions/registry.ts, given arguments
// as Excel passes them (ranges as rows of cells, errors as CustomFunctions.Error, repeating
// criteria as one array).

import {
  isExcelError,
  passedBlank,
  type ExcelPlatform,
} from "../../functions/customFunctionsRuntime";
import { FUNCTIONS, type FunctionId } from "../../../src/functions/registry";
import { evaluate } from "../../oracle/evaluate";
import { parseFormula, type ParsedExpr } from "../../oracle/parse";
import { isCellError } from "../../../src/engine/sheetValues";
import { isMatrix, type Scalar, type Value } from "../../oracle/values";
import { formatCellAddress } from "../../../src/engine/plan/address";
import { sameName } from "../../../src/engine/plan/names";
import type { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";

/** Functions whose trailing arguments repeat (criteria pairs): the number of fixed arguments before them. */
const REPEATING_AFTER: Partial<Record<FunctionId, number>> = {
  GOALINDEX: 3,
  OBJECTIVEINDEX: 3,
  COVERAGE: 1,
  PROFILE: 2,
};

function excelArgument(value: Value, platform: ExcelPlatform): unknown {
  const codes: Readonly<Record<string, CustomFunctions.ErrorCode>> = {
    "#N/A": CustomFunctions.ErrorCode.notAvailable,
    "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
    "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
    "#NULL!": CustomFunctions.ErrorCode.nullReference,
  };
  const errorCode = (code: string): CustomFunctions.ErrorCode =>
    codes[code] ?? CustomFunctions.ErrorCode.invalidValue;
  const raw = (cell: Scalar): unknown =>
    isCellError(cell)
      ? new CustomFunctions.Error(errorCode(cell.errorCode))
      : cell === null
        ? passedBlank(platform)
        : cell;
  return isMatrix(value) ? value.rows.map((row) => row.map(raw)) : raw(value);
}

function fromExcel(result: unknown): Value {
  const one = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
  if (isExcelError(one)) return { errorCode: one.code };
  if (typeof one === "number" || typeof one === "string" || typeof one === "boolean") return one;
  return null;
}

export function callC2c(
  fn: string,
  args: readonly Value[],
  platform: ExcelPlatform = "web",
): Value | undefined {
  if (!fn.startsWith("C2C.")) return undefined;
  const id = fn.slice(4) as FunctionId;
  const entry = FUNCTIONS[id] as { run: (...args: unknown[]) => unknown } | undefined;
  if (entry === undefined) return undefined;
  const converted = args.map((arg) => excelArgument(arg, platform));
  const fixed = REPEATING_AFTER[id];
  const passed =
    fixed === undefined
      ? converted
      : [
          ...converted.slice(0, fixed),
          ...Array.from({ length: Math.max(0, fixed - converted.length) }, () => null),
          converted.slice(fixed),
        ];
  return fromExcel(entry.run(...passed));
}

export interface Recalculation {
  /** "Sheet!A1" → the value the cell's formula computes. */
  readonly values: ReadonlyMap<string, Scalar>;
}

/**
 * Recomputes every formula cell of the workbook (each once, dependencies first), with C2C.*
 * functions given blank cells as the platform passes them (null on the web, 0 on desktop).
 */
export function recalculate(
  workbook: MemoryWorkbook,
  platform: ExcelPlatform = "web",
): Recalculation {
  const computed = new Map<string, Scalar>();
  const inProgress = new Set<string>();
  const parsed = new Map<string, ParsedExpr>();

  const valueOf = (sheetName: string, row: number, column: number): Scalar => {
    const sheet = workbook.sheet(sheetName);
    const address = formatCellAddress({ row, column });
    const cell = sheet?.cells.get(address);
    if (sheet === undefined || cell === undefined) return null;
    if (cell.formula === undefined) {
      const value = cell.value;
      return value === undefined ? null : value;
    }
    const key = `${sheet.name}!${address}`;
    const known = computed.get(key);
    if (known !== undefined || computed.has(key)) return known ?? null;
    if (inProgress.has(key)) throw new Error(`circular reference at ${key}`);
    inProgress.add(key);
    let tree = parsed.get(cell.formula);
    if (tree === undefined) {
      tree = parseFormula(cell.formula);
      parsed.set(cell.formula, tree);
    }
    const result = evaluate(tree, {
      sheet: sheet.name,
      cell: valueOf,
      name: (definedName) =>
        workbook.names.find((candidate) => sameName(candidate.name, definedName)),
      custom: (fn, args) => callC2c(fn, args, platform),
    });
    const scalar: Scalar = isMatrix(result) ? (result.rows[0]?.[0] ?? null) : result;
    inProgress.delete(key);
    computed.set(key, scalar);
    return scalar;
  };

  for (const sheet of workbook.sheets) {
    for (const [address, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const position = /^([A-Z]+)(\d+)$/.exec(address);
      if (position === null) continue;
      valueOf(sheet.name, Number(position[2]), columnNumberOf(position[1] ?? "A"));
    }
  }
  return { values: computed };
}

function columnNumberOf(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** A plan value and a recomputed value agree: numbers within `tolerance`, "" and blank alike, text exactly. */
export function sameValue(expected: unknown, actual: Scalar, tolerance = 1e-9): boolean {
  const blank = (value: unknown): boolean => value === null || value === undefined || value === "";
  if (blank(expected) && blank(actual)) return true;
  if (typeof expected === "number" && typeof actual === "number")
    return Math.abs(expected - actual) <= tolerance * Math.max(1, Math.abs(expected));
  return expected === actual;
}
