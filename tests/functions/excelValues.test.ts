import { DIV0, NA, isExcelError } from "./customFunctionsRuntime";
import {
  cellsOf,
  describeShape,
  isOmitted,
  shapeOf,
  toCellValue,
  toMatrix,
  toSingleCell,
} from "../../src/functions/excelValues";
import { fromResult, propagatedError, toExcelError } from "../../src/functions/runtime";
import type { ExcelErrorCode } from "../../src/engine/sheetValues";

describe("toCellValue: what Excel passes → the engine's CellValue", () => {
  it.each<[string, unknown, unknown]>([
    ["a number", 42.5, 42.5],
    ["text", "Nakuru", "Nakuru"],
    ["a boolean", true, true],
    ["null (an empty cell or an omitted argument)", null, null],
    ["undefined", undefined, null],
    ["a CustomFunctions.Error (allowErrorForDataTypeAny)", NA, { errorCode: "#N/A" }],
    ["a #DIV/0! error", DIV0, { errorCode: "#DIV/0!" }],
    [
      "an Excel.ErrorCellValue (data types)",
      { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
      { errorCode: "#N/A" },
    ],
    ["an ErrorCellValue without basic value", { type: "Error" }, { errorCode: "#VALUE!" }],
    [
      "a formatted number data type",
      { type: "FormattedNumber", basicValue: 0.5, numberFormat: "0%" },
      0.5,
    ],
    ["a double data type", { type: "Double", basicValue: 7 }, 7],
    ["a string data type", { type: "String", basicValue: "x" }, "x"],
    [
      "an entity with a text basic value",
      { type: "Entity", text: "Nakuru", basicValue: "Nakuru" },
      "Nakuru",
    ],
    ["the engine's own CellError", { errorCode: "#REF!" }, { errorCode: "#REF!" }],
    [
      "an error code the engine does not know reads as #VALUE!",
      { code: "#FUTURE!" },
      { errorCode: "#VALUE!" },
    ],
    ["an unknown object", { foo: 1 }, { errorCode: "#VALUE!" }],
    ["a function", () => 1, { errorCode: "#VALUE!" }],
    ["a bigint", BigInt(3), { errorCode: "#VALUE!" }],
  ])("%s", (_name, raw, expected) => {
    expect(toCellValue(raw)).toEqual(expected);
  });
});

describe("toMatrix and shapes", () => {
  it.each<[string, unknown, unknown]>([
    ["a single value is 1×1", 5, [[5]]],
    ["null is a 1×1 blank", null, [[null]]],
    [
      "a range stays as it is",
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ["a flat array is one row", [1, 2, 3], [[1, 2, 3]]],
    ["an empty array is a 1×1 blank", [], [[null]]],
    [
      "ragged rows are padded with blanks",
      [[1, 2], [3]],
      [
        [1, 2],
        [3, null],
      ],
    ],
    ["error objects inside a range are converted", [[NA]], [[{ errorCode: "#N/A" }]]],
  ])("%s", (_name, raw, expected) => {
    expect(toMatrix(raw)).toEqual(expected);
  });

  it("reads the top-left cell of a range as a single value", () => {
    expect(
      toSingleCell([
        [7, 8],
        [9, 10],
      ]),
    ).toBe(7);
    expect(toSingleCell("x")).toBe("x");
    expect(toSingleCell([])).toBeNull();
  });

  it("describes shapes in words", () => {
    expect(describeShape(shapeOf([[1], [2], [3]]))).toBe("3 rows × 1 column");
    expect(describeShape(shapeOf([[1, 2]]))).toBe("1 row × 2 columns");
  });

  it("lists cells row by row", () => {
    expect(
      cellsOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 3, 4]);
  });

  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    ["  ", true],
    [[[null]], true],
    [0, false],
    ["mean", false],
  ])("isOmitted(%p) is %p", (raw, expected) => {
    expect(isOmitted(raw)).toBe(expected);
  });
});

describe("the error boundary", () => {
  it.each<["invalid-input" | "out-of-range" | "missing-data", string]>([
    ["invalid-input", "#VALUE!"],
    ["out-of-range", "#VALUE!"],
    ["missing-data", "#N/A"],
  ])("maps %s to %s with the engine's message", (kind, code) => {
    const error = toExcelError({ kind, message: "because" });
    expect(isExcelError(error, code)).toBe(true);
    expect(error.message).toBe("because");
  });

  it("passes an ok value through", () => {
    expect(fromResult({ ok: true, value: 3 })).toBe(3);
  });

  it.each<[ExcelErrorCode, string, string | undefined]>([
    ["#N/A", "#N/A", "m"],
    ["#VALUE!", "#VALUE!", "m"],
    ["#DIV/0!", "#DIV/0!", undefined],
    ["#NUM!", "#NUM!", undefined],
    ["#NULL!", "#NULL!", undefined],
    // Excel refuses these as a function's output, and newer codes are unknown to the runtime.
    ["#REF!", "#VALUE!", "m"],
    ["#NAME?", "#VALUE!", "m"],
    ["#SPILL!", "#VALUE!", "m"],
  ])("passes an input %s on as %s", (input, output, message) => {
    const error = propagatedError(input, "m");
    expect(isExcelError(error, output)).toBe(true);
    expect(error.message).toBe(message);
  });
});
