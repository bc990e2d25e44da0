// ExcelJS cell values → the engine's CellValue, so a file reads exactly like the same workbook in
// Excel (where Office.js hands over numbers, texts, booleans and error codes).

import type ExcelJS from "exceljs";
import { cellErrorOf, type CellValue } from "../../../src/engine/sheetValues";

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Numbers, texts and booleans as they are; blanks as null; errors as { errorCode }; a formula as its
 * cached result; rich text and hyperlinks as their text; dates as Excel serial numbers (what Excel
 * itself stores, and what Office.js returns for a date cell).
 */
export function readCellValue(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date)
    return (value.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
  if ("error" in value) return cellErrorOf(value.error);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return hyperlinkText(value.text);
  if ("formula" in value || "sharedFormula" in value)
    return readCellValue(value.result ?? null, date1904);
  return null;
}

// ExcelJS types a hyperlink's text as a string, but reads rich-text hyperlinks as { richText }.
function hyperlinkText(text: unknown): string {
  if (typeof text === "string") return text;
  if (
    typeof text === "object" &&
    text !== null &&
    "richText" in text &&
    Array.isArray(text.richText)
  ) {
    return text.richText
      .map((run: unknown) =>
        typeof run === "object" && run !== null && "text" in run ? String(run.text) : "",
      )
      .join("");
  }
  return "";
}
