// A cell value read from a workbook, as a plan writes it back: error cells become blanks (a plan
// writes values, and an error is not one the user typed).

import { isCellError, type CellValue } from "../cells";
import type { PlanScalar } from "../plan/types";

export function planValue(value: CellValue): PlanScalar {
  if (value === undefined || isCellError(value)) return null;
  return value;
}

/** y / n / blank for a yes-no column. */
export function yesNo(value: boolean | null): PlanScalar {
  return value === null ? null : value ? "y" : "n";
}
