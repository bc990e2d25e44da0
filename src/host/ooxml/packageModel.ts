// The package model of the runner's own writer: the workbook as the parts it will be saved as. Each
// sheet is held as the plan it is generated from (its cells as laid, edits included), so nothing
// is serialised until save, and the workbook-level facts (tab order, sheet ids, defined names, the
// open tab) are held apart from the sheets, as workbook.xml holds them. Opening an existing
// package will add a second kind of sheet, one carried over as its part's bytes and patched in its
// `<c>` elements (docs/decisions/0010-own-package-writer.md).

import type { RangeBounds } from "../../engine/plan/address";
import type { CellStylePlan, SheetPlan } from "../../engine/plan/types";

/** A sheet the runner generates: written whole from its plan on save. */
export interface GeneratedSheet {
  readonly name: string;
  /** The `<sheet sheetId>`: unique in the workbook, never reused, kept by a sheet that replaces another. */
  readonly sheetId: number;
  readonly hidden: boolean;
  /** Its contents; `plan.name` is the planned name, `name` the one it is written under. */
  readonly plan: SheetPlan;
  /** The named styles its cells refer to (each applied plan has its own). */
  readonly styles: Readonly<Record<string, CellStylePlan>>;
  /** The plan's protection has been applied. */
  readonly protectedSheet: boolean;
}

/** A workbook-scoped defined name: its name and its reference as workbook.xml holds it. */
export interface DefinedName {
  readonly name: string;
  /** "'Settings'!$B$3". */
  readonly reference: string;
}

/** The sheet the workbook opens on and the range selected there. */
export interface OpenView {
  readonly sheetId: number;
  readonly selection: RangeBounds;
}

export interface PackageModel {
  /** In tab order, hidden sheets included. */
  sheets: GeneratedSheet[];
  names: DefinedName[];
  /** The package's styles.xml, appended to on save; undefined for a new package. */
  readonly stylesPart: string | undefined;
  view: OpenView | undefined;
}

export function emptyPackage(): PackageModel {
  return { sheets: [], names: [], stylesPart: undefined, view: undefined };
}

export function nextSheetId(model: PackageModel): number {
  return model.sheets.reduce((highest, sheet) => Math.max(highest, sheet.sheetId), 0) + 1;
}
