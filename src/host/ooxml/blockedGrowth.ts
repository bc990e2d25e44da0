// Growth refused before any step is carried out: a growth of a user's table that would move cells
// another part of the user's points at (a chart series, a pivot cache, a comment, another sheet's
// formula, a name) is one PlanConflictError naming the parts (docs/decisions/0017). The runner's
// own sheets (generated, owned per the settings, the hidden settings sheet) and the names it added
// are rewritten by the same save, so they are not asked.

import { ADDIN_SETTINGS_SHEET, ownedSheets } from "../../engine/plan/addinSettings";
import { sentences } from "../../engine/language/problemTexts";
import { sameName } from "../../engine/plan/names";
import { PlanConflictError } from "../../engine/plan/planError";
import type { TableGrowth } from "../../engine/plan/tableGrowth";
import type { CurrentPackage } from "./currentPackage";
import { keptGrowthRefusals, type KeptTable } from "./keptGrowth";
import type { PackageModel } from "./packageModel";

export function refuseBlockedGrowth(
  model: PackageModel,
  current: CurrentPackage,
  settings: Readonly<Record<string, string>>,
  growths: readonly TableGrowth[],
  keptTable: (growth: TableGrowth) => KeptTable,
): void {
  if (growths.length === 0) return;
  const owned = ownedSheets(settings);
  const rewrittenSheets = model.sheets.flatMap((sheet) => {
    const path = sheet.place?.path;
    const runners =
      sheet.kind === "generated" ||
      sameName(sheet.name, ADDIN_SETTINGS_SHEET) ||
      owned.some((name) => sameName(name, sheet.name));
    return path !== undefined && runners ? [path] : [];
  });
  const ownedNames = model.names
    .filter((name) => name.element === undefined)
    .map((name) => name.name);
  for (const growth of growths) {
    const refusals = keptGrowthRefusals(
      current,
      keptTable(growth).sheet,
      growth,
      rewrittenSheets,
      ownedNames,
    );
    const [first, ...rest] = refusals;
    if (first !== undefined)
      throw new PlanConflictError("table", growth.table, sentences(first, ...rest));
  }
}
