// A plain sheet named and headed as a contract table (no table part of its own) is read as that
// table, and the save makes it one: a table part over the cells already there, as the ExcelJS host
// did. The model's kept sheet gains the table to add; the sheet keeps the look it had.

import { sameName } from "../../engine/plan/names";
import type { AdoptedSheet } from "../xlsx/plainSheetRules";
import type { XlsxPackageReader } from "../xlsx/xlsxPackageReader";
import type { PackageModel } from "./packageModel";

export async function adoptPlainSheets(
  model: PackageModel,
  reader: XlsxPackageReader,
): Promise<readonly AdoptedSheet[]> {
  const adopted = reader.plainSheets();
  for (const sheet of adopted) {
    const table = await reader.readTable(sheet.table);
    const index = model.sheets.findIndex((candidate) => sameName(candidate.name, sheet.sheet));
    const kept = model.sheets[index];
    if (table === null || kept?.kind !== "kept") continue;
    model.sheets[index] = {
      ...kept,
      addedTables: [
        ...kept.addedTables,
        {
          name: sheet.table,
          range: sheet.range,
          columns: table.columns.map((column) => column.header),
          // No table style: the sheet keeps the look it had.
          style: "",
          showRowStripes: false,
        },
      ],
    };
  }
  return adopted;
}
