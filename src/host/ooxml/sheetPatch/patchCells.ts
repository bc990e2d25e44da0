// Writes cells into a user's worksheet part and leaves every other byte as it was: the <c> elements
// at the edited references are replaced (sheetCellXml's, text inline so sharedStrings.xml stays
// untouched), missing rows and cells are inserted in order, and <dimension> grows to cover them.
//
// Shared formulas: when an edit overwrites a group's master while other cells still use it, each of
// those cells is given its own formula, the master's translated to its position (formulaShift.ts),
// so no cell loses its formula; a member overwritten alone simply leaves the group. An array
// formula's cells are computed together, so an edit into one is refused, naming the sheet and range.

import {
  formatCellAddress,
  parseCellAddress,
  qualifiedAddress,
  rangeContains,
  type CellPosition,
} from "../../../engine/plan/address";
import type { PlanScalar } from "../../../engine/plan/types";
import { sheetCellXml } from "../../../xlsxWriter/formulaCellXml";
import { cellFormula, sheetFormulas, withPlainFormula, type SharedGroup } from "./cellFormula";
import { coverInDimension } from "./dimension";
import { shiftFormula } from "./formulaShift";
import { rewriteRows, type ExistingCell, type PlacedCell } from "./rewriteRows";
import { attributeOf, findSheetData } from "./sheetScanner";
import { phrase } from "../../../engine/language/problemTexts";
import { patchingSheet, SheetPatchRefusal } from "./sheetPatchRefusal";

export interface CellEdit {
  /** "B7". */
  readonly reference: string;
  readonly value: PlanScalar;
  /** Without "=". */
  readonly formula?: string;
  /** cellXfs index; undefined keeps the cell's existing s= (or none). */
  readonly format?: number;
}

/**
 * The worksheet part with these cells written (the last edit of a reference wins). Throws
 * SheetPatchRefusal when an edit falls inside an array formula or the part is damaged, and
 * RangeError for a reference
 * that is no cell address (a malformed plan).
 */
export function patchWorksheetCells(
  xml: string,
  edits: readonly CellEdit[],
  sheet: string,
): string {
  if (edits.length === 0) return xml;
  return patchingSheet(sheet, () => patched(xml, edits, sheet));
}

function patched(xml: string, edits: readonly CellEdit[], sheet: string): string {
  const { prefix } = findSheetData(xml);
  const positioned = edits.map((edit) => ({ edit, position: cellPosition(edit.reference) }));
  const formulas = sheetFormulas(xml);
  for (const array of formulas.arrays) {
    const inside = positioned.find(({ position }) => rangeContains(array.bounds, position));
    if (inside !== undefined)
      throw new SheetPatchRefusal(
        phrase("patch.arrayFormula", {
          sheet,
          range: qualifiedAddress(sheet, array.ref),
          cell: inside.edit.reference,
        }),
      );
  }

  const placed = new Map<number, Map<number, PlacedCell>>();
  for (const { edit, position } of positioned) {
    const row = placed.get(position.row) ?? new Map<number, PlacedCell>();
    row.set(position.column, (replaced) => editedCellXml(edit, position, replaced, prefix));
    placed.set(position.row, row);
  }
  const edited = (position: CellPosition): boolean =>
    placed.get(position.row)?.has(position.column) === true;
  const dissolved = new Map<string, SharedGroup>(
    [...formulas.shared].filter(([, group]) => edited(group.master)),
  );

  const memberRows = new Set(
    [...dissolved.values()].flatMap(({ members }) => members.map(({ row }) => row)),
  );
  const patched = rewriteRows(xml, {
    visitsRow: (row) => memberRows.has(row),
    // No group dissolved: no existing cell changes, and the rows are copied in runs.
    ...(dissolved.size === 0
      ? {}
      : { existing: (cell: ExistingCell) => unsharedCell(cell, dissolved, prefix) }),
    placed,
  });
  return coverInDimension(
    patched,
    positioned.map(({ position }) => ({ start: position, end: position })),
  );
}

function cellPosition(reference: string): CellPosition {
  const position = parseCellAddress(reference);
  if (position === undefined) throw new RangeError(`"${reference}" is not a cell address`);
  return position;
}

function editedCellXml(
  edit: CellEdit,
  position: CellPosition,
  replaced: ExistingCell | undefined,
  prefix: string,
): string {
  const cell = sheetCellXml({
    reference: formatCellAddress(position),
    value: edit.value,
    ...(edit.formula === undefined ? {} : { formula: edit.formula }),
    format: edit.format ?? keptFormat(replaced),
  });
  return prefixed(cell, prefix);
}

/** The s= of the cell an edit without a format replaces, 0 when there is none. */
function keptFormat(replaced: ExistingCell | undefined): number {
  return replaced === undefined ? 0 : Number(attributeOf(replaced.startTag, "s") ?? "0") || 0;
}

/** sheetCellXml's elements in the part's prefix, for a sheet written as <x:c> (rare, but valid). */
export function prefixed(cellXml: string, prefix: string): string {
  return prefix === "" ? cellXml : cellXml.replace(/<(\/?)(c|f|v|is|t)\b/g, `<$1${prefix}$2`);
}

/** A member of a dissolved shared group, written with its own translated formula. */
function unsharedCell(
  cell: ExistingCell,
  dissolved: ReadonlyMap<string, SharedGroup>,
  prefix: string,
): { column: number; xml: string } | undefined {
  const formula = cellFormula(cell.xml, prefix);
  if (formula?.type !== "shared" || formula.sharedIndex === undefined) return undefined;
  const group = dissolved.get(formula.sharedIndex);
  if (group === undefined) return undefined;
  const text = shiftFormula(group.formula, {
    rows: cell.row - group.master.row,
    columns: cell.column - group.master.column,
  });
  return { column: cell.column, xml: withPlainFormula(cell.xml, formula, text) };
}
