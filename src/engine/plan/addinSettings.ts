// The add-in's own settings (catalogue version stamp, the sheets it owns…) live in the workbook on a
// hidden sheet of key/value rows; docs/decisions/0002-settings-storage.md says why a sheet and not
// document properties. Every host reads and writes the same layout through these helpers.

import type { CellValue } from "../cells";

/** The hidden sheet. Plans may not use this name. */
export const ADDIN_SETTINGS_SHEET = "C2C_AddinData";

/** Row 1 of the settings sheet, so a curious user who unhides it can read it. */
export const ADDIN_SETTINGS_HEADER: readonly [string, string] = ["Key", "Value"];

/** The key under which hosts keep the JSON list of sheets the add-in generated (and may rebuild). */
export const OWNED_SHEETS_KEY = "ownedSheets";

/** Excel's longest cell text. */
export const MAX_SETTING_LENGTH = 32_767;

export type AddinSettings = Readonly<Record<string, string>>;

/** Settings from the sheet's rows (row 1 the header); rows without a text key are skipped. */
export function settingsFromRows(rows: readonly (readonly CellValue[])[]): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const row of rows.slice(1)) {
    const [key, value] = row;
    if (typeof key !== "string" || key === "") continue;
    settings[key] =
      value === null || value === undefined
        ? ""
        : typeof value === "object"
          ? value.errorCode
          : String(value);
  }
  return settings;
}

/** The sheet's rows for these settings, header first, keys sorted so the sheet reads the same every time. */
export function settingsRows(settings: AddinSettings): string[][] {
  const keys = Object.keys(settings).sort();
  return [[...ADDIN_SETTINGS_HEADER], ...keys.map((key) => [key, settings[key] ?? ""])];
}

/**
 * Merges changes into settings; a null value removes the key. Throws a RangeError for a key or value
 * a cell cannot hold (misuse, not bad data: settings are written by the add-in).
 */
export function mergeSettings(
  current: AddinSettings,
  changes: Readonly<Record<string, string | null>>,
): Record<string, string> {
  const merged = new Map(Object.entries(current));
  for (const [key, value] of Object.entries(changes)) {
    if (key === "" || key.length > MAX_SETTING_LENGTH)
      throw new RangeError(`the settings key "${key.slice(0, 40)}" is empty or too long`);
    if (value === null) {
      merged.delete(key);
    } else {
      if (value.length > MAX_SETTING_LENGTH)
        throw new RangeError(
          `the setting "${key}" is longer than ${MAX_SETTING_LENGTH} characters`,
        );
      merged.set(key, value);
    }
  }
  return Object.fromEntries(merged);
}

/** The owned-sheet list kept in the settings; an unreadable entry counts as no owned sheets (the safe side). */
export function ownedSheets(settings: AddinSettings): string[] {
  const text = settings[OWNED_SHEETS_KEY];
  if (text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed)
      ? parsed.filter((name): name is string => typeof name === "string")
      : [];
  } catch {
    return [];
  }
}
