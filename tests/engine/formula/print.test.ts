import {
  add,
  c2c,
  call,
  concat,
  dialects,
  div,
  ge,
  mul,
  name,
  negate,
  num,
  ref,
  sub,
  text,
  bool,
  type Expr,
} from "../../../src/engine/formula/expr";
import { FormulaError } from "../../../src/engine/formula/formulaError";
import { planFormula, printLive, printPortable } from "../../../src/engine/formula/print";

describe("printing expression trees", () => {
  it.each<[string, Expr, string]>([
    ["a number", num(42.5), "=42.5"],
    ["a tiny number in E notation", num(1e-9), "=1E-9"],
    ["a negative number", num(-3), "=-3"],
    ["text with a quote", text('say "hi"'), '="say ""hi"""'],
    ["a boolean", bool(true), "=TRUE"],
    ["a range, absolute and sheet-qualified", ref("Checklist", "H2:H58"), "=Checklist!$H$2:$H$58"],
    ["a quoted sheet", ref("Scoreboard (previous)", "B3"), "='Scoreboard (previous)'!$B$3"],
    ["a defined name", name("C2C_TargetYear"), "=C2C_TargetYear"],
    ["a function call", call("IF", ge(num(1), num(2)), text("a"), text("")), '=IF(1>=2,"a","")'],
    ["left-associative subtraction", sub(num(1), sub(num(2), num(3))), "=1-(2-3)"],
    ["precedence without needless parentheses", add(num(1), mul(num(2), num(3))), "=1+2*3"],
    ["parentheses where precedence needs them", mul(add(num(1), num(2)), num(3)), "=(1+2)*3"],
    ["division chains", div(div(num(1), num(2)), div(num(3), num(4))), "=1/2/(3/4)"],
    ["negation of a sum", negate(add(num(1), num(2))), "=-(1+2)"],
    ["concatenation below arithmetic", concat(text(">="), add(num(1), num(2))), '=">="&1+2'],
    ["comparison of a concatenation", ge(concat(text("a"), text("b")), text("c")), '="a"&"b">="c"'],
  ])("%s", (_label, expr, printed) => {
    expect(printLive(expr)).toBe(printed);
    expect(printPortable(expr)).toBe(printed);
  });

  it("prints each branch of a dialects node in its own dialect", () => {
    const expr = mul(
      dialects(c2c("SCORE", ref("Indicators", "F2"), num(0), num(100)), add(num(1), num(2))),
      num(2),
    );
    expect(printLive(expr)).toBe("=C2C.SCORE(Indicators!$F$2,0,100)*2");
    expect(printPortable(expr)).toBe("=(1+2)*2");
    expect(planFormula(expr)).toEqual({
      live: "=C2C.SCORE(Indicators!$F$2,0,100)*2",
      portable: "=(1+2)*2",
    });
  });

  it("gives both dialects of a formula spelled one way, and of one with a dialects node deep in it", () => {
    const plain = call(
      "IF",
      ge(ref("Checklist", "D2:K2"), num(1)),
      negate(name("C2C_X")),
      text(""),
    );
    expect(planFormula(plain)).toEqual({
      live: '=IF(Checklist!$D$2:$K$2>=1,-C2C_X,"")',
      portable: '=IF(Checklist!$D$2:$K$2>=1,-C2C_X,"")',
    });
    const deep = call("IF", bool(true), negate(dialects(num(1), num(2))), text(""));
    expect(planFormula(deep)).toEqual({ live: '=IF(TRUE,-1,"")', portable: '=IF(TRUE,-2,"")' });
  });

  it("refuses a C2C call outside a dialects node in the portable dialect", () => {
    expect(() => printPortable(c2c("SPREAD", ref("Checklist", "D2:K2")))).toThrow(FormulaError);
    expect(() => planFormula(add(num(1), c2c("SPREAD", ref("Checklist", "D2:K2"))))).toThrow(
      FormulaError,
    );
  });

  it("refuses numbers a formula cannot hold", () => {
    expect(() => printLive(num(Infinity))).toThrow(FormulaError);
    expect(() => printLive(num(NaN))).toThrow(FormulaError);
  });
});
