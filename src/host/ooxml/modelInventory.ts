// What the plan's interpretation is told a package model holds: the sheets the port lists (the
// hidden settings sheet and chart sheets left out), each marked owned per the settings, the
// tables of every sheet and the workbook-wide defined names.

import { formatRange, parseSheetRange } from "../../engine/plan/address";
import { ADDIN_SETTINGS_SHEET, ownedSheets } from "../../engine/plan/addinSettings";
import { sameName } from "../../engine/plan/names";
import type { WorkbookInventory } from "../../engine/plan/placement";
import type { SheetInfo } from "../workbookHost";
import { keptTables, type CurrentRead } from "./modelTables";
import type { PackageModel } from "./packageModel";

export function sheetInfos(
  model: PackageModel,
  settings: Readonly<Record<string, string>>,
): SheetInfo[] {
  const owned = ownedSheets(settings);
  return model.sheets
    .filter((sheet) => sheet.kind === "generated" || sheet.worksheet)
    .filter((sheet) => !sameName(sheet.name, ADDIN_SETTINGS_SHEET))
    .map((sheet) => ({
      name: sheet.name,
      owned: owned.some((name) => sameName(name, sheet.name)),
    }));
}

export function modelInventory(
  model: PackageModel,
  settings: Readonly<Record<string, string>>,
  current: CurrentRead,
): WorkbookInventory {
  return {
    sheets: sheetInfos(model, settings),
    tables: [
      ...model.sheets.flatMap((sheet) =>
        sheet.kind === "kept"
          ? []
          : (sheet.plan.tables ?? []).map((table) => ({ name: table.name, sheet: sheet.name })),
      ),
      ...keptTables(model, current),
    ],
    names: model.names.flatMap(({ name, reference, localSheetId }) => {
      if (localSheetId !== undefined) return [];
      const target = parseSheetRange(reference);
      return [
        target === undefined
          ? { name }
          : { name, sheet: target.sheet, range: formatRange(target.bounds) },
      ];
    }),
    reservedSheets: [ADDIN_SETTINGS_SHEET],
  };
}
