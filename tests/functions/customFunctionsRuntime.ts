// Excel's CustomFunctions runtime does not exist under Jest. Importing this file first installs a
// stand-in with the same shape as @types/custom-functions-runtime: an Error class carrying `code`
// and `message`, the ErrorCode string enum, and an associate that records its calls.

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class RuntimeError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

export const associated: { id: string; fn: unknown }[] = [];

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: RuntimeError,
  ErrorCode,
  associate: (id: string, fn: unknown) => associated.push({ id, fn }),
};

/** True for an Excel error value, optionally with the given code ("#VALUE!", "#N/A"). */
export function isExcelError(value: unknown, code?: string): value is CustomFunctions.Error {
  return value instanceof RuntimeError && (code === undefined || value.code === code);
}

/** The code of an Excel error value, or the value itself, so tables can state expectations simply. */
export function shown(value: unknown): unknown {
  return value instanceof RuntimeError ? value.code : value;
}

/** A matrix with every error replaced by its code. */
export function shownMatrix(matrix: unknown): unknown {
  return Array.isArray(matrix)
    ? matrix.map((row: unknown) => (Array.isArray(row) ? row.map(shown) : shown(row)))
    : shown(matrix);
}

/** A cell as Excel passes it to the functions' `any` parameters. */
export type ArgumentCell = number | string | boolean | null | CustomFunctions.Error;

/** Error cells as Excel passes them to a function whose metadata allows errors. */
export const NA = new RuntimeError("#N/A") as unknown as CustomFunctions.Error;
export const VALUE_ERROR = new RuntimeError("#VALUE!") as unknown as CustomFunctions.Error;
export const DIV0 = new RuntimeError("#DIV/0!") as unknown as CustomFunctions.Error;

/**
 * Where the functions run, as far as blank cells go. Excel on the web passes a blank cell of a
 * reference argument as null; Excel on Windows and Mac pass it as 0, in ranges and single cells
 * alike, and no requirement set tells the two apart (office-js issues #4702, #5262, #1951). A live
 * formula must give the same result on both, so tests evaluate it under each.
 */
export type ExcelPlatform = "web" | "desktop";

/** A blank cell of a reference argument, as the platform passes it. */
export function passedBlank(platform: ExcelPlatform): null | 0 {
  return platform === "desktop" ? 0 : null;
}
