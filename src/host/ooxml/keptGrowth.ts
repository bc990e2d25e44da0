// What growing a table of a user's sheet needs from the package as it now stands (currentPackage.ts):
// the table's shape, what stands beside it, the cells appended rows would cover, and why the
// growth is refused when another part points at the cells it would move (growthRefusals). The
// runner's own sheets (the Scoreboard, the hidden settings sheet) and what only they reach are
// rewritten by the same save, so their references never refuse a growth.

import type { Phrase } from "../../engine/language/problemTexts";
import { parseRange, type RangeBounds } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import type { TableGrowth, TableShape } from "../../engine/plan/tableGrowth";
import type { TablePlan } from "../../engine/plan/types";
import type { Surroundings } from "../plan/interpretPlan";
import { packagePartsOf } from "../xlsx/package/packageParts";
import type { CurrentPackage, KeptTablePart } from "./currentPackage";
import type { KeptSheet } from "./packageModel";
import { partsOnlyReachedFrom } from "./packageGraph";
import { growthRefusalPhrases, lastUsedColumnInSheet, occupiedCellsInSheet } from "./sheetPatch";

/** A table of a kept sheet the growth may act on: in its own part, or one the save adds. */
export type KeptTable =
  | { readonly kind: "part"; readonly sheet: KeptSheet; readonly table: KeptTablePart }
  | { readonly kind: "added"; readonly sheet: KeptSheet; readonly table: TablePlan };

export function keptTableShape(
  found: KeptTable,
  headers: readonly string[] | undefined,
): TableShape | undefined {
  const range = found.kind === "part" ? found.table.ref : found.table.range;
  const bounds = parseRange(range);
  if (bounds === undefined) return undefined;
  if (found.kind === "added")
    return {
      name: found.table.name,
      sheet: found.sheet.name,
      bounds,
      headers: headers ?? found.table.columns,
      hasHeaderRow: true,
      hasTotalsRow: false,
    };
  return {
    name: found.table.name,
    sheet: found.sheet.name,
    bounds,
    headers: headers ?? found.table.columnNames,
    hasHeaderRow: found.table.headerRowCount > 0,
    hasTotalsRow: found.table.totalsRowCount > 0,
  };
}

/** The cells holding something among those the growth's appended rows cover. */
export function occupiedCells(
  current: CurrentPackage,
  sheet: KeptSheet,
  growth: TableGrowth,
): ReturnType<typeof occupiedCellsInSheet> {
  return occupiedCellsInSheet(sheetXml(current, sheet), growth);
}

/** The last used column in the table's rows and the sheet's other tables. */
export function surroundings(
  current: CurrentPackage,
  sheet: KeptSheet,
  growth: TableGrowth,
): Surroundings {
  const others: { name: string; bounds: RangeBounds }[] = [];
  const tables = [
    ...current.tables
      .filter((table) => sameName(table.sheet, sheet.name))
      .map((table) => ({ name: table.name, range: table.ref })),
    ...sheet.addedTables,
  ];
  for (const table of tables) {
    const bounds = parseRange(table.range);
    if (bounds !== undefined && !sameName(table.name, growth.table))
      others.push({ name: table.name, bounds });
  }
  return {
    lastUsedColumn: lastUsedColumnInSheet(sheetXml(current, sheet), growth),
    otherTables: others,
  };
}

/**
 * One sentence per part of the user's that points at cells the growth would move. `rewrittenSheets`
 * are the worksheet parts the runner writes anew (its own sheets); they and every part only they
 * reach are not asked, nor are `ownedNames`.
 */
export function keptGrowthRefusals(
  current: CurrentPackage,
  sheet: KeptSheet,
  growth: TableGrowth,
  rewrittenSheets: readonly string[],
  ownedNames: readonly string[],
): Phrase[] {
  const rewritten = rewrittenSheets.map(current.canonical);
  const onlyTheirs = partsOnlyReachedFrom(packagePartsOf(current.parts), rewritten);
  return growthRefusalPhrases(
    {
      partPaths: [...current.parts.keys()].filter((path) => !onlyTheirs.has(path.toLowerCase())),
      partText: current.text,
      sheetPath: current.canonical(sheet.place.path ?? ""),
      rewrittenParts: rewritten,
      ownedNames,
    },
    growth,
  );
}

function sheetXml(current: CurrentPackage, sheet: KeptSheet): string {
  const path = sheet.place.path;
  const xml = path === undefined ? undefined : current.text(path);
  if (xml === undefined) throw new Error(`the sheet "${sheet.name}" has no worksheet part`);
  return xml;
}
