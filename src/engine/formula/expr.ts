// Formulas as small expression trees (docs/decisions/0003-portable-check.md). A template
// builds one tree per cell and prints it twice: `live` with the add-in's C2C.* functions, `portable`
// with standard spreadsheet functions only. A `dialects` node holds the two spellings of one
// computation; everything else prints the same way in both dialects.

/** The standard spreadsheet functions templates may use; the test oracle (tests/oracle) implements each one. */
export const STANDARD_FUNCTIONS = [
  "AND",
  "AVERAGE",
  "AVERAGEIFS",
  "COUNT",
  "COUNTA",
  "COUNTIFS",
  "IF",
  "IFERROR",
  "ISBLANK",
  "LEN",
  "ISNUMBER",
  "MAX",
  "MEDIAN",
  "MIN",
  "NA",
  "QUARTILE",
  "ROWS",
  "STDEVP",
  "SUM",
  "SUMIFS",
  "SUMPRODUCT",
] as const;
export type StandardFunction = (typeof STANDARD_FUNCTIONS)[number];

/** The C2C custom functions the templates call (a subset of src/functions/registry.ts; a test checks it). */
export const C2C_FUNCTIONS = [
  "SCORE",
  "GOALINDEX",
  "OBJECTIVEINDEX",
  "COVERAGE",
  "ITEMSCORE",
  "SPREAD",
  "CONSENSUS",
  "PRINCIPLE",
  "ALIGNMENT",
  "BAND",
  "TRENDCLASS",
] as const;
export type C2cFunction = (typeof C2C_FUNCTIONS)[number];

export type BinaryOperator = "+" | "-" | "*" | "/" | "&" | "=" | "<>" | "<" | "<=" | ">" | ">=";

export type Expr =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A range on a sheet, printed absolute and sheet-qualified: Checklist!$H$2:$H$58. */
  | { readonly kind: "ref"; readonly sheet: string; readonly range: string }
  /** A workbook defined name, e.g. C2C_ContestedThreshold. */
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "call"; readonly fn: StandardFunction; readonly args: readonly Expr[] }
  /** A C2C.* call: printable only in the live dialect. */
  | { readonly kind: "c2c"; readonly fn: C2cFunction; readonly args: readonly Expr[] }
  | {
      readonly kind: "binary";
      readonly op: BinaryOperator;
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly kind: "negate"; readonly operand: Expr }
  /** One computation spelled two ways; each printer takes its own branch. */
  | { readonly kind: "dialects"; readonly live: Expr; readonly portable: Expr };

export const num = (value: number): Expr => ({ kind: "number", value });
export const text = (value: string): Expr => ({ kind: "text", value });
export const bool = (value: boolean): Expr => ({ kind: "boolean", value });
export const ref = (sheet: string, range: string): Expr => ({ kind: "ref", sheet, range });
export const name = (definedName: string): Expr => ({ kind: "name", name: definedName });
export const call = (fn: StandardFunction, ...args: readonly Expr[]): Expr => ({
  kind: "call",
  fn,
  args,
});
export const c2c = (fn: C2cFunction, ...args: readonly Expr[]): Expr => ({ kind: "c2c", fn, args });
export const dialects = (live: Expr, portable: Expr): Expr => ({
  kind: "dialects",
  live,
  portable,
});
export const negate = (operand: Expr): Expr => ({ kind: "negate", operand });

const binary =
  (op: BinaryOperator) =>
  (left: Expr, right: Expr): Expr => ({ kind: "binary", op, left, right });
export const add = binary("+");
export const sub = binary("-");
export const mul = binary("*");
export const div = binary("/");
export const concat = binary("&");
export const eq = binary("=");
export const ne = binary("<>");
export const lt = binary("<");
export const le = binary("<=");
export const gt = binary(">");
export const ge = binary(">=");

/** The empty text: how a computed cell shows "no value yet" without an error. */
export const BLANK: Expr = text("");

export const and = (...conditions: readonly Expr[]): Expr => call("AND", ...conditions);

export const ifThen = (condition: Expr, then: Expr, otherwise: Expr): Expr =>
  call("IF", condition, then, otherwise);

/** Sums of two or more terms, left to right. */
export function sum(terms: readonly Expr[]): Expr {
  const [first, ...rest] = terms;
  if (first === undefined) return num(0);
  return rest.reduce((total, term) => add(total, term), first);
}
