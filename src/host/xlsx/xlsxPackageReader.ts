// An .xlsx package behind the read half of the WorkbookHost port, read by our own streaming reader
// (package/): the runner's commands that only read a workbook (report, compare, consolidate's
// sources, survey) go through it without loading ExcelJS, and `score` (through the package host)
// and `import-answers` (before ExcelJS writes the copy) read through it too, so every command reads
// a file the same way. Dates read as serial numbers of the 1900 system, as Excel stores them; cells
// carry their number format.

import {
  ADDIN_SETTINGS_SHEET,
  ownedSheets,
  settingsFromRows,
  type AddinSettings,
} from "../../engine/plan/addinSettings";
import { formatRange, MAX_ROWS, parseRange, type RangeBounds } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import { buildTableData, type TableData } from "../../engine/plan/tableData";
import type { CellValue } from "../../engine/sheetValues";
import type { SheetInfo, WorkbookReader } from "../workbookHost";
import {
  plainSheetCandidates,
  plainTableLayout,
  type AdoptedSheet,
  type PlainGrid,
} from "./plainSheetRules";
import type { SheetEntry } from "./package/workbookPart";
import type { SheetCells } from "./package/sheetCells";
import { PackageReadError } from "./package/packageReadError";
import { XlsxPackage, type PackageTable } from "./package/xlsxPackage";

export class XlsxPackageReader implements WorkbookReader {
  private readonly workbook: XlsxPackage;
  /** The file, named in a PackageReadError thrown when a sheet is first read. */
  private readonly source: string | undefined;
  private plainTables: readonly PackageTable[] | undefined;

  private constructor(workbook: XlsxPackage, source: string | undefined) {
    this.workbook = workbook;
    this.source = source;
  }

  /**
   * Reads a preflighted package's parts (the preflight's `parts`); throws PackageReadError when the
   * workbook, its styles or a table cannot be read. A sheet is read when first asked for, and throws
   * the same error then, naming `source`.
   */
  static fromParts(parts: ReadonlyMap<string, Uint8Array>, source?: string): XlsxPackageReader {
    try {
      return new XlsxPackageReader(XlsxPackage.open(parts), source);
    } catch (error: unknown) {
      throw error instanceof PackageReadError ? error.from(source) : error;
    }
  }

  /** The plain contract sheets read as their tables (plainSheetRules.ts), for the runner's note. */
  plainSheets(): readonly AdoptedSheet[] {
    return this.plainSheetTables().map((table) => ({
      sheet: table.sheet,
      table: table.name,
      range: table.ref,
    }));
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    const owned = ownedSheets(this.settings());
    return Promise.resolve(
      this.worksheets()
        .filter((sheet) => !sameName(sheet.name, ADDIN_SETTINGS_SHEET))
        .map((sheet) => ({
          name: sheet.name,
          owned: owned.some((name) => sameName(name, sheet.name)),
        })),
    );
  }

  readTable(name: string): Promise<TableData | null> {
    return Promise.resolve(this.tableData(name));
  }

  readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    return Promise.resolve(Object.fromEntries(names.map((name) => [name, this.tableData(name)])));
  }

  readAddinData(): Promise<AddinSettings> {
    return Promise.resolve(this.settings());
  }

  /** The sheets with cells, in tab order (chart sheets have none, and are not sheets to the port). */
  private worksheets(): SheetEntry[] {
    return this.workbook.sheets.filter((sheet) => sheet.path !== undefined);
  }

  /** A sheet's cells in `ranges` only: the rest of the sheet is stepped over, not read. */
  private sheetCells(name: string, ranges: readonly RangeBounds[]): SheetCells | undefined {
    const sheet = this.worksheets().find((candidate) => sameName(candidate.name, name));
    return sheet === undefined ? undefined : this.cellsOf(sheet, ranges);
  }

  private cellsOf(sheet: SheetEntry, ranges?: readonly RangeBounds[]): SheetCells | undefined {
    try {
      return this.workbook.cells(sheet, ranges);
    } catch (error: unknown) {
      throw error instanceof PackageReadError ? error.from(this.source) : error;
    }
  }

  private tableData(name: string): TableData | null {
    const table = [...this.workbook.tables, ...this.plainSheetTables()].find((candidate) =>
      sameName(candidate.name, name),
    );
    const bounds = table === undefined ? undefined : parseRange(table.ref);
    if (table === undefined || bounds === undefined) return null;
    const dataBounds = {
      start: bounds.start,
      end: { ...bounds.end, row: bounds.end.row - table.totalsRowCount },
    };
    const cells = this.sheetCells(table.sheet, [dataBounds]);
    if (cells === undefined) return null;
    return buildTableData({
      name: table.name,
      sheet: table.sheet,
      bounds: dataBounds,
      hasHeaderRow: table.headerRowCount > 0,
      columnNames: table.columnNames,
      cellAt: ({ row, column }) => cells.valueAt(row, column),
      numberFormatAt: ({ row, column }) => {
        const styleIndex = cells.styleIndexAt(row, column);
        return styleIndex === undefined ? undefined : this.workbook.numberFormat(styleIndex);
      },
    });
  }

  private plainSheetTables(): readonly PackageTable[] {
    this.plainTables ??= plainSheetCandidates(
      this.workbook.tables.map((table) => table.name),
      this.worksheets(),
      (sheet) => sheet.name,
      (sheet) => this.workbook.tables.some((table) => sameName(table.sheet, sheet.name)),
    ).flatMap(({ rule, sheet }) => {
      const cells = this.cellsOf(sheet);
      const layout = cells === undefined ? undefined : plainTableLayout(cellsGrid(cells), rule);
      if (layout === undefined) return [];
      const { first, headers, lastRow } = layout;
      const ref = formatRange({
        start: { row: 1, column: first },
        end: { row: lastRow, column: first + headers.length - 1 },
      });
      return [
        {
          name: rule.table,
          sheet: sheet.name,
          ref,
          headerRowCount: 1,
          totalsRowCount: 0,
          columnNames: headers,
        },
      ];
    });
    return this.plainTables;
  }

  private settings(): Record<string, string> {
    const cells = this.sheetCells(ADDIN_SETTINGS_SHEET, [SETTINGS_COLUMNS]);
    if (cells === undefined) return {};
    const rows = new Map<number, CellValue[]>();
    for (const { row, column, cell } of cells.entries()) {
      const values = rows.get(row) ?? [null, null];
      values[column - 1] = cell.value;
      rows.set(row, values);
    }
    return settingsFromRows([...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row));
  }
}

/** The hidden settings sheet's key and value columns (A:B), every row. */
const SETTINGS_COLUMNS: RangeBounds = {
  start: { row: 1, column: 1 },
  end: { row: MAX_ROWS, column: 2 },
};

function cellsGrid(cells: SheetCells): PlainGrid {
  let width = 0;
  for (const { column } of cells.entries()) width = Math.max(width, column);
  return {
    width,
    headerAt: (column) => {
      const value = cells.valueAt(1, column);
      if (typeof value === "string") return value.trim();
      return typeof value === "number" ? String(value) : "";
    },
    lastFilledRow: (first, last) => {
      let lastRow = 1;
      for (const { row, column, cell } of cells.entries()) {
        if (column < first || column > last || row <= lastRow) continue;
        if (cell.value !== null && cell.value !== undefined && cell.value !== "") lastRow = row;
      }
      return lastRow;
    },
  };
}
