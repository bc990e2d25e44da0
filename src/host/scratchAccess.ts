// What the pane's self-test needs beyond the WorkbookHost port: cells read back as they stand
// (values and formulas, outside any table), a defined name's formula, the charts on a sheet, and
// the removal of the scratch sheets and names it made. Kept apart from the port on purpose: no use
// case reads loose cells or deletes a sheet, and the self-test must not give them a way to.

import type { CellValue } from "../engine/cells";

export interface CellReading {
  /** Blank cells read as null, errors as cell errors, formula cells as their last computed value. */
  readonly value: CellValue;
  /** The formula text starting with "=", or null for a constant or a blank. */
  readonly formula: string | null;
}

export interface ScratchAccess {
  /** The cells of an A1 range of a sheet, row by row. */
  readCells(sheet: string, range: string): Promise<readonly (readonly CellReading[])[]>;
  /** What a workbook-scoped name refers to ("='My sheet'!$B$2"); null when there is no such name. */
  nameFormula(name: string): Promise<string | null>;
  chartCount(sheet: string): Promise<number>;
  /** Deletes these names and sheets where they exist; a missing one is no error. */
  removeScratch(sheets: readonly string[], names: readonly string[]): Promise<void>;
}
