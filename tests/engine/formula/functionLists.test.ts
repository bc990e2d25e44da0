import "../../functions/customFunctionsRuntime";
import { C2C_FUNCTIONS, STANDARD_FUNCTIONS } from "../../../src/engine/formula/expr";
import { STANDARD_IMPLEMENTATIONS } from "../../oracle/standardFunctions";
import { FUNCTION_IDS } from "../../../src/functions/registry";

describe("the functions formulas may call", () => {
  it("C2C calls name functions of the add-in's registry", () => {
    for (const fn of C2C_FUNCTIONS) expect(FUNCTION_IDS).toContain(fn);
  });

  it("every standard function has an implementation in the evaluator, and nothing else does", () => {
    expect(Object.keys(STANDARD_IMPLEMENTATIONS).sort()).toEqual([...STANDARD_FUNCTIONS].sort());
  });

  it("no standard function needs the _xlfn. prefix in a file (all exist since Excel 2007)", () => {
    const post2007 = [
      "STDEV.P",
      "STDEV.S",
      "IFNA",
      "IFS",
      "MAXIFS",
      "MINIFS",
      "CONCAT",
      "TEXTJOIN",
      "AGGREGATE",
      "XLOOKUP",
    ];
    expect(STANDARD_FUNCTIONS.filter((fn) => post2007.includes(fn))).toEqual([]);
  });
});
