// The tables of a package model, found by name: a generated sheet's as planned, a user's sheet's
// as its table part now stands (currentPackage.ts) or as the save will add it (an adopted plain
// sheet). `current` is undefined for a new workbook, which has no user's sheets.

import { sameName } from "../../engine/plan/names";
import type { TableData } from "../../engine/plan/tableData";
import type { CurrentPackage } from "./currentPackage";
import { generatedTable } from "./generatedCells";
import type { KeptTable } from "./keptGrowth";
import { findSheet } from "./modelSheets";
import type { PackageModel } from "./packageModel";

export type CurrentRead = (() => CurrentPackage) | undefined;

/** A table of a generated sheet, as planned; null when no generated sheet holds one so named. */
export function generatedTableNamed(model: PackageModel, name: string): TableData | null {
  for (const sheet of model.sheets) {
    if (sheet.kind === "kept") continue;
    const table = (sheet.plan.tables ?? []).find((candidate) => sameName(candidate.name, name));
    if (table !== undefined) return generatedTable(sheet.plan, sheet.name, table);
  }
  return null;
}

/** The tables of the user's sheets still in the workbook, adopted plain sheets included. */
export function keptTables(
  model: PackageModel,
  current: CurrentRead,
): readonly { readonly name: string; readonly sheet: string }[] {
  if (current === undefined) return [];
  const kept = (sheet: string): boolean => findSheet(model, sheet)?.kind === "kept";
  return [
    ...current()
      .tables.filter((table) => kept(table.sheet))
      .map(({ name, sheet }) => ({ name, sheet })),
    ...model.sheets.flatMap((sheet) =>
      sheet.kind === "kept"
        ? sheet.addedTables.map((table) => ({ name: table.name, sheet: sheet.name }))
        : [],
    ),
  ];
}

/** A table of a user's sheet, in its part or added by the save; undefined when there is none. */
export function findKeptTable(
  model: PackageModel,
  current: CurrentRead,
  name: string,
): KeptTable | undefined {
  if (current === undefined) return undefined;
  for (const sheet of model.sheets) {
    if (sheet.kind !== "kept") continue;
    const added = sheet.addedTables.find((table) => sameName(table.name, name));
    if (added !== undefined) return { kind: "added", sheet, table: added };
  }
  const table = current().tables.find((candidate) => sameName(candidate.name, name));
  const sheet = table === undefined ? undefined : findSheet(model, table.sheet);
  return table === undefined || sheet?.kind !== "kept" ? undefined : { kind: "part", sheet, table };
}
