import fc from "fast-check";
import {
  csvField,
  csvLine,
  csvOptionsProblem,
  type CsvDelimiter,
  type CsvOptions,
} from "../../../src/engine/publish/csv";
import { parseCsv } from "./csvParse";

const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

/** What a reader gets back: the apostrophe that guards a formula-like text is part of the cell. */
function expectedText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe("csvField: formula injection", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+49 30 1234", "'+49 30 1234"],
    ["-3", "'-3"],
    ["-", "'-"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
    ["a=b", "a=b"],
    ["Lindhaven", "Lindhaven"],
    ["", ""],
  ])("text %j → %j", (text, written) => {
    expect(csvField(text)).toBe(written);
  });

  it.each([
    [-3, "-3"],
    [-2.5, "-2.5"],
    [0, "0"],
    [42.125, "42.125"],
    [Number.NaN, ""],
    [Number.POSITIVE_INFINITY, ""],
    [null, ""],
  ])("number %j → %j (numbers are never escaped)", (value, written) => {
    expect(csvField(value)).toBe(written);
  });
});

describe("csvField: locale", () => {
  const semicolonComma: CsvOptions = { delimiter: ";", decimalComma: true };
  it.each([
    [2.5, "2,5"],
    [-0.75, "-0,75"],
    [2030, "2030"],
    ["a;b", '"a;b"'],
    ["a,b", "a,b"],
  ])("with ';' and a decimal comma, %j → %j", (field, written) => {
    expect(csvField(field, semicolonComma)).toBe(written);
  });

  it("refuses a decimal comma with the comma as delimiter, and says why", () => {
    expect(csvOptionsProblem({ delimiter: ",", decimalComma: true })).toMatch(
      /decimal comma needs a delimiter other than the comma/,
    );
    expect(csvOptionsProblem({ delimiter: ";", decimalComma: true })).toBeNull();
    expect(csvOptionsProblem({ delimiter: "\t", decimalComma: true })).toBeNull();
    expect(csvOptionsProblem({ delimiter: ",", decimalComma: false })).toBeNull();
  });
});

describe("csvLine round trip", () => {
  it.each(DELIMITERS)(
    "reads back quotes, delimiters and line breaks in text with delimiter %j",
    (delimiter) => {
      const fields = [
        'say "hi", then go',
        "a;b",
        "tab\there",
        "two\nlines",
        "cr\r\nlf",
        "",
        "Ünïcødé – ok",
        'x"',
      ];
      const text = csvLine(fields, { delimiter, decimalComma: false });
      expect(parseCsv(text, delimiter)).toEqual([fields.map(expectedText)]);
    },
  );

  it("reads back any text and any finite number, with each delimiter and decimal mark", () => {
    const field = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    const options = fc.constantFrom<CsvOptions>(
      { delimiter: ",", decimalComma: false },
      { delimiter: ";", decimalComma: false },
      { delimiter: ";", decimalComma: true },
      { delimiter: "\t", decimalComma: true },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        options,
        (rows, chosen) => {
          const text = rows.map((row) => csvLine(row, chosen)).join("");
          const parsed = parseCsv(text, chosen.delimiter);
          expect(parsed).toHaveLength(rows.length);
          rows.forEach((row, r) => {
            row.forEach((value, c) => {
              const back = parsed[r]?.[c];
              if (typeof value === "number") {
                const number = Number((back ?? "").replace(",", "."));
                // -0 is written "0": compare as numbers, where they are equal.
                expect(number === value).toBe(true);
              } else expect(back).toBe(expectedText(value));
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
