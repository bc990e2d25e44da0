// Laying computed cells over a sheet's cells: a later cell replaces an earlier one at the same
// address, except that a plain value never replaces a formula (a relative end value's formula
// already shows the value the engine filled in).

import { formatCellAddress, parseCellAddress } from "../plan/address";
import { hasFormula, type TemplateCell } from "./sheetTemplate";

function key(address: string): string {
  const position = parseCellAddress(address);
  return position === undefined ? address : formatCellAddress(position);
}

export function mergeCells(
  base: readonly TemplateCell[],
  overlay: readonly TemplateCell[],
): TemplateCell[] {
  const merged = new Map<string, TemplateCell>();
  for (const cell of base) merged.set(key(cell.address), cell);
  for (const cell of overlay) {
    const existing = merged.get(key(cell.address));
    if (existing !== undefined && hasFormula(existing) && !hasFormula(cell)) continue;
    merged.set(
      key(cell.address),
      existing === undefined ? cell : { ...cell, style: cell.style ?? existing.style },
    );
  }
  return [...merged.values()];
}
