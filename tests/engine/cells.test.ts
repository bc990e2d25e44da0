import { isCellError, readAnswer, readNumber, type CellValue } from "../../src/engine/cells";

describe("isCellError", () => {
  it.each<[unknown, boolean]>([
    [{ errorCode: "#N/A" }, true],
    [{ errorCode: "#VALUE!", message: "bad" }, true],
    [{ errorCode: 7 }, false],
    [{}, false],
    [null, false],
    [undefined, false],
    ["#N/A", false],
    [0, false],
  ])("%p → %p", (value, expected) => {
    expect(isCellError(value)).toBe(expected);
  });
});

describe("readNumber", () => {
  it.each<[CellValue, number]>([
    [42.5, 42.5],
    [0, 0],
    [-3, -3],
    [1e-300, 1e-300],
    ["42.5", 42.5],
    [" 4 ", 4],
    ["\t-0.5\n", -0.5],
    ["+7", 7],
    [".5", 0.5],
    ["5.", 5],
    ["1e3", 1000],
    ["2.5E-1", 0.25],
  ])("reads %p as the number %p", (cell, expected) => {
    expect(readNumber(cell)).toEqual({ kind: "number", value: expected });
  });

  it.each<[CellValue]>([[null], [undefined], [""], ["  "], ["\t\n"]])(
    "reads %p as blank",
    (cell) => {
      expect(readNumber(cell)).toEqual({ kind: "blank" });
    },
  );

  it.each<[CellValue, string]>([
    ["abc", 'the text "abc" is not a number'],
    ["n/a", 'the text "n/a" is not a number'],
    ["?", 'the text "?" is not a number'],
    ["42,5", 'the text "42,5" is not a number'],
    ["0x1A", 'the text "0x1A" is not a number'],
    ["Infinity", 'the text "Infinity" is not a number'],
    ["1 2", 'the text "1 2" is not a number'],
    ["1e999", "infinity is not a usable number"],
    [true, "TRUE is not a number"],
    [false, "FALSE is not a number"],
    [NaN, "the value is not a number (NaN)"],
    [Infinity, "infinity is not a usable number"],
    [-Infinity, "-infinity is not a usable number"],
    [{ errorCode: "#N/A" }, "the cell holds the error #N/A"],
    [{ errorCode: "#DIV/0!" }, "the cell holds the error #DIV/0!"],
  ])("reads %p as invalid: %s", (cell, message) => {
    expect(readNumber(cell)).toMatchObject({ kind: "invalid", message });
  });
});

describe("readAnswer", () => {
  it.each<[CellValue, 1 | 2 | 3 | 4 | 5]>([
    [1, 1],
    [5, 5],
    [3.0, 3],
    ["4", 4],
    [" 2 ", 2],
    ["4.0", 4],
  ])("reads %p as the score %p", (cell, expected) => {
    expect(readAnswer(cell)).toEqual({ kind: "score", value: expected });
  });

  it.each<[CellValue]>([["n/a"], ["N/A"], [" n/a "], ["N/a"]])(
    "reads %p as not applicable",
    (cell) => {
      expect(readAnswer(cell)).toEqual({ kind: "not-applicable" });
    },
  );

  it.each<[CellValue]>([["?"], [" ? "]])("reads %p as don't know", (cell) => {
    expect(readAnswer(cell)).toEqual({ kind: "dont-know" });
  });

  it.each<[CellValue]>([[null], [undefined], [""], ["  "]])("reads %p as blank", (cell) => {
    expect(readAnswer(cell)).toEqual({ kind: "blank" });
  });

  it.each<[CellValue]>([[0], [7], [2.5], [-1], ["6"], ["2.5"]])(
    "reads %p as out of scale",
    (cell) => {
      const reading = readAnswer(cell);
      expect(reading).toMatchObject({ kind: "invalid", outOfScale: true });
      expect(reading.kind === "invalid" && reading.message).toMatch(
        /is not on the scale: use a whole number from 1 to 5, n\/a or \?$/,
      );
    },
  );

  it.each<[CellValue, string]>([
    ["abc", 'the text "abc" is not an answer: use 1 to 5, n/a or ?'],
    ["na", 'the text "na" is not an answer: use 1 to 5, n/a or ?'],
    [true, "TRUE is not an answer: use 1 to 5, n/a or ?"],
    [NaN, "the value NaN is not an answer: use 1 to 5, n/a or ?"],
    [Infinity, "the value Infinity is not an answer: use 1 to 5, n/a or ?"],
    [{ errorCode: "#N/A" }, "the error #N/A is not an answer: use 1 to 5, n/a or ?"],
  ])("reads %p as invalid text: %s", (cell, message) => {
    expect(readAnswer(cell)).toMatchObject({ kind: "invalid", message, outOfScale: false });
  });
});
