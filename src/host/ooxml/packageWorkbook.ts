// A workbook whose every sheet the runner generates (`c2c new`, `c2c demo`), behind the
// WorkbookHost port: the interpreter's steps carried out on the package model (packageModel.ts)
// and saved by the runner's own writer (savePackage.ts), ExcelJS not involved. Tables of the
// workbook do not grow here: every table is one the same run generated, so a plan growing one is
// refused before anything changes (growth in XML comes with the package patcher).

import { resolve } from "node:path";
import {
  absoluteReference,
  columnLetters,
  formatRange,
  parseSheetRange,
} from "../../engine/plan/address";
import {
  ADDIN_SETTINGS_SHEET,
  mergeSettings,
  ownedSheets,
  settingsFromRows,
  settingsRows,
  type AddinSettings,
} from "../../engine/plan/addinSettings";
import { sameName } from "../../engine/plan/names";
import type { WorkbookInventory } from "../../engine/plan/placement";
import { PlanError } from "../../engine/plan/planError";
import type { TableData } from "../../engine/plan/tableData";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../engine/plan/types";
import { interpretPlan, type PlanReader } from "../plan/interpretPlan";
import type { PlanStep } from "../plan/planSteps";
import type { ApplyOptions, ApplyReport, SheetInfo, WorkbookHost } from "../workbookHost";
import { writeFileAtomically, type WriteOptions } from "../xlsx/atomicWrite";
import { generatedTable, headerCells, laidCells } from "./generatedCells";
import { emptyPackage, nextSheetId, type GeneratedSheet, type PackageModel } from "./packageModel";
import { packageParts, savePackage, type PartTexts } from "./savePackage";

export class PackageWorkbook implements WorkbookHost {
  private readonly model: PackageModel;

  private constructor(model: PackageModel) {
    this.model = model;
  }

  /** A new workbook with no sheets. */
  static create(): PackageWorkbook {
    return new PackageWorkbook(emptyPackage());
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return Promise.resolve(this.sheetInfos());
  }

  readTable(name: string): Promise<TableData | null> {
    return Promise.resolve(this.findTable(name));
  }

  readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    return Promise.resolve(Object.fromEntries(names.map((name) => [name, this.findTable(name)])));
  }

  async applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
    if (options.dialect !== "portable") {
      throw new PlanError([
        "an .xlsx file gets the portable dialect: Excel binds C2C.* functions only when they are written through the add-in",
      ]);
    }
    if ((plan.tableEdits ?? []).length > 0) {
      throw new PlanError([
        "a workbook of generated sheets grows no tables: write the grown table in the plan's sheet instead",
      ]);
    }
    const interpreted = await interpretPlan(plan, options, this.planReader());
    for (const step of interpreted.steps) this.carryOut(step, plan);
    return { sheets: interpreted.sheets };
  }

  planReader(): PlanReader {
    return {
      readWorkbook: () =>
        Promise.resolve({
          inventory: this.inventory(),
          tabOrder: this.model.sheets.map((sheet) => sheet.name),
          protectedSheets: this.model.sheets
            .filter((sheet) => sheet.protectedSheet)
            .map((sheet) => sheet.name),
          // Every sheet is generated here: no user's workbook protection to honour.
          structureProtected: false,
          // A file has no rows to push down: appended rows go over the cells below.
          appendMovesCellsBelow: false,
          grownTables: [],
          occupiedCells: () => [],
        }),
      readSurroundings: () =>
        Promise.reject(new Error("a workbook of generated sheets grows no tables")),
    };
  }

  /** The package host's primitives: each step of an interpreted plan, on the model. */
  private carryOut(step: PlanStep, plan: WorkbookPlan): void {
    switch (step.kind) {
      case "grow-table":
        throw new PlanError([`the table "${step.growth.table}" cannot grow in this workbook`]);
      case "delete-sheet":
        this.model.sheets.splice(this.requireIndex(step.sheet), 1);
        return;
      case "remove-name":
        this.model.names = this.model.names.filter((name) => !sameName(name.name, step.name));
        return;
      case "keep-sheet": {
        // The kept copy's tables become plain ranges: their header names stay as cells.
        const index = this.requireIndex(step.sheet);
        this.update(index, (sheet) => ({
          ...sheet,
          name: step.keptAs,
          plan: {
            ...sheet.plan,
            cells: [...(sheet.plan.tables ?? []).flatMap(headerCells), ...sheet.plan.cells],
            tables: [],
          },
        }));
        return;
      }
      case "add-sheet":
        this.addSheet(step.sheet, step.position, step.replaces?.sheet);
        return;
      case "write-sheet": {
        const index = this.requireIndex(step.sheet);
        this.update(index, (sheet) => ({ ...sheet, plan: step.plan, styles: plan.styles }));
        return;
      }
      case "edit-cells":
        this.editCells(step.sheet, step.cells, plan);
        return;
      case "add-name":
        this.model.names.push({
          name: step.name.name,
          reference: absoluteReference(step.name.sheet, step.name.range),
        });
        return;
      case "protect-sheet":
        this.update(this.requireIndex(step.sheet), (sheet) => ({ ...sheet, protectedSheet: true }));
        return;
      case "write-settings":
        this.storeSettings(step.changes);
        return;
    }
  }

  private addSheet(name: string, position: number | undefined, replaces: string | undefined): void {
    const empty = { name, owned: true, cells: [] };
    if (replaces !== undefined) {
      // The new sheet takes the replaced one's place and sheet id, so the tab order and anything
      // that counts sheets (a defined name's localSheetId, the active tab) stay as they were.
      const index = this.requireIndex(replaces);
      this.update(index, (sheet) => ({
        ...sheet,
        name,
        plan: empty,
        styles: {},
        protectedSheet: false,
      }));
      return;
    }
    const sheet: GeneratedSheet = {
      name,
      sheetId: nextSheetId(this.model),
      hidden: false,
      plan: empty,
      styles: {},
      protectedSheet: false,
    };
    this.model.sheets.splice(position ?? this.model.sheets.length, 0, sheet);
  }

  private editCells(name: string, cells: readonly CellPlan[], plan: WorkbookPlan): void {
    const index = this.model.sheets.findIndex((sheet) => sameName(sheet.name, name));
    if (index < 0) throw new PlanError([`the workbook has no sheet "${name}" to edit`]);
    // Edited cells come last in the sheet's plan, so they win over the cells they replace.
    this.update(index, (sheet) => ({
      ...sheet,
      plan: { ...sheet.plan, cells: [...sheet.plan.cells, ...cells] },
      styles: { ...sheet.styles, ...plan.styles },
    }));
  }

  readAddinData(): Promise<AddinSettings> {
    return Promise.resolve(this.currentSettings());
  }

  writeAddinData(changes: Readonly<Record<string, string | null>>): Promise<void> {
    this.storeSettings(changes);
    return Promise.resolve();
  }

  selectRange(address: string): Promise<boolean> {
    const target = parseSheetRange(address);
    const sheet =
      target === undefined
        ? undefined
        : this.model.sheets.find((candidate) => sameName(candidate.name, target.sheet));
    if (target === undefined || sheet === undefined || sheet.hidden) return Promise.resolve(false);
    this.model.view = { sheetId: sheet.sheetId, selection: target.bounds };
    return Promise.resolve(true);
  }

  /** The .xlsx package. */
  toBytes(): Promise<Uint8Array> {
    return savePackage(this.model);
  }

  /** The ledger of a save: every part it writes, by path, as text. */
  writtenParts(): PartTexts {
    return packageParts(this.model);
  }

  /** Writes the workbook to a new file atomically; an existing file is replaced only with `overwrite: true`. */
  async save(path: string, options: WriteOptions = {}): Promise<void> {
    await writeFileAtomically(resolve(path), await this.toBytes(), options);
  }

  private sheetInfos(): SheetInfo[] {
    const owned = ownedSheets(this.currentSettings());
    return this.model.sheets
      .filter((sheet) => !sameName(sheet.name, ADDIN_SETTINGS_SHEET))
      .map((sheet) => ({
        name: sheet.name,
        owned: owned.some((name) => sameName(name, sheet.name)),
      }));
  }

  private inventory(): WorkbookInventory {
    return {
      sheets: this.sheetInfos(),
      tables: this.model.sheets.flatMap((sheet) =>
        (sheet.plan.tables ?? []).map((table) => ({ name: table.name, sheet: sheet.name })),
      ),
      names: this.model.names.map(({ name, reference }) => {
        const target = parseSheetRange(reference);
        return target === undefined
          ? { name }
          : { name, sheet: target.sheet, range: formatRange(target.bounds) };
      }),
      reservedSheets: [ADDIN_SETTINGS_SHEET],
    };
  }

  private requireIndex(name: string): number {
    const index = this.model.sheets.findIndex((sheet) => sameName(sheet.name, name));
    if (index < 0) throw new Error(`the sheet "${name}" does not exist`);
    return index;
  }

  private update(index: number, change: (sheet: GeneratedSheet) => GeneratedSheet): void {
    const sheet = this.model.sheets[index];
    if (sheet === undefined) throw new Error(`the workbook has no sheet at tab ${index}`);
    this.model.sheets[index] = change(sheet);
  }

  private findTable(name: string): TableData | null {
    for (const sheet of this.model.sheets) {
      const table = (sheet.plan.tables ?? []).find((candidate) => sameName(candidate.name, name));
      if (table !== undefined) return generatedTable(sheet.plan, sheet.name, table);
    }
    return null;
  }

  private currentSettings(): Record<string, string> {
    const sheet = this.model.sheets.find((candidate) =>
      sameName(candidate.name, ADDIN_SETTINGS_SHEET),
    );
    if (sheet === undefined) return {};
    const cells = laidCells(sheet.plan);
    const rows = [];
    for (let row = 1; cells.has(`A${row}`); row++)
      rows.push([cells.get(`A${row}`)?.value ?? null, cells.get(`B${row}`)?.value ?? null]);
    return settingsFromRows(rows);
  }

  /** The settings sheet rewritten whole, hidden, at its place (at the end when new). */
  private storeSettings(changes: Readonly<Record<string, string | null>>): void {
    const settings = mergeSettings(this.currentSettings(), changes);
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
    const index = this.model.sheets.findIndex((sheet) =>
      sameName(sheet.name, ADDIN_SETTINGS_SHEET),
    );
    if (index >= 0) {
      this.update(index, (sheet) => ({ ...sheet, plan }));
      return;
    }
    this.model.sheets.push({
      name: ADDIN_SETTINGS_SHEET,
      sheetId: nextSheetId(this.model),
      hidden: true,
      plan,
      styles: {},
      protectedSheet: false,
    });
  }
}
