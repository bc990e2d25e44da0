// The kind of file a copy of an opened package may be written as: a macro workbook opens in Excel
// only as .xlsm, and an .xlsm that is not a macro workbook not at all (score, import-answers).

import { extname } from "node:path";
import type { Problem } from "../../engine/model/types";

export function outputKindProblem(output: string, macroWorkbook: boolean): Problem | undefined {
  const xlsm = extname(output).toLowerCase() === ".xlsm";
  if (macroWorkbook === xlsm) return undefined;
  return {
    address: output,
    message: macroWorkbook
      ? "refused: the input is a macro workbook, which Excel opens only as .xlsm: name the output .xlsm"
      : "refused: the input has no macros, and Excel does not open an .xlsm that is not a macro workbook: name the output .xlsx",
    severity: "error",
  };
}
