// Defined names for the settings: one per Value cell of C2C_Settings, plus the range names over the
// band limits and the weights when those rows stand together in order (C2C.BAND and C2C.ALIGNMENT
// take them as one range). Both the new-workbook template and the scored plan use this.

import { normaliseHeader } from "../plan/headers";
import { parseCellAddress, formatCellAddress } from "../plan/address";
import type { DefinedNamePlan } from "../plan/types";
import type { ScoringSettings } from "../settings";
import { SETTINGS_RANGE_NAMES, settingsRows } from "./settingsRows";

/**
 * The names for a settings table on `sheet` whose Value cells are `valueCells` (normalised key →
 * local address). Rows the table lacks get no name; formulas then carry the value itself.
 */
export function settingsNames(
  sheet: string,
  valueCells: ReadonlyMap<string, string>,
  settings: ScoringSettings,
): DefinedNamePlan[] {
  const addressByName = new Map<string, string>();
  for (const row of settingsRows(settings)) {
    const address = valueCells.get(normaliseHeader(row.key));
    if (address !== undefined) addressByName.set(row.definedName, address);
  }
  const names: DefinedNamePlan[] = [...addressByName].map(([name, range]) => ({
    name,
    sheet,
    range,
  }));
  for (const [rangeName, members] of SETTINGS_RANGE_NAMES) {
    const range = consecutiveColumnRange(members.map((member) => addressByName.get(member)));
    if (range !== undefined) names.push({ name: rangeName, sheet, range });
  }
  return names;
}

// "B12","B13","B14" → "B12:B14"; undefined unless every cell is there, in one column, one row after another.
function consecutiveColumnRange(addresses: readonly (string | undefined)[]): string | undefined {
  const positions = addresses.map((address) =>
    address === undefined ? undefined : parseCellAddress(address),
  );
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const consecutive = positions.every(
    (position, index) =>
      position !== undefined &&
      position.column === first.column &&
      position.row === first.row + index,
  );
  return consecutive ? `${formatCellAddress(first)}:${formatCellAddress(last)}` : undefined;
}
