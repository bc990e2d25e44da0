import type { CellValue } from "../../src/engine/cells";
import {
  matchingRows,
  parseCriterion,
  wildcardPattern,
  type Criterion,
} from "../../src/engine/criteria";

function criterion(value: CellValue): Criterion {
  const parsed = parseCriterion(value);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const NA: CellValue = { errorCode: "#N/A" };

describe("parseCriterion / matches, as AVERAGEIFS", () => {
  it.each<[string, CellValue, CellValue, boolean]>([
    // numbers equal numbers, including numeric text in the cell or the criterion
    ["number = number", 2024, 2024, true],
    ["number ≠ number", 2024, 2023, false],
    ["number matches numeric text", 2024, " 2024 ", true],
    ["numeric text criterion", "2024", 2024, true],
    ["number never matches text", 6, "six", false],
    ["number never matches a blank", 0, null, false],
    ["number never matches a boolean", 1, true, false],
    // text: case-insensitive, trimmed
    ["text equal ignoring case", "Nakuru", "NAKURU", true],
    ["text equal ignoring surrounding spaces", "Nakuru", " nakuru ", true],
    ["text differs", "Nakuru", "Kisumu", false],
    ["text never matches a number", "Nakuru", 5, false],
    ["indicator code is text", "11.6.2", "11.6.2", true],
    // wildcards
    ["* matches any run", "Nak*", "Nakuru", true],
    ["* matches the empty run", "Nakuru*", "Nakuru", true],
    ["? matches one character", "Nak?ru", "Nakuru", true],
    ["? needs exactly one character", "Nak?ru", "Nakru", false],
    ["~* is a literal star", "a~*b", "a*b", true],
    ["~* does not act as wildcard", "a~*b", "axb", false],
    ["~? is a literal question mark", "why~?", "why?", true],
    ["~~ is a literal tilde", "a~~b", "a~b", true],
    ["regex characters are literal", "a.b(c)", "a.b(c)", true],
    ["regex characters do not act", "a.b", "axb", false],
    // operators with numbers
    ["=5", "=5", 5, true],
    ["<>5 on 5", "<>5", 5, false],
    ["<>5 on 6", "<>5", 6, true],
    ["<>5 on text", "<>5", "abc", true],
    ["<>5 on a blank", "<>5", null, true],
    ["<5", "<5", 4.9, true],
    ["<5 at 5", "<5", 5, false],
    ["<=5 at 5", "<=5", 5, true],
    [">2020", ">2020", 2021, true],
    [">2020 at 2020", ">2020", 2020, false],
    [">=2020 at 2020", ">=2020", 2020, true],
    [">=2020 on numeric text", ">=2020", "2022", true],
    [">2020 on text", ">2020", "later", false],
    [">2020 on a blank", ">2020", null, false],
    // operators with text
    ["=text", "=Nakuru", "nakuru", true],
    ["<>text on other text", "<>Nakuru", "Kisumu", true],
    ["<>text on same text", "<>Nakuru", "NAKURU", false],
    ["<>text on a number", "<>Nakuru", 5, true],
    ["<>text with wildcard", "<>Nak*", "Nakuru", false],
    ["<text compares alphabetically", "<m", "apple", true],
    [">text compares alphabetically", ">m", "apple", false],
    ["<text never matches numbers", "<m", 5, false],
    // blanks
    ['"" matches a blank', "", null, true],
    ['"" matches empty text', "", "  ", true],
    ['"" does not match a value', "", 0, false],
    ["= matches a blank", "=", undefined, true],
    ["<> matches a value", "<>", "x", true],
    ["<> does not match a blank", "<>", null, false],
    ["a blank criterion matches blanks", null, null, true],
    ["a blank criterion does not match 0", null, 0, false],
    // booleans
    ["TRUE matches TRUE", true, true, true],
    ["TRUE does not match FALSE", true, false, false],
    ["TRUE does not match 1", true, 1, false],
    ["text TRUE matches TRUE", "TRUE", true, true],
    ["text true matches the text true", "true", "True", true],
    ["<>TRUE matches FALSE", "<>TRUE", false, true],
    // error cells never match
    ["a number does not match an error", 5, NA, false],
    ["text does not match an error", "*", NA, false],
    ["<>5 does not match an error", "<>5", NA, false],
    ["<> does not match an error", "<>", NA, false],
  ])("%s", (_name, criterionValue, cell, expected) => {
    expect(criterion(criterionValue).matches(cell)).toBe(expected);
  });

  it("keeps the criterion as written for messages", () => {
    expect(criterion(">=2020").text).toBe(">=2020");
    expect(criterion(6).text).toBe("6");
  });

  it.each<[string, CellValue]>([
    ["an error criterion", NA],
    ["NaN", Number.NaN],
    ["infinity", Number.POSITIVE_INFINITY],
  ])("refuses %s as invalid input", (_name, value) => {
    const parsed = parseCriterion(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.kind).toBe("invalid-input");
  });
});

describe("wildcardPattern", () => {
  it("matches whole text only", () => {
    expect(wildcardPattern("ab").test("xaby")).toBe(false);
    expect(wildcardPattern("*ab*").test("xaby")).toBe(true);
  });
  it("treats ? as one code point", () => {
    expect(wildcardPattern("?").test("µ")).toBe(true);
    expect(wildcardPattern("?").test("😀")).toBe(true);
  });
  it("keeps a lone ~ literal", () => {
    expect(wildcardPattern("a~b").test("a~b")).toBe(true);
  });
});

describe("matchingRows", () => {
  const cities: CellValue[] = ["Nakuru", "Kisumu", "Nakuru", "nakuru", null];
  const years: CellValue[] = [2024, 2024, 2023, "2024", 2024];

  it("keeps rows where every criterion matches its column", () => {
    expect(matchingRows(5, [cities, years], [criterion("Nakuru"), criterion(2024)])).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
  });
  it("keeps every row without criteria", () => {
    expect(matchingRows(3, [], [])).toEqual([true, true, true]);
  });
});
