// Which plain sheet is read as which contract table, and where the table lies on it, whoever holds
// the cells (ExcelJS's model when the workbook is written back, our own reader when it is only
// read): a sheet named as in the contract whose first row holds that table's headers (README, "The
// workbook contract").

import {
  ACTION_HEADERS,
  CHECKLIST_HEADERS,
  INDICATOR_HEADERS,
  KEY_VALUE_HEADERS,
  SHEETS,
  STAKEHOLDER_HEADERS,
  TABLES,
} from "../../engine/model/contract";
import { normaliseHeader } from "../../engine/plan/headers";
import { sameName } from "../../engine/plan/names";

export interface PlainSheetRule {
  readonly table: string;
  readonly sheet: string;
  /** The headers that mark the sheet as this table; the reader checks the others as for a table. */
  readonly headers: readonly string[];
}

export const PLAIN_SHEET_RULES: readonly PlainSheetRule[] = [
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

/** A plain sheet read as a contract table, for the note that says so. */
export interface AdoptedSheet {
  readonly sheet: string;
  readonly table: string;
  /** The table's range, header row included, e.g. "A1:L25". */
  readonly range: string;
}

/** What a plain sheet shows of its cells, through whichever model holds them. */
export interface PlainGrid {
  /** The last column with a cell in the first row (0 when the row is empty). */
  readonly width: number;
  /** A header cell's text, trimmed; "" for a blank or a non-text cell. */
  headerAt(column: number): string;
  /** The last row with a value in any of the columns first..last (1 when none below the header). */
  lastFilledRow(first: number, last: number): number;
}

export interface PlainTableLayout {
  /** The first column (1-based); the header row is row 1. */
  readonly first: number;
  readonly headers: readonly string[];
  /** The last data row: at least 2, as an Excel table has at least one data row, even an empty one. */
  readonly lastRow: number;
}

/** Where the rule's table lies on the sheet, or undefined when its first row is not that table's header. */
export function plainTableLayout(
  grid: PlainGrid,
  rule: PlainSheetRule,
): PlainTableLayout | undefined {
  // pandas writes the index in column A under an empty header; the table starts at the first header.
  let first = 1;
  while (first <= grid.width && grid.headerAt(first) === "") first++;
  const headers: string[] = [];
  for (let column = first; column <= grid.width; column++) {
    const header = grid.headerAt(column);
    if (header === "") break;
    headers.push(header);
  }
  const keys = headers.map(normaliseHeader);
  if (new Set(keys).size !== keys.length) return undefined;
  if (!rule.headers.every((header) => keys.includes(normaliseHeader(header)))) return undefined;
  const lastRow = Math.max(grid.lastFilledRow(first, first + headers.length - 1), 2);
  return { first, headers, lastRow };
}

/**
 * The plain sheets to read as tables: per rule, the sheet of its name when the workbook has no
 * table of the rule's name and that sheet holds no table.
 */
export function plainSheetCandidates<S>(
  tableNames: readonly string[],
  sheets: readonly S[],
  nameOf: (sheet: S) => string,
  hasTables: (sheet: S) => boolean,
): { rule: PlainSheetRule; sheet: S }[] {
  return PLAIN_SHEET_RULES.flatMap((rule) => {
    if (tableNames.some((name) => sameName(name, rule.table))) return [];
    const sheet = sheets.find((candidate) => sameName(nameOf(candidate), rule.sheet));
    return sheet === undefined || hasTables(sheet) ? [] : [{ rule, sheet }];
  });
}
