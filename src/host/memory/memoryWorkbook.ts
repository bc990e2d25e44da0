// An in-memory workbook behind the WorkbookHost port: unit tests, the evaluator check (which
// recomputes the formulas a plan wrote) and the task pane's browser preview run against it. It
// imports nothing from Node, so it works in the browser too.

import { refuseProtectedSettings } from "../plan/protectionRefusals";
import type { CellValue } from "../../engine/cells";
import {
  formatCellAddress,
  formatRange,
  parseCellAddress,
  parseRange,
  parseSheetRange,
  rangePositions,
  type CellPosition,
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
import { buildTableData, type TableData } from "../../engine/plan/tableData";
import {
  newlyCoveredPositions,
  type TableGrowth,
  type TableShape,
} from "../../engine/plan/tableGrowth";
import type {
  CellPlan,
  DefinedNamePlan,
  FormulaDialect,
  SheetPlan,
  WorkbookPlan,
} from "../../engine/plan/types";
import { interpretPlan, type PlanReader } from "../plan/interpretPlan";
import type { PlanStep } from "../plan/planSteps";
import type { ApplyOptions, ApplyReport, SheetInfo, WorkbookHost } from "../workbookHost";
import { growTable, lastUsedColumn } from "./growTable";
import { emptySheet, type MemoryCell, type MemorySheet } from "./memorySheet";

/** A cell given to fromSheets/setCell: a value, or a formula with the value it shows. */
export type MemoryCellInput = CellValue | { readonly formula: string; readonly value: CellValue };

/** The range selectRange last showed (the browser preview highlights it). */
export interface MemorySelection {
  readonly sheet: string;
  /** A1 range local to the sheet, e.g. "F12" or "A1:C3". */
  readonly range: string;
}

/** A table laid over cells given to fromSheets; its column names are read from its header row. */
export interface MemoryTableInput {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
}

export class MemoryWorkbook implements WorkbookHost {
  private readonly sheetList: MemorySheet[] = [];
  private readonly definedNames: DefinedNamePlan[] = [];
  private selected: MemorySelection | null = null;
  /** Review › Protect Workbook: plans that add, rename or delete sheets are refused. */
  private structureProtected = false;

  static empty(): MemoryWorkbook {
    return new MemoryWorkbook();
  }

  /**
   * A workbook from plain rows, each sheet's rows starting at A1, e.g.
   * `MemoryWorkbook.fromSheets({ Indicators: [["Code", "Value"], ["11.1.1", 42]] }, [{ name: "C2C_Indicators", sheet: "Indicators", range: "A1:B2" }])`.
   */
  static fromSheets(
    sheets: Readonly<Record<string, readonly (readonly MemoryCellInput[])[]>>,
    tables: readonly MemoryTableInput[] = [],
  ): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const [name, rows] of Object.entries(sheets)) {
      workbook.addSheet(name);
      rows.forEach((row, rowIndex) => {
        row.forEach((input, columnIndex) => {
          workbook.setCell(
            name,
            formatCellAddress({ row: rowIndex + 1, column: columnIndex + 1 }),
            input,
          );
        });
      });
    }
    for (const table of tables) workbook.addTable(table);
    return workbook;
  }

  /** Adds an empty sheet at the end (as a user would). */
  addSheet(name: string): MemorySheet {
    if (this.sheet(name) !== undefined) throw new Error(`the sheet "${name}" already exists`);
    const sheet = emptySheet(name);
    this.sheetList.push(sheet);
    return sheet;
  }

  /** Protects a sheet without a password, as a user would (Review › Protect Sheet). */
  protectSheet(name: string): void {
    this.requireSheet(name).protection = { unlockedRanges: [] };
  }

  /** Protects the workbook's structure, as a user would (Review › Protect Workbook). */
  protectStructure(): void {
    this.structureProtected = true;
  }

  /** Lays a table over existing cells (as a user's Format as Table would). */
  addTable(table: MemoryTableInput): void {
    const sheet = this.requireSheet(table.sheet);
    const bounds = parseRange(table.range);
    if (bounds === undefined) throw new Error(`"${table.range}" is not a range`);
    const columns: string[] = [];
    for (let column = bounds.start.column; column <= bounds.end.column; column++) {
      columns.push(
        cellText(sheet.cells.get(formatCellAddress({ row: bounds.start.row, column }))?.value),
      );
    }
    sheet.tables.push({
      name: table.name,
      range: table.range,
      columns,
      style: "TableStyleMedium2",
      showRowStripes: true,
    });
  }

  /** Sets one cell as a user would type it. */
  setCell(sheetName: string, address: string, input: MemoryCellInput): void {
    const sheet = this.requireSheet(sheetName);
    const key = cellKey(address);
    const previous = sheet.cells.get(key);
    const written: MemoryCell = isFormulaInput(input)
      ? { ...previous, value: input.value, formula: input.formula }
      : { ...withoutFormula(previous), value: input };
    sheet.cells.set(key, written);
  }

  /** Gives a cell a number format ("0%"), as a user's Format Cells would; the value stays as stored. */
  setNumberFormat(sheetName: string, address: string, numberFormat: string): void {
    const sheet = this.requireSheet(sheetName);
    const key = cellKey(address);
    sheet.cells.set(key, { value: null, ...sheet.cells.get(key), numberFormat });
  }

  /** Deletes a sheet as a user would (the self-test's scratch sheets); false when there is none. */
  deleteSheet(name: string): boolean {
    if (this.sheet(name) === undefined) return false;
    this.removeSheet(name);
    return true;
  }

  /** Deletes a defined name as a user would; false when there is none. */
  deleteName(name: string): boolean {
    if (!this.definedNames.some((defined) => sameName(defined.name, name))) return false;
    this.removeName(name);
    return true;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheetList.find((sheet) => sameName(sheet.name, name));
  }

  /** Every sheet in tab order, the hidden settings sheet included. */
  get sheets(): readonly MemorySheet[] {
    return this.sheetList;
  }

  cell(sheetName: string, address: string): MemoryCell | undefined {
    return this.sheet(sheetName)?.cells.get(cellKey(address));
  }

  /** The value of a cell; null when the cell is blank or the sheet is missing. */
  value(sheetName: string, address: string): CellValue {
    return this.cell(sheetName, address)?.value ?? null;
  }

  get names(): readonly DefinedNamePlan[] {
    return this.definedNames;
  }

  /** The range selectRange last showed; null before any, or once its sheet is gone. */
  get selection(): MemorySelection | null {
    const selected = this.selected;
    if (selected === null || this.sheet(selected.sheet) === undefined) return null;
    return selected;
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return settle(() => this.sheetInfos());
  }

  readTable(name: string): Promise<TableData | null> {
    return settle(() => this.findTable(name));
  }

  readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    return settle(() => Object.fromEntries(names.map((name) => [name, this.findTable(name)])));
  }

  applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
    return this.applyNow(plan, options);
  }

  readAddinData(): Promise<AddinSettings> {
    return settle(() => this.currentSettings());
  }

  async writeAddinData(changes: Readonly<Record<string, string | null>>): Promise<void> {
    refuseProtectedSettings(changes, await this.planReader().readWorkbook([]));
    this.storeSettings(changes);
  }

  selectRange(address: string): Promise<boolean> {
    return settle(() => {
      const target = parseSheetRange(address);
      const sheet = target === undefined ? undefined : this.sheet(target.sheet);
      if (target === undefined || sheet === undefined || sheet.hidden) return false;
      this.selected = { sheet: sheet.name, range: formatRange(target.bounds) };
      return true;
    });
  }

  private async applyNow(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
    const interpreted = await interpretPlan(plan, options, this.planReader());
    for (const step of interpreted.steps) this.carryOut(step, plan, options.dialect);
    return { sheets: interpreted.sheets };
  }

  /** What the interpreter reads of this workbook (applyPlan's first stages). */
  planReader(): PlanReader {
    return {
      readWorkbook: (edits) =>
        settle(() => ({
          inventory: this.inventory(),
          tabOrder: this.sheetList.map((sheet) => sheet.name),
          protectedSheets: this.sheetList
            .filter((sheet) => sheet.protection !== undefined)
            .map((sheet) => sheet.name),
          structureProtected: this.structureProtected,
          grownTables: edits.flatMap((edit) => this.tableShape(edit.table) ?? []),
          occupiedCells: (growth) =>
            newlyCoveredPositions(growth).filter((position) => {
              const cell = this.sheet(growth.sheet)?.cells.get(formatCellAddress(position));
              return (
                cell !== undefined &&
                (cell.formula !== undefined ||
                  (cell.value !== null && cell.value !== undefined && cell.value !== ""))
              );
            }),
          // Rows are added over the cells below a table; nothing below it moves.
          appendMovesCellsBelow: false,
        })),
      readSurroundings: () =>
        settle(() => (growth: TableGrowth) => {
          const sheet = this.requireSheet(growth.sheet);
          return {
            lastUsedColumn: lastUsedColumn(sheet, growth),
            otherTables: sheet.tables
              .filter((table) => !sameName(table.name, growth.table))
              .flatMap((table) => {
                const bounds = parseRange(table.range);
                return bounds === undefined ? [] : [{ name: table.name, bounds }];
              }),
          };
        }),
    };
  }

  /** The memory workbook's primitives: each step of an interpreted plan, done to the sheets. */
  private carryOut(step: PlanStep, plan: WorkbookPlan, dialect: FormulaDialect): void {
    switch (step.kind) {
      case "grow-table":
        growTable(this.requireSheet(step.growth.sheet), step.growth);
        return;
      case "delete-sheet":
        this.removeSheet(step.sheet);
        return;
      case "remove-name":
        this.removeName(step.name);
        return;
      case "keep-sheet":
        this.renameSheet(step.sheet, step.keptAs);
        return;
      case "add-sheet": {
        if (step.replaces !== undefined) this.removeSheet(step.replaces.sheet);
        this.sheetList.splice(step.position ?? this.sheetList.length, 0, emptySheet(step.sheet));
        return;
      }
      case "write-sheet":
        this.writeSheet(this.requireSheet(step.sheet), step.plan, plan, dialect);
        return;
      case "edit-cells": {
        const sheet = this.requireSheet(step.sheet);
        for (const cell of step.cells) this.writeCell(sheet, cell, plan, dialect);
        return;
      }
      case "add-name":
        this.definedNames.push(step.name);
        return;
      case "protect-sheet":
        this.requireSheet(step.sheet).protection = step.plan.protection;
        return;
      case "write-settings":
        this.storeSettings(step.changes);
        return;
    }
  }

  /** Renames a sheet as a kept snapshot: its tables become plain ranges (their names free again). */
  private renameSheet(name: string, keptName: string): void {
    const sheet = this.requireSheet(name);
    const kept: MemorySheet = { ...sheet, name: keptName, tables: [] };
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1, kept);
    if (this.selected !== null && sameName(this.selected.sheet, name))
      this.selected = { ...this.selected, sheet: keptName };
  }

  private sheetInfos(): SheetInfo[] {
    const owned = ownedSheets(this.currentSettings());
    return this.sheetList
      .filter((sheet) => !sameName(sheet.name, ADDIN_SETTINGS_SHEET))
      .map((sheet) => ({
        name: sheet.name,
        owned: owned.some((name) => sameName(name, sheet.name)),
      }));
  }

  private inventory(): WorkbookInventory {
    return {
      sheets: this.sheetInfos(),
      tables: this.sheetList.flatMap((sheet) =>
        sheet.tables.map((table) => ({ name: table.name, sheet: sheet.name })),
      ),
      names: this.definedNames,
      reservedSheets: [ADDIN_SETTINGS_SHEET],
    };
  }

  private findTable(name: string): TableData | null {
    for (const sheet of this.sheetList) {
      const table = sheet.tables.find((candidate) => sameName(candidate.name, name));
      const bounds = table === undefined ? undefined : parseRange(table.range);
      if (table === undefined || bounds === undefined) continue;
      return buildTableData({
        name: table.name,
        sheet: sheet.name,
        bounds,
        hasHeaderRow: true,
        columnNames: table.columns,
        cellAt: (position: CellPosition) =>
          sheet.cells.get(formatCellAddress(position))?.value ?? null,
        numberFormatAt: (position: CellPosition) => {
          const cell = sheet.cells.get(formatCellAddress(position));
          return cell?.numberFormat ?? cell?.style?.numberFormat;
        },
      });
    }
    return null;
  }

  private tableShape(name: string): TableShape | undefined {
    for (const sheet of this.sheetList) {
      const table = sheet.tables.find((candidate) => sameName(candidate.name, name));
      const bounds = table === undefined ? undefined : parseRange(table.range);
      if (table === undefined || bounds === undefined) continue;
      const headers: string[] = [];
      for (let column = bounds.start.column; column <= bounds.end.column; column++) {
        headers.push(
          cellText(sheet.cells.get(formatCellAddress({ row: bounds.start.row, column }))?.value) ||
            (table.columns[column - bounds.start.column] ?? ""),
        );
      }
      return {
        name: table.name,
        sheet: sheet.name,
        bounds,
        headers,
        hasHeaderRow: true,
        hasTotalsRow: false,
      };
    }
    return undefined;
  }

  /** Removes a sheet and its names; returns the tab position it held. */
  private removeSheet(name: string): number {
    const index = this.sheetList.findIndex((sheet) => sameName(sheet.name, name));
    if (index < 0) throw new Error(`the sheet "${name}" does not exist`);
    this.sheetList.splice(index, 1);
    return index;
  }

  private removeName(name: string): void {
    const index = this.definedNames.findIndex((defined) => sameName(defined.name, name));
    if (index >= 0) this.definedNames.splice(index, 1);
  }

  private writeSheet(
    sheet: MemorySheet,
    sheetPlan: SheetPlan,
    plan: WorkbookPlan,
    dialect: FormulaDialect,
  ): void {
    for (const table of sheetPlan.tables ?? []) {
      sheet.tables.push({ ...table, columns: [...table.columns] });
      const bounds = parseRange(table.range);
      if (bounds === undefined) continue;
      table.columns.forEach((header, index) => {
        sheet.cells.set(
          formatCellAddress({ row: bounds.start.row, column: bounds.start.column + index }),
          { value: header },
        );
      });
    }
    for (const cell of sheetPlan.cells) this.writeCell(sheet, cell, plan, dialect);
    sheet.validations.push(...(sheetPlan.validations ?? []));
    sheet.conditionalFormats.push(...(sheetPlan.conditionalFormats ?? []));
    sheet.charts.push(...(sheetPlan.charts ?? []));
    Object.assign(sheet.columnWidths, sheetPlan.columnWidths ?? {});
    sheet.freeze = sheetPlan.freeze;
    sheet.tabColour = sheetPlan.tabColour;
    sheet.print = sheetPlan.print;
  }

  private writeCell(
    sheet: MemorySheet,
    cell: CellPlan,
    plan: WorkbookPlan,
    dialect: FormulaDialect,
  ): void {
    const key = cellKey(cell.address);
    const previous = sheet.cells.get(key);
    const style = cell.style === undefined ? undefined : plan.styles[cell.style];
    const numberFormat = cell.numberFormat ?? style?.numberFormat ?? previous?.numberFormat;
    sheet.cells.set(key, {
      value: cell.value,
      ...(cell.formula === undefined ? {} : { formula: cell.formula[dialect] }),
      ...(cell.style === undefined ? pickStyle(previous) : { styleId: cell.style, style }),
      ...(numberFormat === undefined ? {} : { numberFormat }),
    });
  }

  private currentSettings(): Record<string, string> {
    const sheet = this.sheet(ADDIN_SETTINGS_SHEET);
    if (sheet === undefined) return {};
    const rows: CellValue[][] = [];
    for (let row = 1; sheet.cells.has(formatCellAddress({ row, column: 1 })); row++) {
      rows.push([
        sheet.cells.get(formatCellAddress({ row, column: 1 }))?.value,
        sheet.cells.get(formatCellAddress({ row, column: 2 }))?.value,
      ]);
    }
    return settingsFromRows(rows);
  }

  private storeSettings(changes: Readonly<Record<string, string | null>>): void {
    const settings = mergeSettings(this.currentSettings(), changes);
    const existing = this.sheet(ADDIN_SETTINGS_SHEET);
    if (existing !== undefined) this.removeSheet(existing.name);
    const sheet = emptySheet(ADDIN_SETTINGS_SHEET, true);
    settingsRows(settings).forEach((row, index) => {
      row.forEach((text, column) =>
        sheet.cells.set(formatCellAddress({ row: index + 1, column: column + 1 }), { value: text }),
      );
    });
    this.sheetList.push(sheet);
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`the sheet "${name}" does not exist`);
    return sheet;
  }
}

