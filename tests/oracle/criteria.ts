// The oracle's own criteria matching for COUNTIFS, AVERAGEIFS and SUMIFS, written from Microsoft's
// description of the criteria argument and not from src/engine/criteria.ts, so a test that
// recomputes a portable formula checks the engine's matching instead of repeating it:
// https://support.microsoft.com/office/averageifs-function-48910c45-1fc0-4389-a028-f7c5c3001690
// https://learn.microsoft.com/office/vba/api/excel.worksheetfunction.countifs
//
// - A criterion is a number, an expression or a text: 32, "32", ">32", "apples".
// - A leading =, <>, <, <=, > or >= compares; without one the criterion means "equal to".
// - In a text, ? matches any one character and * any run of characters; ~ before ?, * or ~ makes
//   that character literal. Text compares without regard to case.
// - An operand that spells a number compares with numbers; TRUE and FALSE compare with booleans.
// - "" (or "=") matches blank cells, "<>" every cell that is not blank.
// - An empty criterion cell is treated as 0.

import { isCellError, type CellError } from "../../src/engine/sheetValues";
import type { Scalar } from "./values";

type Operator = "=" | "<>" | "<" | "<=" | ">" | ">=";

type Operand =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly pattern: readonly PatternToken[]; readonly text: string }
  | { readonly kind: "error"; readonly error: CellError };

type PatternToken =
  | { readonly kind: "any-run" }
  | { readonly kind: "any-one" }
  | { readonly kind: "literal"; readonly character: string };

/** Whether one cell of a criteria range satisfies the criterion. */
export type CellTest = (cell: Scalar) => boolean;

// Longest first, so "<=" is not read as "<" followed by "=".
const OPERATORS: readonly Operator[] = ["<=", ">=", "<>", "<", ">", "="];

// The number an operand spells: decimal digits with an optional sign, point and exponent.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function cellTestOf(criterion: Scalar): CellTest {
  const { operator, operand } = parse(criterion);
  return (cell) => satisfies(cell, operator, operand);
}

function parse(criterion: Scalar): { operator: Operator; operand: Operand } {
  if (criterion === null) return { operator: "=", operand: { kind: "number", value: 0 } };
  if (typeof criterion === "number")
    return { operator: "=", operand: { kind: "number", value: criterion } };
  if (typeof criterion === "boolean")
    return { operator: "=", operand: { kind: "boolean", value: criterion } };
  if (isCellError(criterion))
    return { operator: "=", operand: { kind: "error", error: criterion } };
  const operator = OPERATORS.find((candidate) => criterion.startsWith(candidate));
  const rest = operator === undefined ? criterion : criterion.slice(operator.length);
  return { operator: operator ?? "=", operand: operandOf(rest) };
}

function operandOf(text: string): Operand {
  if (text === "") return { kind: "blank" };
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return { kind: "number", value: Number(trimmed) };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  return { kind: "text", pattern: tokens(text), text: text.toLowerCase() };
}

function tokens(text: string): PatternToken[] {
  const characters = Array.from(text.toLowerCase());
  const result: PatternToken[] = [];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index] ?? "";
    const next = characters[index + 1];
    if (character === "~" && (next === "*" || next === "?" || next === "~")) {
      result.push({ kind: "literal", character: next });
      index++;
    } else if (character === "*") result.push({ kind: "any-run" });
    else if (character === "?") result.push({ kind: "any-one" });
    else result.push({ kind: "literal", character });
  }
  return result;
}

function satisfies(cell: Scalar, operator: Operator, operand: Operand): boolean {
  if (operand.kind === "error")
    return isCellError(cell) && cell.errorCode === operand.error.errorCode;
  if (isCellError(cell)) return false;
  switch (operand.kind) {
    case "blank":
      return blankMatch(cell, operator);
    case "number":
      return numberMatch(cell, operator, operand.value);
    case "boolean":
      return booleanMatch(cell, operator, operand.value);
    case "text":
      return textMatch(cell, operator, operand.pattern, operand.text);
  }
}

function blankMatch(cell: Scalar, operator: Operator): boolean {
  const blank = cell === null || cell === "";
  if (operator === "=") return blank;
  if (operator === "<>") return !blank;
  return false;
}

// Equality also takes a text cell that spells the number ("2024" typed into a Year column);
// the other comparisons need a number cell.
function numberMatch(cell: Scalar, operator: Operator, target: number): boolean {
  const equal =
    (typeof cell === "number" && cell === target) ||
    (typeof cell === "string" && DECIMAL.test(cell.trim()) && Number(cell.trim()) === target);
  if (operator === "=") return equal;
  if (operator === "<>") return !equal;
  return typeof cell === "number" && ordered(compareNumbers(cell, target), operator);
}

function booleanMatch(cell: Scalar, operator: Operator, target: boolean): boolean {
  if (operator === "=") return cell === target;
  if (operator === "<>") return cell !== target;
  return typeof cell === "boolean" && ordered(Number(cell) - Number(target), operator);
}

function textMatch(
  cell: Scalar,
  operator: Operator,
  pattern: readonly PatternToken[],
  text: string,
): boolean {
  if (operator === "=" || operator === "<>") {
    const equal =
      typeof cell === "string" && wildcardMatch(Array.from(cell.toLowerCase()), pattern);
    return operator === "=" ? equal : !equal;
  }
  if (typeof cell !== "string" || cell === "") return false;
  const value = cell.toLowerCase();
  return ordered(value < text ? -1 : value > text ? 1 : 0, operator);
}

/** Whole-text match of characters against the tokens, by dynamic programming over both. */
function wildcardMatch(characters: readonly string[], pattern: readonly PatternToken[]): boolean {
  // reachable[j]: the first i characters can be matched by the first j tokens.
  let reachable = new Array<boolean>(pattern.length + 1).fill(false);
  reachable[0] = true;
  for (let j = 1; j <= pattern.length; j++)
    reachable[j] = reachable[j - 1] === true && pattern[j - 1]?.kind === "any-run";
  for (const character of characters) {
    const next = new Array<boolean>(pattern.length + 1).fill(false);
    for (let j = 1; j <= pattern.length; j++) {
      const token = pattern[j - 1];
      if (token === undefined) continue;
      if (token.kind === "any-run") next[j] = next[j - 1] === true || reachable[j] === true;
      else if (token.kind === "any-one") next[j] = reachable[j - 1] === true;
      else next[j] = reachable[j - 1] === true && token.character === character;
    }
    reachable = next;
  }
  return reachable[pattern.length] === true;
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(order: number, operator: Operator): boolean {
  switch (operator) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}
