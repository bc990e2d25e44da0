import fc from "fast-check";
import {
  add,
  concat,
  div,
  ge,
  mul,
  negate,
  num,
  sub,
  text,
  type Expr,
} from "../../../src/engine/formula/expr";
import { evaluate } from "../../oracle/evaluate";
import { parseFormula } from "../../oracle/parse";
import { printPortable } from "../../../src/engine/formula/print";
import { isMatrix, type Scalar } from "../../oracle/values";

// Printing then parsing keeps the meaning of any tree: the parsed text evaluates to what the tree
// computes directly, so parentheses are never missing (and the parser reads what the printer writes).

const noCells = {
  sheet: "S",
  cell: (): Scalar => null,
  name: () => undefined,
  custom: () => undefined,
};

const arithmetic: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: -9, max: 9 }).map(num),
    fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => add(a, b)),
    fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => sub(a, b)),
    fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => mul(a, b)),
    fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => div(a, b)),
    tie("expr").map(negate),
  ),
})).expr;

function direct(expr: Expr): number {
  switch (expr.kind) {
    case "number":
      return expr.value;
    case "negate":
      return -direct(expr.operand);
    case "binary": {
      const a = direct(expr.left);
      const b = direct(expr.right);
      if (expr.op === "+") return a + b;
      if (expr.op === "-") return a - b;
      if (expr.op === "*") return a * b;
      return b === 0 ? NaN : a / b;
    }
    default:
      throw new Error("not arithmetic");
  }
}

function evaluated(expr: Expr): number {
  const result = evaluate(parseFormula(printPortable(expr)), noCells);
  if (isMatrix(result)) throw new Error("matrix");
  return typeof result === "number" ? result : NaN;
}

describe("print → parse → evaluate", () => {
  it("keeps the value of any arithmetic tree", () => {
    fc.assert(
      fc.property(arithmetic, (expr) => {
        const expected = direct(expr);
        const actual = evaluated(expr);
        return Number.isNaN(expected) ? Number.isNaN(actual) : Object.is(actual + 0, expected + 0);
      }),
      { numRuns: 500 },
    );
  });

  it("reads text with quotes and comparisons of concatenations", () => {
    expect(evaluate(parseFormula(printPortable(concat(text('a"b'), text("c")))), noCells)).toBe(
      'a"bc',
    );
    expect(
      evaluate(parseFormula(printPortable(ge(concat(text("b"), text("")), text("A")))), noCells),
    ).toBe(true);
  });
});
