// The self-test's scratch access over the in-memory workbook (see ../scratchAccess.ts), for the
// browser preview and the tests.

import { absoluteReference, formatCellAddress, parseRange } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import type { CellReading, ScratchAccess } from "../scratchAccess";
import type { MemoryWorkbook } from "./memoryWorkbook";

export class MemoryScratch implements ScratchAccess {
  private readonly workbook: MemoryWorkbook;

  constructor(workbook: MemoryWorkbook) {
    this.workbook = workbook;
  }

  readCells(sheet: string, range: string): Promise<readonly (readonly CellReading[])[]> {
    return settled(() => {
      const bounds = parseRange(range);
      if (bounds === undefined) throw new RangeError(`"${range}" is not a range`);
      if (this.workbook.sheet(sheet) === undefined)
        throw new Error(`the sheet "${sheet}" does not exist`);
      const rows: CellReading[][] = [];
      for (let row = bounds.start.row; row <= bounds.end.row; row++) {
        const cells: CellReading[] = [];
        for (let column = bounds.start.column; column <= bounds.end.column; column++) {
          const cell = this.workbook.cell(sheet, formatCellAddress({ row, column }));
          const value = cell?.value;
          cells.push({
            value: value === undefined || value === "" ? null : value,
            formula: cell?.formula ?? null,
          });
        }
        rows.push(cells);
      }
      return rows;
    });
  }

  nameFormula(name: string): Promise<string | null> {
    return settled(() => {
      const found = this.workbook.names.find((defined) => sameName(defined.name, name));
      return found === undefined ? null : `=${absoluteReference(found.sheet, found.range)}`;
    });
  }

  chartCount(sheet: string): Promise<number> {
    return settled(() => this.workbook.sheet(sheet)?.charts.length ?? 0);
  }

  removeScratch(sheets: readonly string[], names: readonly string[]): Promise<void> {
    return settled(() => {
      for (const name of names) this.workbook.deleteName(name);
      for (const sheet of sheets) this.workbook.deleteSheet(sheet);
    });
  }
}

// A host's answer always arrives later, as Office.js's does, so callers never rely on it being synchronous.
function settled<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(work());
      } catch (error: unknown) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
}
