// Prints an expression tree as formula text in either dialect: "=C2C.SCORE(Indicators!$F$2,…)" for
// OfficeJS, "=IF(Indicators!$F$2="",…)" for files. Text is en-US as Excel stores it (comma argument
// separators, "." decimals), which is also what OfficeJS `formulas` and OOXML expect.

import { absoluteReference } from "../plan/address";
import type { FormulaDialect, PlanFormula } from "../plan/types";
import type { BinaryOperator, Expr } from "./expr";
import { FormulaError } from "./formulaError";

export function printLive(expr: Expr): string {
  return `=${printIn(expr, "live")}`;
}

export function printPortable(expr: Expr): string {
  return `=${printIn(expr, "portable")}`;
}

/**
 * Both dialects of one formula, as a plan cell holds them. A tree with no dialects() and no C2C.*
 * call prints the same in both, so it is printed once (most of a Scoreboard's formulas).
 */
export function planFormula(expr: Expr): PlanFormula {
  const live = printLive(expr);
  return { live, portable: spelledTwoWays(expr) ? printPortable(expr) : live };
}

/** Whether the tree holds a node the two dialects print differently. */
function spelledTwoWays(expr: Expr): boolean {
  switch (expr.kind) {
    case "dialects":
    case "c2c":
      return true;
    case "call":
      return expr.args.some(spelledTwoWays);
    case "binary":
      return spelledTwoWays(expr.left) || spelledTwoWays(expr.right);
    case "negate":
      return spelledTwoWays(expr.operand);
    default:
      return false;
  }
}

// Excel's precedence: comparison < & < + - < * / < unary minus.
const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  "<=": 1,
  ">": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
};
const ATOM = 10;

function precedenceOf(expr: Expr, dialect: FormulaDialect): number {
  if (expr.kind === "binary") return PRECEDENCE[expr.op];
  if (expr.kind === "negate") return 5;
  if (expr.kind === "number" && expr.value < 0) return 5;
  if (expr.kind === "dialects")
    return precedenceOf(dialect === "live" ? expr.live : expr.portable, dialect);
  return ATOM;
}

function printIn(expr: Expr, dialect: FormulaDialect): string {
  switch (expr.kind) {
    case "number":
      return printNumber(expr.value);
    case "text":
      return expr.value.includes('"') ? `"${expr.value.replace(/"/g, '""')}"` : `"${expr.value}"`;
    case "boolean":
      return expr.value ? "TRUE" : "FALSE";
    case "ref":
      return printedReference(expr.sheet, expr.range);
    case "name":
      return expr.name;
    case "call":
      return `${expr.fn}(${printArguments(expr.args, dialect)})`;
    case "c2c":
      if (dialect === "portable")
        throw new FormulaError(
          `C2C.${expr.fn} has no portable spelling here; wrap it in dialects()`,
        );
      return `C2C.${expr.fn}(${printArguments(expr.args, dialect)})`;
    case "negate":
      return `-${operand(expr.operand, 5, false, dialect)}`;
    case "binary": {
      const own = PRECEDENCE[expr.op];
      return `${operand(expr.left, own, false, dialect)}${expr.op}${operand(expr.right, own, true, dialect)}`;
    }
    case "dialects":
      return printIn(dialect === "live" ? expr.live : expr.portable, dialect);
  }
}

// A scoreboard prints the same few thousand references tens of thousands of times (every formula in
// both dialects, a table's column in many formulas), so each is printed once. The memo holds at
// most MAX_PRINTED_REFERENCES, then starts again.
const printedReferences = new Map<string, Map<string, string>>();
const MAX_PRINTED_REFERENCES = 20_000;
let printedCount = 0;

function printedReference(sheet: string, range: string): string {
  const known = printedReferences.get(sheet)?.get(range);
  if (known !== undefined) return known;
  const printed = absoluteReference(sheet, range);
  if (printedCount >= MAX_PRINTED_REFERENCES) {
    printedReferences.clear();
    printedCount = 0;
  }
  const ofSheet = printedReferences.get(sheet) ?? new Map<string, string>();
  ofSheet.set(range, printed);
  printedReferences.set(sheet, ofSheet);
  printedCount++;
  return printed;
}

// Joined as it goes: a long list prints a formula for every row, and an array per call adds up.
function printArguments(args: readonly Expr[], dialect: FormulaDialect): string {
  let printed = "";
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === undefined) continue;
    printed += index === 0 ? printIn(arg, dialect) : `,${printIn(arg, dialect)}`;
  }
  return printed;
}

// Operators are left-associative: a right operand of equal precedence needs parentheses (a-(b-c)).
function operand(expr: Expr, parent: number, right: boolean, dialect: FormulaDialect): string {
  const own = precedenceOf(expr, dialect);
  const printed = printIn(expr, dialect);
  return own < parent || (right && own === parent) ? `(${printed})` : printed;
}

function printNumber(value: number): string {
  if (!Number.isFinite(value)) throw new FormulaError(`${value} cannot be written in a formula`);
  return String(value).replace("e", "E");
}