/** Runs synchronous work as the port's promise: a throw becomes a rejection, as in the async adapters. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => {
    resolve(work());
  });
}

function cellKey(address: string): string {
  const position = parseCellAddress(address);
  if (position === undefined) throw new RangeError(`"${address}" is not a cell address`);
  return formatCellAddress(position);
}

function isFormulaInput(
  input: MemoryCellInput,
): input is { readonly formula: string; readonly value: CellValue } {
  return typeof input === "object" && input !== null && "formula" in input;
}

// Typing a value over a formula cell removes the formula and keeps the cell's formatting.
function withoutFormula(cell: MemoryCell | undefined): Partial<MemoryCell> {
  if (cell === undefined) return {};
  return {
    ...pickStyle(cell),
    ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
  };
}

function pickStyle(cell: MemoryCell | undefined): Partial<MemoryCell> {
  if (cell?.styleId === undefined) return {};
  return { styleId: cell.styleId, ...(cell.style === undefined ? {} : { style: cell.style }) };
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.errorCode;
  return String(value);
}

/** Every cell address of a range, for tests that look at a block of cells. */
export function addressesOf(range: string): string[] {
  const bounds = parseRange(range);
  if (bounds === undefined) throw new RangeError(`"${range}" is not a range`);
  return rangePositions(bounds).map((position) => formatCellAddress(position));
}
