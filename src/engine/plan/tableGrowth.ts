// A plan's table edits (WorkbookPlan.tableEdits) resolved against the tables as a host found them:
// where the new columns go, the table's range before and after, every new cell's value, and the
// cells below the table that appended rows will cover (which must be empty). Every host applies the
// same resolution, so memory, .xlsx and OfficeJS grow a table the same way and refuse the same edits.
//
// Inserted columns shift cells right the way Excel's own table column insert does: every cell of
// the table's rows from the insertion column rightwards, the cells beside the table included (the
// Checklist's principle subtotals two columns to its right move along instead of blocking the
// insert). Nothing is overwritten; a host refuses when another table stands in those rows to the
// right, or the shift would push cells past the sheet's last column.

import {
  columnLetters,
  columnNumber,
  formatCellAddress,
  formatRange,
  MAX_COLUMNS,
  MAX_ROWS,
  qualifiedAddress,
  rangesOverlap,
  type CellPosition,
  type RangeBounds,
} from "./address";
import { phrase, type Phrase, type PhraseValue } from "../language/problemTexts";
import { normaliseHeader } from "./headers";
import { PlanConflictError, PlanError } from "./planError";
import type { PlanScalar, TableEditPlan } from "./types";

/** What a host knows of a table before growing it. */
export interface TableShape {
  /** As the workbook spells it. */
  readonly name: string;
  readonly sheet: string;
  /** The whole table: header row, data rows and any totals row. */
  readonly bounds: RangeBounds;
  /** Header texts, left to right. */
  readonly headers: readonly string[];
  readonly hasHeaderRow: boolean;
  readonly hasTotalsRow: boolean;
}

export interface InsertedColumn {
  readonly header: string;
  /** One value per existing data row, top to bottom (blank where the plan gave none). */
  readonly values: readonly PlanScalar[];
}

export interface TableGrowth {
  readonly table: string;
  readonly sheet: string;
  /** The table's range before and after, header row included. */
  readonly before: RangeBounds;
  readonly after: RangeBounds;
  /** The sheet column the first new column takes; cells of the table's rows from here rightwards shift right. */
  readonly insertAt: number;
  readonly inserted: readonly InsertedColumn[];
  /**
   * The sheet column whose dropdown and cell style the new columns copy (the one to their left,
   * inside the table); undefined when they go before the table's first column or none are inserted.
   */
  readonly styleSource?: number;
  /** Appended rows, each a value per column of the grown table, left to right. */
  readonly appended: readonly (readonly PlanScalar[])[];
  /** The grown table's headers, left to right. */
  readonly headers: readonly string[];
  /** Cells below the table that appended rows cover (over the grown width); they must be empty. */
  readonly newlyCovered: readonly RangeBounds[];
}

/**
 * Resolves each table edit against the table the host found (`findTable` looks a name up without
 * case). Throws a PlanError listing every problem (unknown table or column, a new header the table
 * already has, more values than rows, a table with a totals row or without a header row).
 */
export function resolveTableEdits(
  edits: readonly TableEditPlan[],
  findTable: (name: string) => TableShape | undefined,
): TableGrowth[] {
  const problems: string[] = [];
  const growths = edits.flatMap((edit) => {
    const table = findTable(edit.table);
    if (table === undefined) {
      problems.push(`table edit of "${edit.table}": the workbook has no such table`);
      return [];
    }
    const growth = resolveOne(edit, table, (message) =>
      problems.push(`table edit of "${table.name}": ${message}`),
    );
    return growth === undefined ? [] : [growth];
  });
  if (problems.length > 0) throw new PlanError(problems);
  return growths;
}

