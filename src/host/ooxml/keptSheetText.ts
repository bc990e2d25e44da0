// A kept sheet's part as the plans have changed it so far: its text with each change applied in
// turn (cells patched in their `<c>` elements, tables grown), and the text of each table part a
// growth rewrote. The save writes this; the package host reads its tables back from the same text
// (import-answers reads the Checklist again after adding respondent columns).

import { formatCellAddress, parseCellAddress } from "../../engine/plan/address";
import type { CellPlan } from "../../engine/plan/types";
import type { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import type { PackageParts } from "../xlsx/package/packageParts";
import { partTextOf } from "../xlsx/package/partTextCache";
import type { KeptSheet } from "./packageModel";
import { growTableInSheet, growTablePart, patchWorksheetCells, type CellEdit } from "./sheetPatch";

export interface KeptSheetText {
  /** The worksheet part's text, every change applied. */
  readonly xml: string;
  /** Table part path → its text, for each table a change grew. */
  readonly tableParts: ReadonlyMap<string, string>;
}

/**
 * The kept sheet's part with its changes applied; undefined when nothing changed it or it has no
 * part. Formats of edited cells are appended to `styles`. Throws SheetPatchRefusal (a sentence
 * naming the sheet) for a patch the runner will not make.
 */
export function keptSheetText(
  sheet: KeptSheet,
  parts: PackageParts,
  styles: StylesBuilder,
): KeptSheetText | undefined {
  const path = sheet.place.path;
  if (path === undefined || sheet.changes.length === 0) return undefined;
  let xml = partText(parts, path);
  const tableParts = new Map<string, string>();
  for (const change of sheet.changes) {
    if (change.kind === "edit") {
      xml = patchWorksheetCells(xml, cellEdits(sheet, change.cells, styles), sheet.name);
      continue;
    }
    xml = growTableInSheet(xml, change.growth);
    const tablePath = change.tablePath;
    if (tablePath !== undefined)
      tableParts.set(
        tablePath,
        growTablePart(tableParts.get(tablePath) ?? partText(parts, tablePath), change.growth),
      );
  }
  return { xml, tableParts };
}

/** The edits in plan order, one per cell (the last wins, as it would in a host writing them in turn). */
function cellEdits(
  sheet: KeptSheet,
  cells: readonly CellPlan[],
  styles: StylesBuilder,
): CellEdit[] {
  const byAddress = new Map<string, CellPlan>();
  for (const cell of cells) {
    const position = parseCellAddress(cell.address);
    if (position === undefined)
      throw new RangeError(`the cell "${cell.address}" of "${sheet.name}" is not an A1 address`);
    const reference = formatCellAddress(position);
    byAddress.delete(reference);
    byAddress.set(reference, cell);
  }
  const formats = new Map<string, number>();
  return [...byAddress].map(([reference, cell]) => {
    const formula = cell.formula?.portable.slice(1);
    const key = `${cell.style ?? ""}\u0000${cell.numberFormat ?? ""}`;
    let format = formats.get(key);
    if (format === undefined && (cell.style !== undefined || cell.numberFormat !== undefined)) {
      const named = cell.style === undefined ? {} : (sheet.styles[cell.style] ?? {});
      format = styles.cellFormat(
        cell.numberFormat === undefined ? named : { ...named, numberFormat: cell.numberFormat },
      );
      formats.set(key, format);
    }
    return {
      reference,
      value: cell.value,
      ...(formula === undefined ? {} : { formula }),
      ...(format === undefined ? {} : { format }),
    };
  });
}

function partText(parts: PackageParts, path: string): string {
  const bytes = parts.get(path);
  if (bytes === undefined) throw new Error(`the package has no part ${path}`);
  return partTextOf(bytes);
}
