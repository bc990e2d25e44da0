// The package model of the runner's own writer: the workbook as the parts it will be saved as. A
// sheet is one of two kinds. A *generated* sheet is held as the plan it is written from (its cells
// as laid, edits included), so nothing is serialised until save. A *kept* sheet is one of the
// user's, opened from an existing package: its part is carried over as its bytes, or patched in the
// `<c>` elements of the cells the plan edits (docs/decisions/0012-editing-users-packages.md). The
// workbook-level facts (tab order, sheet ids, defined names, the open tab) are held apart from the
// sheets, as workbook.xml holds them.

import type { RangeBounds } from "../../engine/plan/address";
import type { TableGrowth } from "../../engine/plan/tableGrowth";
import type { CellPlan, CellStylePlan, SheetPlan, TablePlan } from "../../engine/plan/types";

/** Where a sheet of an opened package sits: its part and its `<sheet>` element as read. */
export interface SheetPlace {
  /** The worksheet (or chart sheet) part, e.g. "xl/worksheets/sheet2.xml". */
  readonly path: string | undefined;
  /** The `<sheet …/>` element of workbook.xml, as written. */
  readonly entry: string;
}

/** A sheet the runner generates: written whole from its plan on save. */
export interface GeneratedSheet {
  readonly kind: "generated";
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
  /** The place of the opened package's sheet it replaced: its part path and `<sheet>` entry. */
  readonly place?: SheetPlace;
}

/** A sheet of an opened package, carried over; patched only where the plan edits it. */
export interface KeptSheet {
  readonly kind: "kept";
  readonly name: string;
  readonly sheetId: number;
  readonly hidden: boolean;
  readonly place: SheetPlace;
  /** A worksheet (not a chart or dialog sheet): it has cells, and the port lists it. */
  readonly worksheet: boolean;
  /** Its `<sheetProtection sheet="1">` as read. */
  readonly protectedSheet: boolean;
  /** What the plans change in it, in the order they change it: cell edits and table growth. */
  readonly changes: readonly KeptChange[];
  /** The named styles the edited cells refer to. */
  readonly styles: Readonly<Record<string, CellStylePlan>>;
  /** Tables the save adds over cells already there (a plain contract sheet made its table). */
  readonly addedTables: readonly TablePlan[];
}

/**
 * A change to a kept sheet: cells written (in plan order, a later one wins), or a table grown
 * (`tablePath` its table part; undefined for a table the save adds, whose plan grows instead).
 */
export type KeptChange =
  | { readonly kind: "edit"; readonly cells: readonly CellPlan[] }
  | { readonly kind: "grow"; readonly growth: TableGrowth; readonly tablePath: string | undefined };

export type ModelSheet = GeneratedSheet | KeptSheet;

/** A defined name: its name and its reference as workbook.xml holds it. */
export interface DefinedName {
  readonly name: string;
  /** "'Settings'!$B$3". */
  readonly reference: string;
  /** The `<definedName>` element as read, copied as text; undefined for a name the runner adds. */
  readonly element?: string;
  /** The tab index of the sheet a name is local to (the element's localSheetId). */
  readonly localSheetId?: number;
}

/** The sheet the workbook opens on and the range selected there. */
export interface OpenView {
  readonly sheetId: number;
  readonly selection: RangeBounds;
}

/** The package a model was opened from: what its save carries over and edits in place. */
export interface SourcePackage {
  /** The package file, whose zip entries the save keeps as they are compressed. */
  readonly bytes: Uint8Array;
  /** Every part, inflated: canonical part name → bytes. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** The entries (names as stored) whose part the preflight renamed or rewrote: saved from `parts`. */
  readonly normalised: ReadonlySet<string>;
  /** xl/workbook.xml as read. */
  readonly workbookXml: string;
  /** The styles part's path, where the package has one. */
  readonly stylesPath: string | undefined;
  /** The part of every sheet as opened, in tab order (undefined for a dangling one). */
  readonly sheetPaths: readonly (string | undefined)[];
  /** The sheetId of the tab the workbook opened on. */
  readonly activeSheetId: number | undefined;
}

export interface PackageModel {
  /** In tab order, hidden sheets included. */
  sheets: ModelSheet[];
  names: DefinedName[];
  /** The package's styles.xml, appended to on save; undefined for a new package. */
  readonly stylesPart: string | undefined;
  view: OpenView | undefined;
  /** The package this model was opened from; undefined for a new one. */
  readonly source: SourcePackage | undefined;
}

export function emptyPackage(): PackageModel {
  return { sheets: [], names: [], stylesPart: undefined, view: undefined, source: undefined };
}

export function nextSheetId(model: PackageModel): number {
  return model.sheets.reduce((highest, sheet) => Math.max(highest, sheet.sheetId), 0) + 1;
}
