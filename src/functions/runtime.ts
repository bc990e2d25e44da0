// The one boundary between engine results and Excel's error values. Engine code never
// sees CustomFunctions; every wrapper hands its Result to these functions, so the mapping from
// an EngineError kind to an Excel error code lives in exactly one place.

import type { EngineError, Result } from "../engine/result";
import type { ExcelErrorCode } from "../engine/sheetValues";

/** What one cell of a custom function's result may hold: "" shows as an empty cell. */
export type ExcelScalar = number | string | CustomFunctions.Error;

/** A spilled result: rows of cells. A 1×1 matrix shows in one cell. */
export type ExcelMatrix = ExcelScalar[][];

/** #VALUE! for bad input (text in a number argument, an answer of 7, end equal to worst). */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** #N/A for an aggregate with no data at all. */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** invalid-input and out-of-range are the user's input to fix (#VALUE!); missing-data is a gap (#N/A). */
export function toExcelError(error: EngineError): CustomFunctions.Error {
  switch (error.kind) {
    case "invalid-input":
    case "out-of-range":
      return invalidValue(error.message);
    case "missing-data":
      return notAvailable(error.message);
  }
}

/** The value of an ok Result, or its error as an Excel error value. */
export function fromResult<T>(result: Result<T>): T | CustomFunctions.Error {
  return result.ok ? result.value : toExcelError(result.error);
}

/**
 * The error an input cell held, passed on unchanged as Excel's own functions do (SCORE of a #N/A
 * cell is #N/A). Excel accepts a message only with #VALUE! and #N/A, and refuses #NAME? and #REF!
 * as output; those, and codes newer than the runtime (#SPILL!, #CALC!), become #VALUE! with the
 * message.
 */
export function propagatedError(errorCode: ExcelErrorCode, message: string): CustomFunctions.Error {
  switch (errorCode) {
    case "#N/A":
      return notAvailable(message);
    case "#DIV/0!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "#NUM!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "#NULL!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.nullReference);
    default:
      return invalidValue(message);
  }
}
