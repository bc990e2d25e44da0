// Reads formula text back into a tree: the inverse of print.ts for the formulas templates write
// (numbers, text, booleans, error literals, sheet-qualified A1 references, defined names, function
// calls including dotted names such as C2C.SCORE, unary minus and the binary operators).
// The test evaluator runs the printed text through it, so what is checked is what the cell holds.

import { FormulaError } from "../../src/engine/formula/formulaError";
import type { BinaryOperator } from "../../src/engine/formula/expr";
import type { ExcelErrorCode } from "../../src/engine/sheetValues";

export type ParsedExpr =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: ExcelErrorCode }
  /** `sheet` is null for a reference without a sheet (the formula's own sheet). */
  | { readonly kind: "ref"; readonly sheet: string | null; readonly range: string }
  | { readonly kind: "name"; readonly name: string }
  /** Upper-case function name as written, e.g. "C2C.SCORE", "COUNTIFS". */
  | { readonly kind: "call"; readonly fn: string; readonly args: readonly ParsedExpr[] }
  | {
      readonly kind: "binary";
      readonly op: BinaryOperator;
      readonly left: ParsedExpr;
      readonly right: ParsedExpr;
    }
  | { readonly kind: "negate"; readonly operand: ParsedExpr };

const LEVELS: readonly (readonly BinaryOperator[])[] = [
  ["=", "<>", "<=", ">=", "<", ">"],
  ["&"],
  ["+", "-"],
  ["*", "/"],
];
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/;
const ERROR_LITERALS: readonly ExcelErrorCode[] = [
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#REF!",
  "#NULL!",
];

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): ParsedExpr {
    this.skipSpaces();
    if (this.source[this.position] === "=") this.position += 1;
    const expr = this.expression(0);
    this.skipSpaces();
    if (this.position < this.source.length) this.fail("unexpected text");
    return expr;
  }

  private fail(message: string): never {
    throw new FormulaError(`${message} at ${this.position} in ${this.source}`);
  }

  private skipSpaces(): void {
    while (this.source[this.position] === " ") this.position += 1;
  }

  private expression(level: number): ParsedExpr {
    const operators = LEVELS[level];
    if (operators === undefined) return this.unary();
    let left = this.expression(level + 1);
    for (;;) {
      this.skipSpaces();
      const op = operators.find((candidate) => this.source.startsWith(candidate, this.position));
      if (op === undefined) return left;
      this.position += op.length;
      const right = this.expression(level + 1);
      left = { kind: "binary", op, left, right };
    }
  }

  private unary(): ParsedExpr {
    this.skipSpaces();
    if (this.source[this.position] === "-") {
      this.position += 1;
      const operand = this.unary();
      return operand.kind === "number"
        ? { kind: "number", value: -operand.value }
        : { kind: "negate", operand };
    }
    if (this.source[this.position] === "+") {
      this.position += 1;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): ParsedExpr {
    this.skipSpaces();
    const rest = this.source.slice(this.position);
    const char = rest[0];
    if (char === undefined) this.fail("unexpected end");
    if (char === "(") {
      this.position += 1;
      const inner = this.expression(0);
      this.expect(")");
      return inner;
    }
    if (char === '"') return this.text();
    const number = /^(\d+(\.\d*)?|\.\d+)([Ee][+-]?\d+)?/.exec(rest);
    if (number !== null) {
      this.position += number[0].length;
      return { kind: "number", value: Number(number[0]) };
    }
    const error = ERROR_LITERALS.find((code) => rest.toUpperCase().startsWith(code));
    if (error !== undefined) {
      this.position += error.length;
      return { kind: "error", code: error };
    }
    if (char === "'") return this.quotedSheetReference();
    if (char === "$") return this.cellReference(null);
    return this.identifier();
  }

  private expect(char: string): void {
    this.skipSpaces();
    if (this.source[this.position] !== char) this.fail(`expected ${char}`);
    this.position += 1;
  }

  private text(): ParsedExpr {
    let value = "";
    this.position += 1;
    for (;;) {
      const char = this.source[this.position];
      if (char === undefined) this.fail("unterminated text");
      this.position += 1;
      if (char === '"') {
        if (this.source[this.position] !== '"') return { kind: "text", value };
        this.position += 1;
      }
      value += char;
    }
  }

  private quotedSheetReference(): ParsedExpr {
    let sheet = "";
    this.position += 1;
    for (;;) {
      const char = this.source[this.position];
      if (char === undefined) this.fail("unterminated sheet name");
      this.position += 1;
      if (char === "'") {
        if (this.source[this.position] !== "'") break;
        this.position += 1;
      }
      sheet += char;
    }
    this.expect("!");
    return this.cellReference(sheet);
  }

  private cellReference(sheet: string | null): ParsedExpr {
    const match = CELL.exec(this.source.slice(this.position));
    if (match === null) this.fail("expected a cell reference");
    this.position += match[0].length;
    return { kind: "ref", sheet, range: match[0].replace(/\$/g, "").toUpperCase() };
  }

  private identifier(): ParsedExpr {
    const match = /^[A-Za-z_\\][A-Za-z0-9_.]*/.exec(this.source.slice(this.position));
    if (match === null) this.fail("unexpected character");
    const word = match[0];
    const after = this.source[this.position + word.length];
    if (after === "!") {
      this.position += word.length + 1;
      return this.cellReference(word);
    }
    if (after === "(") {
      this.position += word.length + 1;
      return { kind: "call", fn: word.toUpperCase(), args: this.arguments() };
    }
    const cell = CELL.exec(this.source.slice(this.position));
    if (cell !== null && cell[0].length >= word.length) return this.cellReference(null);
    this.position += word.length;
    const upper = word.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
    return { kind: "name", name: word };
  }

  private arguments(): ParsedExpr[] {
    const args: ParsedExpr[] = [];
    this.skipSpaces();
    if (this.source[this.position] === ")") {
      this.position += 1;
      return args;
    }
    for (;;) {
      args.push(this.expression(0));
      this.skipSpaces();
      const char = this.source[this.position];
      this.position += 1;
      if (char === ")") return args;
      if (char !== ",") this.fail("expected , or )");
    }
  }
}

/** Parses formula text ("=…" or without the "="); throws FormulaError on text it cannot read. */
export function parseFormula(formula: string): ParsedExpr {
  return new Parser(formula).parse();
}
