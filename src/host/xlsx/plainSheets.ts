// Plain sheets read as the contract's tables. A sheet export, a CSV opened and saved, or pandas'
// DataFrame.to_excel keeps the cells but no Excel table; a sheet named as in the contract whose
// first row holds that table's headers is taken for the table, and becomes one in the workbook's
// model, so the scored copy holds it as the named Excel table (README, "The workbook contract").

import type ExcelJS from "exceljs";
import {
  ACTION_HEADERS,
  CHECKLIST_HEADERS,
  INDICATOR_HEADERS,
  KEY_VALUE_HEADERS,
  SHEETS,
  STAKEHOLDER_HEADERS,
  TABLES,
} from "../../engine/model/contract";
import { columnLetters } from "../../engine/plan/address";
import { normaliseHeader } from "../../engine/plan/headers";
import { sameName } from "../../engine/plan/names";
import { worksheetTables } from "./tableModels";

interface PlainSheetRule {
  readonly table: string;
  readonly sheet: string;
  /** The headers that mark the sheet as this table; the reader checks the others as for a table. */
  readonly headers: readonly string[];
}

const PLAIN_SHEET_RULES: readonly PlainSheetRule[] = [
  {
    table: TABLES.partnership,
    sheet: SHEETS.about,
    headers: [KEY_VALUE_HEADERS.key, KEY_VALUE_HEADERS.value],
  },
  {
    table: TABLES.settings,
    sheet: SHEETS.settings,
    headers: [KEY_VALUE_HEADERS.key, KEY_VALUE_HEADERS.value],
  },
  {
    table: TABLES.checklist,
    sheet: SHEETS.checklist,
    headers: [CHECKLIST_HEADERS.principle, CHECKLIST_HEADERS.itemId, CHECKLIST_HEADERS.item],
  },
  {
    table: TABLES.stakeholders,
    sheet: SHEETS.stakeholders,
    headers: [STAKEHOLDER_HEADERS.respondent, STAKEHOLDER_HEADERS.group],
  },
  {
    table: TABLES.indicators,
    sheet: SHEETS.indicators,
    headers: [
      INDICATOR_HEADERS.code,
      INDICATOR_HEADERS.city,
      INDICATOR_HEADERS.year,
      INDICATOR_HEADERS.value,
    ],
  },
  {
    table: TABLES.actions,
    sheet: SHEETS.actions,
    headers: [ACTION_HEADERS.id, ACTION_HEADERS.action],
  },
];

export interface AdoptedSheet {
  readonly sheet: string;
  readonly table: string;
  /** The table's range, header row included, e.g. "A1:L25". */
  readonly range: string;
}

/** Turns each plain contract sheet into its named table; returns what it turned. */
export function adoptPlainSheets(workbook: ExcelJS.Workbook): AdoptedSheet[] {
  const existing = workbook.worksheets.flatMap((worksheet) =>
    worksheetTables(worksheet).map((table) => table.name),
  );
  const adopted: AdoptedSheet[] = [];
  for (const rule of PLAIN_SHEET_RULES) {
    if (existing.some((name) => sameName(name, rule.table))) continue;
    const worksheet = workbook.worksheets.find((candidate) => sameName(candidate.name, rule.sheet));
    if (worksheet === undefined || worksheetTables(worksheet).length > 0) continue;
    const range = adopt(worksheet, rule);
    if (range !== undefined) adopted.push({ sheet: worksheet.name, table: rule.table, range });
  }
  return adopted;
}

function adopt(worksheet: ExcelJS.Worksheet, rule: PlainSheetRule): string | undefined {
  const width = worksheet.columnCount;
  // pandas writes the index in column A under an empty header; the table starts at the first header.
  let first = 1;
  while (first <= width && headerText(worksheet.getCell(1, first)) === "") first++;
  const headers: string[] = [];
  for (let column = first; column <= width; column++) {
    const header = headerText(worksheet.getCell(1, column));
    if (header === "") break;
    headers.push(header);
  }
  const keys = headers.map(normaliseHeader);
  if (new Set(keys).size !== keys.length) return undefined;
  if (!rule.headers.every((header) => keys.includes(normaliseHeader(header)))) return undefined;

  const last = first + headers.length - 1;
  let lastRow = 1;
  worksheet.eachRow((row, rowNumber) => {
    for (let column = first; column <= last; column++) {
      const value = row.getCell(column).value;
      if (value !== null && value !== undefined && value !== "") lastRow = rowNumber;
    }
  });
  const rows: ExcelJS.CellValue[][] = [];
  // An Excel table has at least one data row, even an empty one.
  for (let row = 2; row <= Math.max(lastRow, 2); row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let column = first; column <= last; column++)
      values.push(worksheet.getCell(row, column).value);
    rows.push(values);
  }
  // addTable writes the header and the rows back into their cells: the same values, styles kept.
  const table = worksheet.addTable({
    name: rule.table,
    ref: `${columnLetters(first)}1`,
    headerRow: true,
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  // No table style: the sheet keeps the look it had (as tables read without one, loadedTables.ts).
  const style = (table as unknown as { table?: { style?: { theme?: unknown } } }).table?.style;
  if (style !== undefined) style.theme = null;
  return `${columnLetters(first)}1:${columnLetters(last)}${Math.max(lastRow, 2)}`;
}

function headerText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (value !== null && typeof value === "object" && "richText" in value)
    return value.richText
      .map((run) => run.text)
      .join("")
      .trim();
  return "";
}