function resolveOne(
  edit: TableEditPlan,
  table: TableShape,
  report: (message: string) => void,
): TableGrowth | undefined {
  if (!table.hasHeaderRow) report("the table has no header row to name columns by");
  if (table.hasTotalsRow) report("the table has a totals row; rows cannot be added below it");
  const { bounds } = table;
  const dataRows = bounds.end.row - bounds.start.row;
  const keys = table.headers.map(normaliseHeader);

  const newColumns = edit.insertColumns?.columns ?? [];
  let index = table.headers.length;
  const before = edit.insertColumns?.before;
  if (before !== undefined) {
    index = keys.indexOf(normaliseHeader(before));
    if (index < 0)
      report(
        `no column "${before}" to insert before (the table has ${table.headers.map((header) => `"${header}"`).join(", ")})`,
      );
  }
  const inserted = newColumns.map((column): InsertedColumn => {
    if (keys.includes(normaliseHeader(column.header)))
      report(`the table already has a column "${column.header}"`);
    const values = column.values ?? [];
    if (values.length > dataRows)
      report(
        `${values.length} values for the new column "${column.header}", but the table has ${dataRows} data rows`,
      );
    return {
      header: column.header,
      values: Array.from({ length: dataRows }, (_, row) => values[row] ?? null),
    };
  });
  const position = Math.max(index, 0);
  const headers = [
    ...table.headers.slice(0, position),
    ...inserted.map((column) => column.header),
    ...table.headers.slice(position),
  ];
  const grownKeys = headers.map(normaliseHeader);

  const appended = (edit.appendRows ?? []).map((row, rowIndex) => {
    const values: PlanScalar[] = headers.map(() => null);
    for (const [header, value] of Object.entries(row)) {
      const column = grownKeys.indexOf(normaliseHeader(header));
      if (column < 0) report(`appended row ${rowIndex + 1}: no column "${header}"`);
      else values[column] = value;
    }
    return values;
  });

  const insertAt = bounds.start.column + position;
  const after: RangeBounds = {
    start: bounds.start,
    end: { row: bounds.end.row + appended.length, column: bounds.end.column + inserted.length },
  };
  if (after.end.column > MAX_COLUMNS || after.end.row > MAX_ROWS)
    report("the grown table would pass the sheet's last row or column");
  const newlyCovered: RangeBounds[] = [];
  if (appended.length > 0) {
    newlyCovered.push({
      start: { row: bounds.end.row + 1, column: bounds.start.column },
      end: after.end,
    });
  }
  return {
    table: table.name,
    sheet: table.sheet,
    before: bounds,
    after,
    insertAt,
    inserted,
    ...(inserted.length > 0 && position > 0 ? { styleSource: insertAt - 1 } : {}),
    appended,
    headers,
    newlyCovered,
  };
}

/** The positions of a growth's newly covered cells, row by row. */
export function newlyCoveredPositions(growth: TableGrowth): CellPosition[] {
  const positions: CellPosition[] = [];
  for (const { start, end } of growth.newlyCovered) {
    for (let row = start.row; row <= end.row; row++) {
      for (let column = start.column; column <= end.column; column++)
        positions.push({ row, column });
    }
  }
  return positions;
}

/** How many occupied cells a refusal names before "and N more". */
const NAMED_CELLS = 8;

/**
 * Throws PlanConflictError when a growth would cover cells holding something (a value or a
 * formula), naming them; hosts call it with what they found before changing anything.
 */
export function refuseCoveredCells(
  growths: readonly TableGrowth[],
  occupied: (growth: TableGrowth) => readonly CellPosition[],
): void {
  refuseOccupied(growths, occupied, (growth, cells) =>
    phrase("conflict.coveredCells", {
      table: growth.table,
      range: formatRange(growth.after),
      cells,
    }),
  );
}

/**
 * Throws PlanConflictError when appending rows would move cells holding something down (where the
 * host inserts rows: everything below the table in its columns shifts), naming them; `why` says
 * in a sentence why this workbook moves them.
 */
export function refuseMovedCells(
  growths: readonly TableGrowth[],
  occupied: (growth: TableGrowth) => readonly CellPosition[],
  why: Phrase,
): void {
  refuseOccupied(growths, occupied, (growth, cells) =>
    phrase("conflict.movedCells", { table: growth.table, cells, why }),
  );
}

function refuseOccupied(
  growths: readonly TableGrowth[],
  occupied: (growth: TableGrowth) => readonly CellPosition[],
  sentence: (growth: TableGrowth, cells: PhraseValue) => Phrase,
): void {
  for (const growth of growths) {
    const cells = occupied(growth).map((position) =>
      qualifiedAddress(growth.sheet, formatCellAddress(position)),
    );
    if (cells.length === 0) continue;
    const named = cells.slice(0, NAMED_CELLS).join(", ");
    const shown =
      cells.length > NAMED_CELLS
        ? phrase("conflict.moreCells", { cells: named, more: cells.length - NAMED_CELLS })
        : named;
    throw new PlanConflictError("table", growth.table, sentence(growth, shown), cells);
  }
}

