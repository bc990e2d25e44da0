// The oracle's criteria matching against Microsoft's description of the criteria argument, then
// against the engine's criteria.ts on the same cells: two implementations written apart that
// agree on every case here.

import { parseCriterion } from "../../src/engine/criteria";
import { cellTestOf } from "./criteria";
import type { Scalar } from "./values";

// One column with every kind of cell a tidy table holds.
const CELLS: readonly Scalar[] = [
  32,
  "32",
  40,
  "apples",
  "Apples",
  "apple pie",
  "a?c",
  "abc",
  "a*c",
  "x~y",
  true,
  false,
  null,
  "",
  { errorCode: "#N/A" },
];

function matched(criterion: Scalar): Scalar[] {
  const test = cellTestOf(criterion);
  return CELLS.filter((cell) => test(cell));
}

describe("oracle criteria, as Microsoft documents them", () => {
  it.each<[string, Scalar, Scalar[]]>([
    ["a number matches that number, also as numeric text", 32, [32, "32"]],
    ['"32" is the number 32', "32", [32, "32"]],
    ['">32" compares numbers only', ">32", [40]],
    ['"<=32" compares numbers only', "<=32", [32]],
    ['"apples" matches text ignoring case', "apples", ["apples", "Apples"]],
    ['"=apples" is the same as "apples"', "=apples", ["apples", "Apples"]],
    ['"apple*" matches any run of characters', "apple*", ["apples", "Apples", "apple pie"]],
    ['"a?c" matches any one character', "a?c", ["a?c", "abc", "a*c"]],
    ['"a~?c" matches a literal question mark', "a~?c", ["a?c"]],
    ['"a~*c" matches a literal asterisk', "a~*c", ["a*c"]],
    ['"x~~y" matches a literal tilde', "x~~y", ["x~y"]],
    ["TRUE matches the boolean TRUE", true, [true]],
    ['"false" matches the boolean FALSE', "false", [false]],
    ['"" matches blank cells', "", [null, ""]],
    [
      '"<>" matches every cell that is not blank',
      "<>",
      CELLS.filter((cell) => cell !== null && cell !== "" && !(typeof cell === "object")),
    ],
    ['">b" compares text with text', ">b", ["x~y"]],
    ["an error criterion matches that error", { errorCode: "#N/A" }, [{ errorCode: "#N/A" }]],
  ])("%s", (_case, criterion, expected) => {
    expect(matched(criterion)).toEqual(expected);
  });

  it('"<>apples" keeps every other cell but errors, blanks included', () => {
    expect(matched("<>apples")).toEqual(
      CELLS.filter(
        (cell) =>
          (cell !== "apples" && cell !== "Apples" && typeof cell !== "object") || cell === null,
      ),
    );
  });

  it("an empty criterion cell is treated as 0", () => {
    expect(CELLS.filter((cell) => cellTestOf(null)(cell))).toEqual([]);
    expect([0, "0", null].filter((cell) => cellTestOf(null)(cell))).toEqual([0, "0"]);
  });
});

describe("the engine's criteria.ts agrees with the oracle", () => {
  it.each<Scalar>([
    32,
    "32",
    ">32",
    "<>32",
    "apples",
    "=apples",
    "<>apples",
    "apple*",
    "a?c",
    "a~?c",
    "a~*c",
    "x~~y",
    true,
    "false",
    "<>",
    ">b",
  ])("on the criterion %p", (criterion) => {
    const parsed = parseCriterion(criterion);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const engine = CELLS.filter((cell) => parsed.value.matches(cell));
    expect(engine).toEqual(matched(criterion));
  });
});

// The one difference found: criteria.ts reads numeric text as its number for every operator (a Year
// column typed as text still filters with ">=2020"), where Excel compares only number cells with
// <, <=, > and >=. The portable dialect therefore leaves out a text year that C2C.* functions
// count.
describe("where the engine deliberately differs from Excel", () => {
  it("an ordered number criterion: the engine also takes numeric text, Excel only numbers", () => {
    const parsed = parseCriterion("<=32");
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(CELLS.filter((cell) => parsed.value.matches(cell))).toEqual([32, "32"]);
    expect(matched("<=32")).toEqual([32]);
  });
});
