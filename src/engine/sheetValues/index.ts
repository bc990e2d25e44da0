// Spreadsheet semantics in one place: what a cell holds, what counts as blank, the text a value
// shows, when text is a number, how typed names compare, Excel's error codes and XML text escaping.
// The engine, the custom functions, the hosts and the readers all ask these, so they agree.

export {
  cellPhrase,
  describeCell,
  isBlank,
  isCellError,
  textOf,
  type CellValue,
} from "./cellValue";
export {
  EXCEL_ERROR_CODES,
  cellErrorOf,
  isExcelErrorCode,
  type CellError,
  type ExcelErrorCode,
} from "./errorCodes";
export { nameKey } from "./nameKey";
export { isDateFormat, isPercentFormat } from "./numberFormat";
export { numberFromText } from "./numberText";
export { xmlText } from "./xmlText";
