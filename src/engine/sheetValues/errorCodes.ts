// The error values a spreadsheet cell can hold, as Excel spells them. Every host turns its own
// error objects (the text Excel's API returns, a file library's error cell, a custom function's
// error) into one of these codes, so the engine switches over a closed set instead of free text.

export const EXCEL_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** An error value from a spreadsheet cell. */
export interface CellError {
  readonly errorCode: ExcelErrorCode;
}

const KNOWN: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);

export function isExcelErrorCode(text: string): text is ExcelErrorCode {
  return KNOWN.has(text);
}

/**
 * The cell error a host's error text stands for. A code this list does not know (one newer than
 * the product) reads as #VALUE!, the error Excel itself gives for a value it cannot use.
 */
export function cellErrorOf(code: string): CellError {
  return { errorCode: isExcelErrorCode(code) ? code : "#VALUE!" };
}
