// Where a plan's sheets, tables and names go in a workbook that may already hold user content.
// Every host applies the same rule through this one function: a user sheet, table or name is never
// overwritten; an add-in-owned sheet (the Scoreboard) may be rebuilt. It throws before any host has
// changed anything, so a refused plan leaves the workbook as it was.

import { phrase } from "../language/problemTexts";
import { absoluteReference } from "./address";
import { sameName } from "./names";
import { PlanConflictError, PlanError } from "./planError";
import { freeNamesFor, renamePlanSheets, type SheetRenames } from "./sheetRenames";
import type { DefinedNamePlan, SheetEditPlan, SheetPlan, WorkbookPlan } from "./types";

/** What to do when a sheet of the plan already exists in the workbook. */
export type ExistingSheetPolicy =
  /** Refuse (PlanConflictError). */
  | "fail"
  /** Write the plan's sheet under the first free name: "Scoreboard (2)". */
  | "pick-free-name"
  /** Rebuild the sheet if the add-in owns it; refuse if it belongs to the user. */
  | "replace-owned";

/** What a host knows about the workbook before applying a plan. */
export interface WorkbookInventory {
  readonly sheets: readonly { readonly name: string; readonly owned: boolean }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  /** Defined names; `sheet` and `range` are undefined for names that are not a plain range. */
  readonly names: readonly {
    readonly name: string;
    readonly sheet?: string;
    readonly range?: string;
  }[];
  /** Sheet names the host keeps for itself (its hidden settings sheet). */
  readonly reservedSheets: readonly string[];
}

export interface SheetPlacement {
  /** The plan's sheet under its planned name, its formulas pointing at the names the plan's sheets are written under. */
  readonly plan: SheetPlan;
  /** The name the sheet is written under. */
  readonly name: string;
  /** The existing owned sheet this one replaces, if any. */
  readonly replaces?: string;
}

export interface Placement {
  readonly sheets: readonly SheetPlacement[];
  /** The plan's defined names, each `sheet` changed to the name that sheet is written under. */
  readonly names: readonly DefinedNamePlan[];
  /** Existing defined names to delete first: those the plan redefines and those into replaced sheets. */
  readonly namesToRemove: readonly string[];
  /** The sheets the add-in owns once the plan is written: the ones it owned plus the plan's owned sheets. */
  readonly ownedSheets: readonly string[];
  /** The plan's edits, their formulas pointing at the names the plan's sheets are written under. */
  readonly edits: readonly SheetEditPlan[];
}

