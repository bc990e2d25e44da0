// The report's numbers in each language (issue 14): English writes what `toFixed` and `String`
// write, byte for byte, so the English page is unchanged; French and Spanish write the same digits
// with their decimal comma, their grouping and their percent sign as Intl gives them (a no-break
// space before "%"; French groups thousands with a narrow no-break space, Spanish with a point from
// five digits on).

import { LANGUAGES } from "../../../src/engine/language";
import {
  fivePoint,
  hundred,
  numbersIn,
  percent,
  plain,
} from "../../../src/engine/publish/html/numbers";

/** A no-break space, as Intl writes it before "%" and between French thousands (its CLDR version decides which). */
const NO_BREAK = "[\u00a0\u202f]";

describe("the English numbers", () => {
  const english = numbersIn("en");

  it("are the functions the runner's text summaries use too", () => {
    expect(english.fivePoint).toBe(fivePoint);
    expect(english.hundred).toBe(hundred);
    expect(english.percent).toBe(percent);
    expect(english.plain).toBe(plain);
  });

  it.each([
    [2.97, "2.97", "3.0", "297 %"],
    [3.7, "3.70", "3.7", "370 %"],
    [0.005, "0.01", "0.0", "1 %"],
    [76.55, "76.55", "76.5", "7655 %"],
    [-0.27, "-0.27", "-0.3", "-27 %"],
  ])("write %p as toFixed and Math.round do", (value, two, one, share) => {
    expect(english.fivePoint(value)).toBe(two);
    expect(english.hundred(value)).toBe(one);
    expect(english.percent(value)).toBe(share);
  });
});

describe.each([
  ["fr", NO_BREAK, NO_BREAK],
  ["es", "", "\\."],
] as const)("the %s numbers", (language, thousands, fiveDigits) => {
  const n = numbersIn(language);

  it.each([
    [2.97, "2,97"],
    [3.7, "3,70"],
    [4, "4,00"],
    [1.005, "1,00"], // 1.005 is 1.00499… in binary: toFixed rounds it down, and so does the page
    [-0.16, "-0,16"],
    [-0, "0,00"],
  ])("write the principle score %p as %p", (value, expected) => {
    expect(n.fivePoint(value)).toBe(expected);
  });

  it.each([
    [76.55, "76,5"], // toFixed's digits (76.549…), not Intl's own rounding of "76.55" (76,6)
    [83.333, "83,3"],
    [100, "100,0"],
    [-27, "-27,0"],
  ])("write the index %p as %p", (value, expected) => {
    expect(n.hundred(value)).toBe(expected);
  });

  it("group thousands as the language does (Spanish groups from five digits)", () => {
    expect(n.hundred(1234.5)).toMatch(new RegExp(`^1${thousands}234,5$`, "u"));
    expect(n.plain(12345)).toMatch(new RegExp(`^12${fiveDigits}345$`, "u"));
  });

  it.each([
    [0.5, "50"],
    [0.755, "76"],
    [1, "100"],
    [0, "0"],
    [-0.004, "0"],
    [-0.27, "-27"],
  ])("write the share %p as %p percent", (value, digits) => {
    expect(n.percent(value)).toMatch(new RegExp(`^${digits}${NO_BREAK}%$`, "u"));
  });

  it.each([
    [30, "30"],
    [0.5, "0,5"],
    [0.125, "0,125"],
    [11.3, "11,3"],
  ])("write a number as held, %p, with its own digits: %p", (value, expected) => {
    expect(n.plain(value)).toBe(expected);
  });

  it("write a missing number as a dash", () => {
    expect([n.fivePoint(null), n.hundred(null), n.percent(null)]).toEqual(["–", "–", "–"]);
  });

  it("write the English page's digits with a comma, across the scales' whole range", () => {
    // Independent of Intl: the English string with its point turned into a comma.
    const comma = (text: string): string => text.replace(".", ",");
    for (let step = 0; step <= 4000; step += 1) {
      const score = 1 + step / 1000 + 0.0004;
      expect(n.fivePoint(score)).toBe(comma(fivePoint(score)));
    }
    for (let step = 0; step <= 10000; step += 1) {
      const index = step / 100 + 0.004;
      expect(n.hundred(index)).toBe(comma(hundred(index)));
    }
    for (let step = -100; step <= 100; step += 1) {
      const share = step / 100 + 0.001;
      expect(n.percent(share).replace(new RegExp(NO_BREAK, "u"), " ")).toBe(percent(share));
    }
  });
});

it("every language has its numbers, a decimal point in English and a comma in the others", () => {
  for (const language of LANGUAGES)
    expect(numbersIn(language).fivePoint(2.97)).toBe(language === "en" ? "2.97" : "2,97");
});
