// A cell value read from a workbook, as a plan writes it back: error cells become blanks (a plan
// writes values, and an error is not one the user typed).

import { isCellError, type CellValue } from "../cells";
import type { PlanScalar } from "../plan/types";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

export function planValue(value: CellValue): PlanScalar {
  if (value === undefined || isCellError(value)) return null;
  return value;
}

/** y / n / blank for a yes-no column, in the workbook's language (oui/non, sí/no). */
export function yesNo(value: boolean | null, words: TemplateWords = ENGLISH_WORDS): PlanScalar {
  return value === null ? null : words.token("flag", value ? "y" : "n");
}
