// The sheets of the values-only copy (Publish → workbook) for people without the add-in: the
// Scoreboard as the scored plan builds it, and the checklist and indicator tables with the computed
// columns the same plan fills in. Published output keeps respondents private (privacyRule): the
// checklist goes without its respondent columns, and an item backed by fewer answers than the
// minimum group size loses its score, spread and contested flag, with the reason beside it; when the
// whole checklist has fewer respondents than that minimum, the Scoreboard's principle scores, alignment
// and radar go too, with the reason in their place (withheldScoreboard). Users'
// own extra columns stay out too — the copy carries the contract's columns only.

import {
  CHECKLIST_CONTESTED_HEADER,
  CHECKLIST_HEADERS,
  INDICATOR_HEADERS,
  TABLES,
} from "../model/contract";
import {
  columnLetters,
  formatCellAddress,
  parseCellAddress,
  parseSheetRange,
} from "../plan/address";
import { normaliseHeader } from "../plan/headers";
import { freeSheetName } from "../plan/names";
import type { CellPlan, PlanScalar, SheetPlan, WorkbookPlan } from "../plan/types";
import type { TableData, TableRowData } from "../plan/tableData";
import type { AssessmentScores } from "../assessment/types";
import { principlesWithheld } from "./principlesWithheld";
import { publishedItem } from "./publishedItems";
import { withheldScoreboard } from "./withheldScoreboard";
import { findTable } from "../read";

const HEADER_STYLE = "header";
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

const COPIED_COLUMNS: readonly { readonly table: string; readonly headers: readonly string[] }[] = [
  {
    table: TABLES.checklist,
    headers: [...Object.values(CHECKLIST_HEADERS), CHECKLIST_CONTESTED_HEADER],
  },
  { table: TABLES.indicators, headers: Object.values(INDICATOR_HEADERS) },
];

/** The heading of the column that says why an item's numbers are not published. */
export const NOT_PUBLISHED_HEADER = "Not published";

const SUPPRESSED_COLUMNS = new Set(
  [CHECKLIST_HEADERS.itemScore, CHECKLIST_HEADERS.spread, CHECKLIST_CONTESTED_HEADER].map(
    normaliseHeader,
  ),
);

/** Why a table row's numbers are withheld; null when the row may be published whole. */
type Withheld = (row: TableRowData) => string | null;

/** The workbook's tables by name, as a host read them (null: not found). */
type TableSet = Readonly<Record<string, TableData | null>>;

export function valuesCopySheets(
  scoredPlan: WorkbookPlan,
  tables: TableSet,
  scores: AssessmentScores,
): SheetPlan[] {
  const computed = computedCells(scoredPlan);
  const withheldPrinciples = principlesWithheld(scores);
  const sheets: SheetPlan[] = scoredPlan.sheets.map((sheet) => {
    const values = { ...sheet, cells: sheet.cells.map(withoutFormula) };
    return withheldPrinciples === null
      ? values
      : withheldScoreboard(values, scores.principles.length, withheldPrinciples);
  });
  const itemsByRow = new Map(
    scores.items.map((item) => [item.row, publishedItem(item, scores.settings.minimumGroupSize)]),
  );
  const withheldItem: Withheld = (row) => itemsByRow.get(row.row)?.suppressed ?? null;
  for (const { table: tableName, headers } of COPIED_COLUMNS) {
    const table = findTable(tables, tableName);
    if (table === null) continue;
    const name = freeSheetName(
      table.sheet,
      sheets.map((sheet) => sheet.name),
    );
    sheets.push(
      tableSheet(
        name,
        table,
        headers,
        computed,
        tableName === TABLES.checklist ? withheldItem : () => null,
      ),
    );
  }
  return sheets;
}

function withoutFormula(cell: CellPlan): CellPlan {
  return {
    address: cell.address,
    value: cell.value,
    ...(cell.style === undefined ? {} : { style: cell.style }),
    ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
  };
}

/** The cells the scored plan writes into the input tables, by "sheet!A1" in lower case. */
function computedCells(plan: WorkbookPlan): Map<string, CellPlan> {
  const cells = new Map<string, CellPlan>();
  for (const edit of plan.edits ?? []) {
    for (const cell of edit.cells) {
      const position = parseCellAddress(cell.address);
      if (position !== undefined) cells.set(cellKey(edit.sheet, formatCellAddress(position)), cell);
    }
  }
  return cells;
}

const cellKey = (sheet: string, address: string): string => `${sheet.toLowerCase()}!${address}`;

function tableSheet(
  name: string,
  table: TableData,
  headers: readonly string[],
  computed: ReadonlyMap<string, CellPlan>,
  withheld: Withheld,
): SheetPlan {
  const wanted = new Set(headers.map(normaliseHeader));
  const columns = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => wanted.has(column.key));
  const reasons = table.rows.map(withheld);
  const headerTexts = [
    ...columns.map(({ column }) => column.header),
    ...(reasons.some((reason) => reason !== null) ? [NOT_PUBLISHED_HEADER] : []),
  ];
  const cells: CellPlan[] = headerTexts.map((header, position) => ({
    address: formatCellAddress({ row: 1, column: position + 1 }),
    value: header,
    style: HEADER_STYLE,
  }));
  const widths = headerTexts.map((header) => header.length);
  table.rows.forEach((row, rowIndex) => {
    const reason = reasons[rowIndex] ?? null;
    if (reason !== null) {
      cells.push({
        address: formatCellAddress({ row: rowIndex + 2, column: columns.length + 1 }),
        value: reason,
      });
      widths[columns.length] = Math.max(widths[columns.length] ?? 0, reason.length);
    }
    columns.forEach(({ column, index }, position) => {
      const source = row.cells[index];
      if (source === undefined || (reason !== null && SUPPRESSED_COLUMNS.has(column.key))) return;
      const located = parseSheetRange(source.address);
      const plan =
        located === undefined
          ? undefined
          : computed.get(cellKey(located.sheet, formatCellAddress(located.bounds.start)));
      const value: PlanScalar = plan?.value ?? scalar(source.value);
      if (value === null) return;
      cells.push({
        address: formatCellAddress({ row: rowIndex + 2, column: position + 1 }),
        value,
        ...(plan?.style === undefined ? {} : { style: plan.style }),
        ...(plan?.numberFormat === undefined ? {} : { numberFormat: plan.numberFormat }),
      });
      widths[position] = Math.max(widths[position] ?? 0, String(value).length);
    });
  });
  const columnWidths = Object.fromEntries(
    widths.map((width, position) => [
      columnLetters(position + 1),
      Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)),
    ]),
  );
  return { name, owned: false, cells, columnWidths, freeze: { rows: 1, columns: 0 } };
}

// Errors read from the workbook (#N/A in a computed cell the plan does not rewrite) show as their code.
function scalar(value: TableData["rows"][number]["cells"][number]["value"]): PlanScalar {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return value.errorCode;
  return value;
}
