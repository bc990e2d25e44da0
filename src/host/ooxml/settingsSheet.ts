// The runner's hidden settings sheet in a package model: its settings as they now stand (read when
// the package was opened, or laid in the generated sheet), and the sheet rewritten whole with
// changes, at its place (at the end when new).

import { columnLetters } from "../../engine/plan/address";
import {
  ADDIN_SETTINGS_SHEET,
  mergeSettings,
  settingsFromRows,
  settingsRows,
} from "../../engine/plan/addinSettings";
import { sameName } from "../../engine/plan/names";
import type { SheetPlan } from "../../engine/plan/types";
import { laidCells } from "./generatedCells";
import { updateSheet, type ModelSession } from "./modelSheets";
import { nextSheetId, type GeneratedSheet, type PackageModel } from "./packageModel";

/** `opened` are the settings read from the package, which hold while its settings sheet is kept. */
export function currentSettings(
  model: PackageModel,
  opened: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const sheet = model.sheets.find((candidate) => sameName(candidate.name, ADDIN_SETTINGS_SHEET));
  if (sheet === undefined) return {};
  if (sheet.kind === "kept") return { ...(opened ?? {}) };
  const cells = laidCells(sheet.plan);
  const rows = [];
  for (let row = 1; cells.has(`A${row}`); row++)
    rows.push([cells.get(`A${row}`)?.value ?? null, cells.get(`B${row}`)?.value ?? null]);
  return settingsFromRows(rows);
}

/** The settings sheet rewritten whole, hidden, at its place (at the end when new). */
export function storeSettings(
  session: ModelSession,
  opened: Readonly<Record<string, string>> | undefined,
  changes: Readonly<Record<string, string | null>>,
): void {
  const model = session.model;
  const settings = mergeSettings(currentSettings(model, opened), changes);
  const plan: SheetPlan = {
    name: ADDIN_SETTINGS_SHEET,
    owned: true,
    cells: settingsRows(settings).flatMap((row, rowIndex) =>
      row.map((value, columnIndex) => ({
        address: `${columnLetters(columnIndex + 1)}${rowIndex + 1}`,
        value,
      })),
    ),
  };
  const index = model.sheets.findIndex((sheet) => sameName(sheet.name, ADDIN_SETTINGS_SHEET));
  if (index >= 0) {
    // The user's copy of the settings sheet (read when opened) is replaced in its place.
    updateSheet(session, index, (sheet): GeneratedSheet =>
      sheet.kind === "generated"
        ? { ...sheet, plan }
        : {
            kind: "generated",
            name: sheet.name,
            sheetId: sheet.sheetId,
            hidden: true,
            plan,
            styles: {},
            protectedSheet: false,
            place: sheet.place,
          },
    );
    return;
  }
  model.sheets.push({
    kind: "generated",
    name: ADDIN_SETTINGS_SHEET,
    sheetId: nextSheetId(model),
    hidden: true,
    plan,
    styles: {},
    protectedSheet: false,
  });
}
