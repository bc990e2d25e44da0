// The portable-formula check: every formula cell of a workbook, recomputed by LibreOffice, must
// equal the value the runner cached in it (docs/decisions/0003-portable-check.md).

import { cellKey, readFormulaCells, type FormulaCell } from "./formulaCells";
import { recalculateWithLibreOffice } from "./libreOffice";
import { NOT_RECALCULATED, plantMarkers } from "./plantMarkers";
import { sameValue } from "./compareValues";
import type { CellValue } from "../../src/engine/cells";

export type Finding =
  /** LibreOffice computed another value than the one cached in the file. */
  | { readonly kind: "mismatch"; readonly cell: FormulaCell; readonly recomputed: CellValue }
  /** LibreOffice's file has no formula at the cell any more. */
  | { readonly kind: "formula-lost"; readonly cell: FormulaCell }
  /** LibreOffice kept the planted marker: it did not recompute the cell, so the cell is unchecked. */
  | { readonly kind: "not-recalculated"; readonly cell: FormulaCell };

export interface WorkbookCheck {
  /** Formula cells in the workbook, each compared. */
  readonly formulas: number;
  readonly findings: readonly Finding[];
}

/** Checks each workbook (the bytes of an .xlsx file) with one LibreOffice run for all of them. */
export async function checkWorkbooks(
  soffice: string,
  workbooks: readonly Uint8Array[],
): Promise<WorkbookCheck[]> {
  const storedCells = await Promise.all(workbooks.map(readFormulaCells));
  const marked = await Promise.all(workbooks.map(plantMarkers));
  const recalculated = await recalculateWithLibreOffice(
    soffice,
    marked.map((copy) => copy.bytes),
  );
  return Promise.all(
    storedCells.map(async (cells, index) => {
      const bytes = recalculated[index];
      if (bytes === undefined)
        throw new Error("LibreOffice returned fewer workbooks than it was given");
      const recomputed = new Map(
        (await readFormulaCells(bytes)).map((cell) => [cellKey(cell), cell]),
      );
      return {
        formulas: cells.length,
        findings: cells.flatMap((cell) => findingsFor(cell, recomputed.get(cellKey(cell)))),
      };
    }),
  );
}

function findingsFor(cell: FormulaCell, recomputed: FormulaCell | undefined): Finding[] {
  if (recomputed === undefined) return [{ kind: "formula-lost", cell }];
  if (recomputed.value === NOT_RECALCULATED) return [{ kind: "not-recalculated", cell }];
  return sameValue(cell.value, recomputed.value)
    ? []
    : [{ kind: "mismatch", cell, recomputed: recomputed.value }];
}
