import { DIV0, NA, VALUE_ERROR, isExcelError } from "./customFunctionsRuntime";
import fc from "fast-check";
import { FUNCTIONS, FUNCTION_IDS } from "../../src/functions/registry";

// Whatever the cells hold, every function returns a value or an Excel error: never an exception,
// never NaN or Infinity, never an empty spill.

const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 2100 }),
  fc.constantFrom(
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    50,
    75,
    100,
    2015,
    2024,
    2030,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "n/a",
    "N/A",
    "?",
    "4",
    " 42.5 ",
    "TA",
    "DIG",
    "GRN",
    "sdg",
    "principle",
    "median",
    "name",
    "end",
    "11.6.2",
    "1.2.1",
    ">=2020",
    "<>",
    "Nak*",
    "~*",
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(
    NA,
    VALUE_ERROR,
    DIV0,
    { type: "Error", basicValue: "#N/A" },
    { type: "FormattedNumber", basicValue: 3 },
    { odd: true },
  ),
);

const matrix = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

const argument = fc.oneof(
  cell,
  matrix,
  fc.array(cell, { maxLength: 4 }),
  fc.array(matrix, { maxLength: 5 }),
);

function isCellResult(value: unknown): boolean {
  if (isExcelError(value)) return true;
  if (typeof value === "string") return true;
  return typeof value === "number" && Number.isFinite(value);
}

function isResult(value: unknown): boolean {
  if (!Array.isArray(value)) return isCellResult(value);
  return (
    value.length > 0 &&
    value.every((row) => Array.isArray(row) && row.length > 0 && row.every(isCellResult))
  );
}

describe.each(FUNCTION_IDS)("C2C.%s never throws", (id) => {
  it("returns a value or an Excel error for any mix of cells", () => {
    const run = FUNCTIONS[id].run as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: 6 }), (args) => {
        const result = run(...args);
        expect(isResult(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
