import { evaluate } from "../../oracle/evaluate";
import { parseFormula } from "../../oracle/parse";
import { FormulaError } from "../../../src/engine/formula/formulaError";
import { isMatrix, type Scalar, type Value } from "../../oracle/values";

// The evaluator follows Excel on the cases the templates meet: text and blanks in ranges, error
// cells, mixed-type comparisons, criteria. Sheet S: A1:A6 = 2, "4", "", null, TRUE, #N/A; B1:B6 = 1..6.
const column: Scalar[] = [2, "4", "", null, true, { errorCode: "#N/A" }];
const context = {
  sheet: "S",
  cell: (_sheet: string, row: number, col: number): Scalar =>
    col === 1 ? (column[row - 1] ?? null) : col === 2 ? row : null,
  name: (definedName: string) =>
    definedName === "Limit" ? { sheet: "S", range: "B3" } : undefined,
  custom: (): Value | undefined => undefined,
};

function run(formula: string): unknown {
  const result = evaluate(parseFormula(formula), context);
  if (isMatrix(result)) return result.rows.map((row) => [...row]);
  return result;
}

describe("evaluate", () => {
  it.each<[string, unknown]>([
    ["=COUNT(S!A1:A5)", 1],
    ["=COUNTA(S!A1:A5)", 4],
    ["=SUM(S!A1:A5)", 2],
    ['=SUM(2,"4",TRUE)', 7],
    ["=SUM(S!A1:A6)", { errorCode: "#N/A" }],
    ["=AVERAGE(S!B1:B4)", 2.5],
    ["=AVERAGE(S!A3:A4)", { errorCode: "#DIV/0!" }],
    ["=MIN(S!A3:A4)", 0],
    ["=MEDIAN(S!B1:B4)", 2.5],
    ["=STDEVP(S!B1:B2)", 0.5],
    ['=COUNTIFS(S!B1:B6,">=3")', 4],
    ['=COUNTIFS(S!B1:B6,">="&Limit,S!A1:A6,TRUE)', 1],
    ["=AVERAGEIFS(S!B1:B6,S!A1:A6,2)", 1],
    ['=SUMIFS(S!B1:B6,S!B1:B6,">4")', 11],
    ['=IFERROR(S!A6,"gap")', "gap"],
    ['=IF(S!A4="",1,2)', 1],
    ["=IF(S!A4=0,1,2)", 1],
    ['="a"<"B"', true],
    ['=1<"0"', true],
    ['="x">=3', true],
    ["=ISNUMBER(S!A1)", true],
    ["=ISNUMBER(S!A2)", false],
    ["=SUMPRODUCT((S!B1:B6>3)*1)", 3],
    ["=SUMPRODUCT((LEN(S!A1:A5)>0)*1)", 3],
    ["=-S!B2*-3", 6],
    ["=1/0", { errorCode: "#DIV/0!" }],
    ['="n/a"*1', { errorCode: "#VALUE!" }],
    ["=NA()", { errorCode: "#N/A" }],
    ["=Unknown", { errorCode: "#NAME?" }],
    ["=NOSUCH(1)", { errorCode: "#NAME?" }],
    ["=AND(1,TRUE)", true],
    ["=AND(1,0)", false],
  ])("%s", (formula, expected) => {
    expect(run(formula)).toEqual(expected);
  });

  it("refuses text it cannot read", () => {
    expect(() => parseFormula("=1+")).toThrow(FormulaError);
    expect(() => parseFormula('="open')).toThrow(FormulaError);
  });

  it("reads quoted sheet names with doubled apostrophes", () => {
    expect(parseFormula("='Bob''s sheet'!$A$1:B2")).toEqual({
      kind: "ref",
      sheet: "Bob's sheet",
      range: "A1:B2",
    });
  });
});

describe("the oracle's arithmetic on text", () => {
  it.each<[string, Scalar]>([
    ['="0x1A"+1', { errorCode: "#VALUE!" }],
    ['="Infinity"*1', { errorCode: "#VALUE!" }],
    ['=" 4.5 "+1', 5.5],
    ['="-3e2"+0', -300],
  ])("%s is %p: only decimal text is a number", (formula, expected) => {
    const result = evaluate(parseFormula(formula), {
      sheet: "S",
      cell: () => null,
      name: () => undefined,
      custom: () => undefined,
    });
    expect(result).toEqual(expected);
  });
});
