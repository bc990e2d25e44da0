import {
  editableText,
  formatCellValue,
  roundHalfAway,
  typedCellValue,
} from "../../src/taskpane/preview/cellText";
import type { CellValue } from "../../src/engine/sheetValues";

describe("formatCellValue", () => {
  it.each<[CellValue, string | undefined, string]>([
    [null, undefined, ""],
    [undefined, "0.00", ""],
    [true, undefined, "TRUE"],
    ["n/a", "0.00", "n/a"],
    [{ errorCode: "#N/A" }, undefined, "#N/A"],
    [42, undefined, "42"],
    [1 / 3, undefined, "0.3333333333"],
    [2.08, "General", "2.08"],
    [3.14159, "0.00", "3.14"],
    [1.005, "0.00", "1.01"],
    [-1.005, "0.00", "-1.01"],
    [-0.004, "0.00", "0.00"],
    [82.45, "0.0", "82.5"],
    [7, "0", "7"],
    [0.6667, "0%", "67%"],
    [0.12345, "0.0%", "12.3%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-1234.5, "#,##0", "-1,235"],
    [12, "@", "12"],
  ])("%p in format %p shows %p", (value, format, shown) => {
    expect(formatCellValue(value, format)).toBe(shown);
  });

  it("rounds half away from zero on the decimal digits, as Excel displays them", () => {
    // Independent check: the exact decimal 2.675 rounds to 2.68 (toFixed gives 2.67 from the binary value).
    expect((2.675).toFixed(2)).toBe("2.67");
    expect(roundHalfAway(2.675, 2)).toBe("2.68");
    expect(roundHalfAway(0.5, 0)).toBe("1");
    expect(roundHalfAway(-0.5, 0)).toBe("-1");
  });
});

describe("typedCellValue", () => {
  it.each([
    ["42", 42],
    [" 4.5 ", 4.5],
    ["-3e2", -300],
    ["", null],
    ["   ", null],
    ["n/a", "n/a"],
    ["about twelve", "about twelve"],
    ["0x1A", "0x1A"],
    ["12 km", "12 km"],
  ])("%p is stored as %p", (text, value) => {
    expect(typedCellValue(text)).toBe(value);
  });

  it("edits start from the stored value, not the formatted one", () => {
    expect(editableText(2.0833333333333335)).toBe("2.0833333333333335");
    expect(editableText(null)).toBe("");
    expect(editableText({ errorCode: "#DIV/0!" })).toBe("#DIV/0!");
    expect(editableText(false)).toBe("FALSE");
  });
});
