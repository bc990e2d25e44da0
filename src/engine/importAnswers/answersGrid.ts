// An answers file as rows of cells, whatever it came as: the records of a text file (CSV, every
// cell a text) or the rows of a workbook's sheet (.xlsx, cells as the workbook stores them). Each
// row keeps its line (or sheet row), so every message names the place a user sees.

import { columnLetters } from "../plan/address";
import { isBlank, type CellValue } from "../sheetValues";
import type { AnswersPlace } from "./answersPlace";

export interface GridRow {
  /** The 1-based line of a text file, or row of a sheet, the row starts on. */
  readonly line: number;
  readonly cells: readonly CellValue[];
}

export interface AnswersGrid {
  /** The sheet of a workbook export; null for a text file. */
  readonly sheet: string | null;
  /** Every row with a cell that is not blank, the header first, in file order. */
  readonly rows: readonly GridRow[];
}

/** A sheet of a workbook export: its name and its rows, each with its row number. */
export interface ExportSheet {
  readonly name: string;
  readonly rows: readonly GridRow[];
}

/** What an answers file holds, as the host read it: a text (CSV) or a workbook's sheets (.xlsx). */
export type AnswersSource =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "sheets"; readonly sheets: readonly ExportSheet[] };

/** The rows with a cell that is not blank. */
export function filledRows(rows: readonly GridRow[]): GridRow[] {
  return rows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
}

/** Form!D7 for a cell of a workbook export (column 0-based); undefined for a text file. */
export function cellPlace(
  grid: AnswersGrid,
  line: number,
  column: number,
): AnswersPlace | undefined {
  return grid.sheet === null
    ? undefined
    : { kind: "cell", sheet: grid.sheet, cell: `${columnLetters(column + 1)}${line}` };
}

/** Form row 7 for a row of a workbook export; undefined for a text file. */
export function rowPlace(grid: AnswersGrid, line: number): AnswersPlace | undefined {
  return grid.sheet === null ? undefined : { kind: "row", sheet: grid.sheet, row: line };
}
