// Evaluates one expression tree in one dialect against a MemoryWorkbook: prints it, parses the
// text back and evaluates it, C2C.* through the registry, so a test checks the text a cell holds.

import { recalculate, callC2c } from "./liveEvaluator";
import type { Expr } from "../../../src/engine/formula/expr";
import { evaluate } from "../../oracle/evaluate";
import { parseFormula } from "../../oracle/parse";
import { printLive, printPortable } from "../../../src/engine/formula/print";
import { isMatrix, type Scalar } from "../../oracle/values";
import type { FormulaDialect } from "../../../src/engine/plan/types";
import { sameName } from "../../../src/engine/plan/names";
import type { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { formatCellAddress } from "../../../src/engine/plan/address";

export function evaluateIn(workbook: MemoryWorkbook, expr: Expr, dialect: FormulaDialect): Scalar {
  const text = dialect === "live" ? printLive(expr) : printPortable(expr);
  const { values } = recalculate(workbook);
  const result = evaluate(parseFormula(text), {
    sheet: workbook.sheets[0]?.name ?? "Sheet1",
    cell: (sheet, row, column) => {
      const target = workbook.sheet(sheet);
      const address = formatCellAddress({ row, column });
      const cell = target?.cells.get(address);
      if (target === undefined || cell === undefined) return null;
      if (cell.formula !== undefined) return values.get(`${target.name}!${address}`) ?? null;
      return cell.value ?? null;
    },
    name: (definedName) =>
      workbook.names.find((candidate) => sameName(candidate.name, definedName)),
    custom: callC2c,
  });
  return isMatrix(result) ? (result.rows[0]?.[0] ?? null) : result;
}
