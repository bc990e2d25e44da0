// The sheets of the values-only copy (Publish → workbook) for people without the add-in: the
// Scoreboard as the scored plan builds it, and the checklist and indicator tables with the computed
// columns the same plan fills in. The checklist goes without its respondent columns, so the copy
// shows no one's individual answers (only item scores, spreads and evidence); users' own extra
// columns stay out too — the copy carries the contract's columns only.

import { CHECKLIST_CONTESTED_HEADER, CHECKLIST_HEADERS, INDICATOR_HEADERS, TABLES } from "../../engine/model/contract";
import { columnLetters, formatCellAddress, parseCellAddress, parseSheetRange } from "../../engine/plan/address";
import { normaliseHeader } from "../../engine/plan/headers";
import { freeSheetName } from "../../engine/plan/names";
import type { CellPlan, PlanScalar, SheetPlan, WorkbookPlan } from "../../engine/plan/types";
import type { TableData } from "../../engine/plan/tableData";
import { findTable } from "../../engine/read";
import type { TableSet } from "./workbookReading";

const HEADER_STYLE = "header";
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

const COPIED_COLUMNS: readonly { readonly table: string; readonly headers: readonly string[] }[] = [
  { table: TABLES.checklist, headers: [...Object.values(CHECKLIST_HEADERS), CHECKLIST_CONTESTED_HEADER] },
  { table: TABLES.indicators, headers: Object.values(INDICATOR_HEADERS) },
];

export function valuesCopySheets(scoredPlan: WorkbookPlan, tables: TableSet): SheetPlan[] {
  const computed = computedCells(scoredPlan);
  const sheets: SheetPlan[] = scoredPlan.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(withoutFormula) }));
  for (const { table: tableName, headers } of COPIED_COLUMNS) {
    const table = findTable(tables, tableName);
    if (table === null) continue;
    const name = freeSheetName(table.sheet, sheets.map((sheet) => sheet.name));
    sheets.push(tableSheet(name, table, headers, computed));
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

function tableSheet(name: string, table: TableData, headers: readonly string[], computed: ReadonlyMap<string, CellPlan>): SheetPlan {
  const wanted = new Set(headers.map(normaliseHeader));
  const columns = table.columns.map((column, index) => ({ column, index })).filter(({ column }) => wanted.has(column.key));
  const cells: CellPlan[] = columns.map(({ column }, position) => ({ address: formatCellAddress({ row: 1, column: position + 1 }), value: column.header, style: HEADER_STYLE }));
  const widths = columns.map(({ column }) => column.header.length);
  table.rows.forEach((row, rowIndex) => {
    columns.forEach(({ index }, position) => {
      const source = row.cells[index];
      if (source === undefined) return;
      const located = parseSheetRange(source.address);
      const plan = located === undefined ? undefined : computed.get(cellKey(located.sheet, formatCellAddress(located.bounds.start)));
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
  const columnWidths = Object.fromEntries(widths.map((width, position) => [columnLetters(position + 1), Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2))]));
  return { name, owned: false, cells, columnWidths, freeze: { rows: 1, columns: 0 } };
}

// Errors read from the workbook (#N/A in a computed cell the plan does not rewrite) show as their code.
function scalar(value: TableData["rows"][number]["cells"][number]["value"]): PlanScalar {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return value.errorCode;
  return value;
}
