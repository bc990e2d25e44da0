import { NA, isExcelError, shownMatrix } from "./customFunctionsRuntime";
import { band, indicator } from "../../src/functions/functions";
import { FUNCTIONS } from "../../src/functions/registry";

describe("BAND", () => {
  it.each<[string, unknown, unknown, unknown, unknown]>([
    // docs/method.md §4 bands on 0–100 (SDSN labels) and §3 on 1–5
    ["100 is Achieved", 100, null, null, "Achieved"],
    ["goal index 82.5 (SDG 6 example): Challenges remain", 82.5, null, null, "Challenges remain"],
    ["75 is Challenges remain", 75, "sdg", null, "Challenges remain"],
    ["74.9 is Significant challenges", 74.9, "sdg", null, "Significant challenges"],
    ["50 is Significant challenges", 50, "SDG", null, "Significant challenges"],
    ["49.9 is Major challenges", 49.9, null, null, "Major challenges"],
    ["principle 4.0 is Advanced", 4, "principle", null, "Advanced"],
    ["principle 3.5 is Established", 3.5, "Principle", null, "Established"],
    ["principle 2 is Developing", 2, "principle", null, "Developing"],
    ["principle 1.9 is Weak", 1.9, "principle", null, "Weak"],
    ["custom SDG limits", 70, "sdg", [[90, 70, 40]], "Challenges remain"],
    ["custom principle limits", 2.9, "principle", [[1.5], [2.5], [3.5]], "Established"],
    ["a blank scale is the SDG scale", 100, "", null, "Achieved"],
    ["a blank score gives an empty result", null, "sdg", null, ""],
    ["numeric text", "82.5", null, null, "Challenges remain"],
    ["text score is #VALUE!", "high", null, null, "#VALUE!"],
    ["a boolean score is #VALUE!", false, null, null, "#VALUE!"],
    ["an error score passes on", NA, null, null, "#N/A"],
    ["a score above 100 is #VALUE!", 101, null, null, "#VALUE!"],
    ["a principle score of 4 is not banded on 0–100 by mistake", 4, "principle", null, "Advanced"],
    ["a 0–100 score on the principle scale is #VALUE!", 82.5, "principle", null, "#VALUE!"],
    ["an unknown scale is #VALUE!", 50, "percent", null, "#VALUE!"],
    ["two limits are #VALUE!", 50, "sdg", [[75, 50]], "#VALUE!"],
    ["text among the limits is #VALUE!", 50, "sdg", [[100, "x", 50]], "#VALUE!"],
    ["falling principle limits are #VALUE!", 3, "principle", [[4, 3, 2]], "#VALUE!"],
  ])("%s", (_name, score, scale, limits, expected) => {
    expect(shownMatrix(FUNCTIONS.BAND.run([[score]], scale, limits))).toEqual([[expected]]);
  });

  it("bands a column and keeps each cell's own result", () => {
    expect(shownMatrix(band([[100], [82.5], [null], ["x"], [10]]))).toEqual([
      ["Achieved"],
      ["Challenges remain"],
      [""],
      ["#VALUE!"],
      ["Major challenges"],
    ]);
  });

  it("bands a 2×2 block on the principle scale", () => {
    expect(
      shownMatrix(
        band(
          [
            [1, 2],
            [3, 4],
          ],
          "principle",
        ),
      ),
    ).toEqual([
      ["Weak", "Developing"],
      ["Established", "Advanced"],
    ]);
  });

  it("names the accepted scales in the message", () => {
    const cell = band([[50]], "percent")[0]?.[0];
    expect(isExcelError(cell) && cell.message).toBe(
      'scale must be "sdg" (0–100) or "principle" (1–5), not "percent"',
    );
  });
});

describe("INDICATOR", () => {
  it.each<[string, unknown, unknown, unknown]>([
    ["name", "11.6.2", "name", "annual mean PM2.5, population weighted"],
    ["goal", "11.6.2", "goal", 11],
    ["target", "11.6.2", "target", "11.6"],
    ["unit", "11.6.2", "unit", "µg/m³"],
    ["polarity", "11.6.2", "polarity", "lower"],
    ["absolute end value", "11.6.2", "end", 5],
    ["relative end value as text", "1.2.1", "end", "0.5 × baseline"],
    ["worst", "11.6.2", "worst", 50],
    ["objective", "11.6.2", "objective", "GRN"],
    ["list", "11.6.2", "list", "simplified"],
    ["code and field ignore case and spaces", " 11.B.2 ", " GOAL ", 11],
    ["a blank code gives an empty result", null, "name", ""],
    ["an unknown code is #VALUE!", "99.9.9", "name", "#VALUE!"],
    ["an unknown field is #VALUE!", "11.6.2", "colour", "#VALUE!"],
    ["a blank field is #VALUE!", "11.6.2", null, "#VALUE!"],
    ["an error code passes on", NA, "name", "#N/A"],
  ])("%s", (_name, code, field, expected) => {
    expect(shownMatrix(FUNCTIONS.INDICATOR.run([[code]], [[field]]))).toEqual([[expected]]);
  });

  it("states the basis of the end and worst values", () => {
    expect(indicator([["11.6.2"]], [["basis"]])).toEqual([
      [
        "end: international standard (WHO global air quality guidelines 2021 (annual mean PM2.5 5 µg/m³)); worst: product default — review locally",
      ],
    ]);
  });

  it("reads one field for a column of codes", () => {
    expect(indicator([["11.6.2"], ["1.2.1"], [null]], [["unit"]])).toEqual([
      ["µg/m³"],
      ["%"],
      [""],
    ]);
  });

  it("reads a row of fields for one code", () => {
    expect(indicator([["11.6.2"]], [["goal", "end", "worst"]])).toEqual([[11, 5, 50]]);
  });

  it("names the unknown code and field", () => {
    const [[unknownCode]] = indicator([["99.9.9"]], [["name"]]) as unknown[][] as [[unknown]];
    const [[unknownField]] = indicator([["11.6.2"]], [["colour"]]) as unknown[][] as [[unknown]];
    expect(isExcelError(unknownCode) && unknownCode.message).toBe(
      'unknown indicator code "99.9.9": it is not in the catalogue',
    );
    expect(isExcelError(unknownField) && unknownField.message).toBe(
      'unknown field "colour": use one of name, goal, target, unit, polarity, end, worst, basis, objective, list',
    );
  });

  it("names a TRUE or FALSE argument as Excel shows it", () => {
    const [[trueCode]] = indicator([[true]], [["name"]]) as unknown[][] as [[unknown]];
    const [[falseField]] = indicator([["11.6.2"]], [[false]]) as unknown[][] as [[unknown]];
    expect(isExcelError(trueCode) && trueCode.message).toBe(
      'unknown indicator code "TRUE": it is not in the catalogue',
    );
    expect(isExcelError(falseField) && falseField.message).toBe(
      'unknown field "FALSE": use one of name, goal, target, unit, polarity, end, worst, basis, objective, list',
    );
  });
});