export function placePlan(
  plan: WorkbookPlan,
  inventory: WorkbookInventory,
  policy: ExistingSheetPolicy,
): Placement {
  // A sheet written under a free name ("About (2)") takes the plan's references to it along, so its
  // formulas read the new sheet and not the user's.
  const renames =
    policy === "pick-free-name"
      ? freeNamesFor(
          plan,
          inventory.sheets.map((sheet) => sheet.name),
          inventory.reservedSheets,
        )
      : new Map<string, string>();
  const renamed = renamePlanSheets(plan, renames);
  const sheets = placeSheets(plan, inventory, policy, renames).map((placement, index) => ({
    ...placement,
    plan: { ...(renamed.sheets[index] ?? placement.plan), name: placement.plan.name },
  }));
  const replaced = sheets.flatMap((placement) =>
    placement.replaces === undefined ? [] : [placement.replaces],
  );
  const isReplaced = (sheet: string | undefined): boolean =>
    sheet !== undefined && replaced.some((name) => sameName(name, sheet));
  const sheetExists = (sheet: string): boolean =>
    inventory.sheets.some((existing) => sameName(existing.name, sheet));

  for (const edit of plan.edits ?? []) {
    if (!sheetExists(edit.sheet) || isReplaced(edit.sheet)) {
      throw new PlanError([
        `the plan edits the sheet "${edit.sheet}", which the workbook does not have`,
      ]);
    }
  }
  for (const edit of plan.tableEdits ?? []) {
    const table = inventory.tables.find((existing) => sameName(existing.name, edit.table));
    if (table === undefined)
      throw new PlanError([
        `the plan grows the table "${edit.table}", which the workbook does not have`,
      ]);
    if (isReplaced(table.sheet))
      throw new PlanError([
        `the plan grows the table "${table.name}" on the sheet "${table.sheet}", which it also replaces`,
      ]);
  }

  const keptTables = inventory.tables.filter((table) => !isReplaced(table.sheet));
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables ?? []) {
      const existing = keptTables.find((other) => sameName(other.name, table.name));
      if (existing !== undefined) {
        throw new PlanConflictError(
          "table",
          table.name,
          phrase("conflict.tableExists", { table: existing.name, sheet: existing.sheet }),
        );
      }
    }
  }

  const writtenName = (sheet: string): string => {
    const placed = sheets.find((placement) => sameName(placement.plan.name, sheet));
    if (placed !== undefined) return placed.name;
    if (sheetExists(sheet) && !isReplaced(sheet)) return sheet;
    throw new PlanError([
      `the defined name refers to the sheet "${sheet}", which is neither in the workbook nor in the plan`,
    ]);
  };
  const names = plan.names.map((name) => ({ ...name, sheet: writtenName(name.sheet) }));

  const namesToRemove: string[] = [];
  for (const existing of inventory.names) {
    const planned = names.find((name) => sameName(name.name, existing.name));
    if (isReplaced(existing.sheet)) {
      namesToRemove.push(existing.name);
    } else if (planned !== undefined) {
      if (!pointsAt(existing, planned)) {
        throw new PlanConflictError(
          "name",
          existing.name,
          phrase("conflict.nameForOtherCells", { name: existing.name }),
        );
      }
      namesToRemove.push(existing.name);
    }
  }
  for (const name of names) {
    const table = keptTables.find((existing) => sameName(existing.name, name.name));
    if (table !== undefined)
      throw new PlanConflictError(
        "name",
        name.name,
        phrase("conflict.tableCalled", { table: table.name }),
      );
  }
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables ?? []) {
      const name = inventory.names.find(
        (existing) => sameName(existing.name, table.name) && !namesToRemove.includes(existing.name),
      );
      if (name !== undefined)
        throw new PlanConflictError(
          "table",
          table.name,
          phrase("conflict.nameDefined", { name: name.name }),
        );
    }
  }
  const ownedSheets = inventory.sheets.filter((sheet) => sheet.owned).map((sheet) => sheet.name);
  for (const placement of sheets) {
    if (placement.plan.owned && !ownedSheets.some((name) => sameName(name, placement.name)))
      ownedSheets.push(placement.name);
  }
  return { sheets, names, namesToRemove, ownedSheets, edits: renamed.edits ?? [] };
}

function pointsAt(existing: WorkbookInventory["names"][number], planned: DefinedNamePlan): boolean {
  if (existing.sheet === undefined || existing.range === undefined) return false;
  if (!sameName(existing.sheet, planned.sheet)) return false;
  try {
    return (
      absoluteReference(existing.sheet, existing.range) ===
      absoluteReference(existing.sheet, planned.range)
    );
  } catch {
    return false;
  }
}

function placeSheets(
  plan: WorkbookPlan,
  inventory: WorkbookInventory,
  policy: ExistingSheetPolicy,
  renames: SheetRenames,
): SheetPlacement[] {
  for (const sheet of plan.sheets) {
    if (inventory.reservedSheets.some((reserved) => sameName(reserved, sheet.name))) {
      throw new PlanError([`the sheet name "${sheet.name}" is reserved for the add-in's own data`]);
    }
  }
  return plan.sheets.map((sheet): SheetPlacement => {
    const existing = inventory.sheets.find((other) => sameName(other.name, sheet.name));
    if (existing === undefined) return { plan: sheet, name: sheet.name };
    switch (policy) {
      case "fail":
        throw new PlanConflictError(
          "sheet",
          existing.name,
          phrase("conflict.sheetExists", { sheet: existing.name }),
        );
      case "pick-free-name":
        return { plan: sheet, name: renames.get(sheet.name) ?? sheet.name };
      case "replace-owned":
        if (!existing.owned) {
          throw new PlanConflictError(
            "sheet",
            existing.name,
            phrase("conflict.userSheet", { sheet: existing.name }),
          );
        }
        if (!sheet.owned) {
          throw new PlanConflictError(
            "sheet",
            existing.name,
            phrase("conflict.notOwnedSheet", { sheet: existing.name }),
          );
        }
        return { plan: sheet, name: existing.name, replaces: existing.name };
    }
  });
}
