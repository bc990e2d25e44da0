// Writes the add-in's settings to its hidden sheet (docs/decisions/0002-settings-storage.md): the
// sheet is made hidden when missing, its two columns cleared, and the sorted key/value rows written
// as text from A1.

import {
  ADDIN_SETTINGS_SHEET,
  settingsRows,
  type AddinSettings,
} from "../../engine/plan/addinSettings";
import { writeStep, type WriteStep } from "./batches";
import { textEntry } from "./cellEntries";
import { blockSteps } from "./valueBlocks";

export function settingsSteps(
  settings: AddinSettings,
  sheetExists: boolean,
  budget: number,
): WriteStep[] {
  const rows = settingsRows(settings).map((row) => row.map(textEntry));
  const prepare = writeStep(sheetExists ? 2 : 4, [ADDIN_SETTINGS_SHEET], (session) => {
    if (!sheetExists) {
      const sheet = session.context.workbook.worksheets.add(ADDIN_SETTINGS_SHEET);
      sheet.visibility = "Hidden";
      session.adopt(ADDIN_SETTINGS_SHEET, sheet);
    }
    session.sheet(ADDIN_SETTINGS_SHEET).getRange("A:B").clear("Contents");
  });
  const bounds = { start: { row: 1, column: 1 }, end: { row: rows.length, column: 2 } };
  return [
    prepare,
    ...blockSteps(
      ADDIN_SETTINGS_SHEET,
      bounds,
      (row, column) => rows[row - 1]?.[column - 1] ?? "",
      budget,
      "formulas",
    ),
  ];
}