/**
 * Where a range laid over the sheet (a validation's, a conditional format's) lies once the table
 * grew, as Excel moves it with the cells: inside the table's rows, a range from the insertion
 * column rightwards (beside the table too) shifts right and one spanning it widens; a range of the table's data rows
 * ending on its last row grows down over the appended rows. Any other range stays.
 */
export function rangeAfterGrowth(range: RangeBounds, growth: TableGrowth): RangeBounds {
  const { before, after, insertAt } = growth;
  const count = growth.inserted.length;
  let { start, end } = range;
  const inTableRows = start.row >= before.start.row && end.row <= before.end.row;
  if (count > 0 && inTableRows && end.column >= insertAt) {
    if (start.column >= insertAt) start = { ...start, column: start.column + count };
    end = { ...end, column: end.column + count };
  }
  const dataRowsToEnd = start.row > before.start.row && end.row === before.end.row;
  const inTableColumns = start.column >= after.start.column && end.column <= after.end.column;
  if (growth.appended.length > 0 && dataRowsToEnd && inTableColumns)
    end = { ...end, row: after.end.row };
  return { start, end };
}

/**
 * The inserted columns' share of a grown range that ends on the column they copy (the dropdown of
 * the answer column to their left); undefined for any other range.
 */
export function insertedColumnsRange(
  grown: RangeBounds,
  growth: TableGrowth,
): RangeBounds | undefined {
  const source = growth.styleSource;
  if (source === undefined || grown.end.column !== source) return undefined;
  const firstData = growth.before.start.row + 1;
  const top = Math.max(grown.start.row, firstData);
  const bottom = Math.min(grown.end.row, growth.after.end.row);
  if (top > bottom) return undefined;
  return {
    start: { row: top, column: growth.insertAt },
    end: { row: bottom, column: growth.insertAt + growth.inserted.length - 1 },
  };
}

// A1 references in a formula's text: not inside a name, a function call, or after a sheet name.
const CELL_REFERENCE = /(?<![A-Za-z0-9_.!'$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/**
 * A conditional format's formula after the table grew, as Excel rewrites it: each reference to a
 * cell of the table's rows from the insertion column rightwards moves right with the cells (a range
 * spanning the insertion column widens, its end moving). References to other sheets, and text in
 * quotes, stay as they are.
 */
export function formulaAfterGrowth(formula: string, growth: TableGrowth): string {
  const count = growth.inserted.length;
  if (count === 0) return formula;
  const { before, insertAt } = growth;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part.replace(
        CELL_REFERENCE,
        (
          reference: string,
          columnDollar: string,
          letters: string,
          rowDollar: string,
          digits: string,
        ) => {
          const column = columnNumber(letters);
          const row = Number(digits);
          if (
            column === undefined ||
            column < insertAt ||
            row < before.start.row ||
            row > before.end.row
          )
            return reference;
          return `${columnDollar}${columnLetters(column + count)}${rowDollar}${digits}`;
        },
      );
    })
    .join("");
}

/** The cells that shift right: the table's rows from the insertion column to the last used column. */
export function shiftedBand(growth: TableGrowth, lastUsedColumn: number): RangeBounds | undefined {
  if (growth.inserted.length === 0 || lastUsedColumn < growth.insertAt) return undefined;
  return {
    start: { row: growth.before.start.row, column: growth.insertAt },
    end: { row: growth.before.end.row, column: lastUsedColumn },
  };
}

/**
 * Throws PlanConflictError when the cells beside the table cannot shift: another table stands in
 * its rows to the right (Excel refuses to shift part of a table), or the shift would push cells
 * past the sheet's last column.
 */
export function refuseBlockedShift(
  growth: TableGrowth,
  lastUsedColumn: number,
  otherTables: readonly { readonly name: string; readonly bounds: RangeBounds }[],
): void {
  const band = shiftedBand(growth, lastUsedColumn);
  if (band === undefined) return;
  const blocking = otherTables.find((table) => rangesOverlap(table.bounds, band));
  if (blocking !== undefined) {
    throw new PlanConflictError(
      "table",
      growth.table,
      phrase("conflict.tableBeside", { other: blocking.name, table: growth.table }),
    );
  }
  if (lastUsedColumn + growth.inserted.length > MAX_COLUMNS) {
    throw new PlanConflictError(
      "table",
      growth.table,
      phrase("conflict.pastLastColumn", { table: growth.table }),
    );
  }
}
