// An .xlsx file behind the WorkbookHost port (ExcelJS 4.4): the host `import-answers` writes through
// (`score` saves by editing the package instead: src/host/ooxml, docs/decisions/0012).
// Reads the file into memory (the input file is never written), applies plans in the portable
// dialect, and saves atomically with the plan's charts added to the package (ExcelJS cannot write
// charts). Until the first change, reads come from our own reader of the same package
// (xlsxPackageReader.ts), so a workbook reads alike whether a command writes it back or not; after a
// change they come from ExcelJS's model, which holds the change.

import { refuseProtectedSettings } from "../../../src/host/plan/protectionRefusals";
import { resolve } from "node:path";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { absoluteReference, parseRange, parseSheetRange } from "../../../src/engine/plan/address";
import {
  ADDIN_SETTINGS_SHEET,
  mergeSettings,
  ownedSheets,
  settingsFromRows,
  settingsRows,
  type AddinSettings,
} from "../../../src/engine/plan/addinSettings";
import { sameName } from "../../../src/engine/plan/names";
import type { WorkbookInventory } from "../../../src/engine/plan/placement";
import { PlanError } from "../../../src/engine/plan/planError";
import { type TableData } from "../../../src/engine/plan/tableData";
import type { TableGrowth, TableShape } from "../../../src/engine/plan/tableGrowth";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import type { CellValue } from "../../../src/engine/cells";
import { interpretPlan, type PlanReader } from "../../../src/host/plan/interpretPlan";
import type { PlanStep } from "../../../src/host/plan/planSteps";
import type {
  ApplyOptions,
  ApplyReport,
  SheetInfo,
  WorkbookHost,
} from "../../../src/host/workbookHost";
import { writeFileAtomically, type WriteOptions } from "../../../src/host/xlsx/atomicWrite";
import { addChartsToPackage } from "./addCharts";
import { chartData } from "../../../src/host/xlsx/charts/chartData";
import type { ChartData } from "../../../src/host/xlsx/charts/chartXml";
import { growWorksheetTable, lastUsedColumn, occupiedCells } from "./growTable";
import { loadModel } from "./loadedTables";
import { adoptPlainSheets, type AdoptedSheet } from "./plainSheets";
import { XlsxPackageReader } from "../../../src/host/xlsx/xlsxPackageReader";
import { modelTableData } from "./modelTables";
import { readCellValue } from "./readCell";
import { showRange } from "./selection";
import { worksheetTables, type WorksheetTable } from "./tableModels";
import { elementsAttributes } from "../../../src/host/xlsx/xml";
import { protectSheet, writeCell, writeSheet } from "./writeSheet";

export class XlsxWorkbook implements WorkbookHost {
  private readonly workbook: ExcelJS.Workbook;
  /** The file this workbook was read from; save() refuses to write there. */
  private readonly sourcePath: string | undefined;
  /** Charts of applied plans by written sheet name, added to the package on save. */
  private readonly pendingCharts = new Map<string, ChartData[]>();
  /**
   * The file's `<workbookProtection>` element as written (its password hash included), which
   * ExcelJS neither reads nor writes: kept here and put back on save.
   */
  private readonly workbookProtection: string | undefined;
  /** The file as read, by our own reader; dropped at the first change to the workbook. */
  private unchanged: XlsxPackageReader | undefined;

  private constructor(
    workbook: ExcelJS.Workbook,
    sourcePath: string | undefined,
    unchanged: XlsxPackageReader | undefined,
    workbookProtection?: string,
  ) {
    this.workbook = workbook;
    this.sourcePath = sourcePath;
    this.unchanged = unchanged;
    this.workbookProtection = workbookProtection;
  }

  /** Review › Protect Workbook: sheets cannot be added, renamed, deleted or hidden. */
  private get structureProtected(): boolean {
    return this.workbookProtection !== undefined && isStructureLocked(this.workbookProtection);
  }

  /** A new workbook with no sheets. */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), undefined, undefined);
  }

  /** Reads an .xlsx file; the file itself is never written. Run inspectPackage first to learn what ExcelJS would drop. */
  static async open(path: string): Promise<XlsxWorkbook> {
    return XlsxWorkbook.load(await readFile(path), resolve(path));
  }

  /** A package's bytes; `parts`, the preflight's inflated parts of the same package, saves unzipping. */
  static async fromBytes(
    bytes: Uint8Array,
    parts?: ReadonlyMap<string, Uint8Array>,
  ): Promise<XlsxWorkbook> {
    return XlsxWorkbook.load(bytes, undefined, parts);
  }

  private static async load(
    bytes: Uint8Array,
    sourcePath: string | undefined,
    parts?: ReadonlyMap<string, Uint8Array>,
  ): Promise<XlsxWorkbook> {
    const zip = await JSZip.loadAsync(bytes);
    const workbookProtection = workbookProtectionElement(
      await zip.file("xl/workbook.xml")?.async("string"),
    );
    const unchanged = XlsxPackageReader.fromParts(parts ?? (await zipParts(zip)), sourcePath);
    return new XlsxWorkbook(await loadModel(bytes, zip), sourcePath, unchanged, workbookProtection);
  }

  /**
   * Reads each plain sheet named and headed as a contract table as that table, and makes it one in
   * the workbook, so the scored copy holds it as the named table (plainSheets.ts).
   */
  adoptPlainSheets(): readonly AdoptedSheet[] {
    return adoptPlainSheets(this.workbook);
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return this.unchanged?.listSheets() ?? Promise.resolve(this.sheetInfos());
  }

  readTable(name: string): Promise<TableData | null> {
    return this.unchanged?.readTable(name) ?? Promise.resolve(this.findTable(name));
  }

  readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    return (
      this.unchanged?.readTables(names) ??
      Promise.resolve(Object.fromEntries(names.map((name) => [name, this.findTable(name)])))
    );
  }

  async applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
    this.unchanged = undefined;
    if (options.dialect !== "portable") {
      throw new PlanError([
        "an .xlsx file gets the portable dialect: Excel binds C2C.* functions only when they are written through the add-in",
      ]);
    }
    const interpreted = await interpretPlan(plan, options, this.planReader());
    for (const step of interpreted.steps) await this.carryOut(step, plan);
    return { sheets: interpreted.sheets };
  }

  /** What the interpreter reads of this workbook (applyPlan's first stages). */
  planReader(): PlanReader {
    return {
      readWorkbook: (edits) =>
        Promise.resolve({
          inventory: this.inventory(),
          tabOrder: this.workbook.worksheets.map((worksheet) => worksheet.name),
          protectedSheets: this.workbook.worksheets
            .filter((worksheet) => isProtected(worksheet))
            .map((worksheet) => worksheet.name),
          structureProtected: this.structureProtected,
          grownTables: edits.flatMap((edit) => this.tableShape(edit.table) ?? []),
          occupiedCells: (growth) => occupiedCells(this.requireWorksheet(growth.sheet), growth),
          // Rows are added over the cells below a table; nothing below it moves.
          appendMovesCellsBelow: false,
        }),
      readSurroundings: () =>
        Promise.resolve((growth: TableGrowth) => {
          const worksheet = this.requireWorksheet(growth.sheet);
          return {
            lastUsedColumn: lastUsedColumn(worksheet, growth),
            otherTables: worksheetTables(worksheet)
              .filter((table) => !sameName(table.name, growth.table))
              .flatMap((table) => {
                const bounds = parseRange(table.range);
                return bounds === undefined ? [] : [{ name: table.name, bounds }];
              }),
          };
        }),
    };
  }

  /** The .xlsx host's primitives: each step of an interpreted plan, done with ExcelJS. */
  private async carryOut(step: PlanStep, plan: WorkbookPlan): Promise<void> {
    switch (step.kind) {
      case "grow-table":
        this.grow(step.growth);
        return;
      case "delete-sheet":
        this.removeWorksheet(step.sheet);
        return;
      case "remove-name":
        this.removeDefinedName(step.name);
        return;
      case "keep-sheet":
        this.renameKept(step.sheet, step.keptAs, step.tables);
        return;
      case "add-sheet": {
        const orderNo =
          step.replaces === undefined ? undefined : this.removeWorksheet(step.replaces.sheet);
        const worksheet = this.workbook.addWorksheet(step.sheet);
        if (orderNo !== undefined) setTabPosition(worksheet, orderNo);
        else if (step.position !== undefined) this.moveTab(worksheet, step.position);
        return;
      }
      case "write-sheet": {
        const worksheet = this.requireWorksheet(step.sheet);
        writeSheet(worksheet, step.plan, plan);
        const charts = (step.plan.charts ?? []).map((chart) =>
          chartData(chart, step.plan, step.sheet),
        );
        if (charts.length > 0) this.pendingCharts.set(step.sheet, charts);
        return;
      }
      case "edit-cells": {
        const worksheet = this.findWorksheet(step.sheet);
        if (worksheet === undefined)
          throw new PlanError([`the workbook has no sheet "${step.sheet}" to edit`]);
        for (const cell of step.cells) writeCell(worksheet, cell, plan);
        return;
      }
      case "add-name":
        this.workbook.definedNames.add(
          absoluteReference(step.name.sheet, step.name.range),
          step.name.name,
        );
        return;
      case "protect-sheet":
        if (step.plan.protection !== undefined)
          await protectSheet(this.requireWorksheet(step.sheet), step.plan.protection);
        return;
      case "write-settings":
        this.storeSettings(step.changes);
        return;
    }
  }

  /** Puts a sheet at a tab position (hidden sheets counted), the others keeping their order. */
  private moveTab(worksheet: ExcelJS.Worksheet, position: number): void {
    const others = this.workbook.worksheets.filter((other) => other !== worksheet);
    others.splice(position, 0, worksheet);
    others.forEach((sheet, index) => {
      setTabPosition(sheet, index + 1);
    });
  }

  /** Renames a kept sheet; its tables' definitions go (their cells stay), freeing their names. */
  private renameKept(name: string, keptName: string, tables: readonly string[]): void {
    const worksheet = this.findWorksheet(name);
    if (worksheet === undefined) throw new Error(`the sheet "${name}" does not exist`);
    for (const table of tables) removeTable(worksheet, table);
    worksheet.name = keptName;
    const charts = this.pendingCharts.get(name);
    if (charts !== undefined) {
      this.pendingCharts.delete(name);
      this.pendingCharts.set(
        keptName,
        charts.map((chart) => retargeted(chart, name, keptName)),
      );
    }
  }

  readAddinData(): Promise<AddinSettings> {
    return this.unchanged?.readAddinData() ?? Promise.resolve(this.currentSettings());
  }

  async writeAddinData(changes: Readonly<Record<string, string | null>>): Promise<void> {
    refuseProtectedSettings(changes, await this.planReader().readWorkbook([]));
    this.unchanged = undefined;
    this.storeSettings(changes);
  }

  selectRange(address: string): Promise<boolean> {
    const target = parseSheetRange(address);
    const worksheet = target === undefined ? undefined : this.findWorksheet(target.sheet);
    if (target === undefined || worksheet?.state !== "visible") return Promise.resolve(false);
    showRange(this.workbook, worksheet, target.bounds);
    return Promise.resolve(true);
  }

  /** The .xlsx package: what ExcelJS writes, plus the charts of the applied plans. */
  async toBytes(): Promise<Uint8Array> {
    const bytes = await this.packageBytes();
    return this.workbookProtection === undefined
      ? bytes
      : withWorkbookProtection(bytes, this.workbookProtection);
  }

  private async packageBytes(): Promise<Uint8Array> {
    if (!this.workbook.worksheets.some((worksheet) => worksheet.state === "visible")) {
      throw new Error("a workbook needs at least one visible sheet");
    }
    if (this.pendingCharts.size === 0)
      return new Uint8Array(await this.workbook.xlsx.writeBuffer());
    // The chart step unpacks and repacks the whole package; ExcelJS stores its parts uncompressed
    // for it, so the package is compressed once instead of compressed, inflated and compressed again
    // (half the time of `c2c score` on a long-list workbook went to that round trip).
    const stored = await this.workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
    return addChartsToPackage(new Uint8Array(stored), this.pendingCharts);
  }

  /**
   * Writes the workbook to a new file atomically (temporary file + rename); an existing file is
   * replaced only with `overwrite: true`, and the file the workbook was read from never.
   */
  async save(path: string, options: WriteOptions = {}): Promise<void> {
    if (this.sourcePath !== undefined && resolve(path) === this.sourcePath) {
      throw new Error(`${path} is the input workbook; the input file is never modified`);
    }
    await writeFileAtomically(path, await this.toBytes(), options);
  }

  private sheetInfos(): SheetInfo[] {
    const owned = ownedSheets(this.currentSettings());
    return this.workbook.worksheets
      .filter((worksheet) => !sameName(worksheet.name, ADDIN_SETTINGS_SHEET))
      .map((worksheet) => ({
        name: worksheet.name,
        owned: owned.some((name) => sameName(name, worksheet.name)),
      }));
  }

  private inventory(): WorkbookInventory {
    return {
      sheets: this.sheetInfos(),
      tables: this.workbook.worksheets.flatMap((worksheet) =>
        worksheetTables(worksheet).map((table) => ({ name: table.name, sheet: worksheet.name })),
      ),
      names: this.workbook.definedNames.model.map(({ name, ranges }) => ({
        name,
        ...singleRange(ranges),
      })),
      reservedSheets: [ADDIN_SETTINGS_SHEET],
    };
  }

  private findWorksheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((worksheet) => sameName(worksheet.name, name));
  }

  private requireWorksheet(name: string): ExcelJS.Worksheet {
    const worksheet = this.findWorksheet(name);
    if (worksheet === undefined) throw new Error(`the sheet "${name}" does not exist`);
    return worksheet;
  }

  private findWorksheetTable(
    name: string,
  ): { worksheet: ExcelJS.Worksheet; table: WorksheetTable } | undefined {
    for (const worksheet of this.workbook.worksheets) {
      const table = worksheetTables(worksheet).find((candidate) => sameName(candidate.name, name));
      if (table !== undefined) return { worksheet, table };
    }
    return undefined;
  }

  private tableShape(name: string): TableShape | undefined {
    const found = this.findWorksheetTable(name);
    const bounds = found === undefined ? undefined : parseRange(found.table.range);
    if (found === undefined || bounds === undefined) return undefined;
    const { worksheet, table } = found;
    const date1904 = this.workbook.properties.date1904;
    const headers: string[] = [];
    for (let column = bounds.start.column; column <= bounds.end.column; column++) {
      const value = readCellValue(
        worksheet.findCell(bounds.start.row, column)?.value ?? null,
        date1904,
      );
      headers.push(
        typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? String(value)
          : (table.columnNames[column - bounds.start.column] ?? ""),
      );
    }
    return {
      name: table.name,
      sheet: worksheet.name,
      bounds,
      headers,
      hasHeaderRow: table.hasHeaderRow,
      hasTotalsRow: table.hasTotalsRow,
    };
  }

  private grow(growth: TableGrowth): void {
    const found = this.findWorksheetTable(growth.table);
    if (found === undefined) throw new Error(`the table "${growth.table}" does not exist`);
    growWorksheetTable(found.worksheet, found.table, growth);
  }

  private findTable(name: string): TableData | null {
    return modelTableData(this.workbook, name);
  }

  /** Removes a sheet (with its tables and charts); returns its tab position for the sheet that replaces it. */
  private removeWorksheet(name: string): number {
    const worksheet = this.findWorksheet(name);
    if (worksheet === undefined) throw new Error(`the sheet "${name}" does not exist`);
    const orderNo = tabPosition(worksheet);
    this.workbook.removeWorksheet(worksheet.id);
    this.pendingCharts.delete(worksheet.name);
    return orderNo;
  }

  private removeDefinedName(name: string): void {
    const names = this.workbook.definedNames;
    const defined = names.model.find((candidate) => sameName(candidate.name, name));
    if (defined === undefined) return;
    for (const range of defined.ranges) names.remove(range, defined.name);
  }

  private currentSettings(): Record<string, string> {
    const worksheet = this.findWorksheet(ADDIN_SETTINGS_SHEET);
    if (worksheet === undefined) return {};
    const date1904 = this.workbook.properties.date1904;
    const rows: CellValue[][] = [];
    worksheet.eachRow((row) => {
      rows.push([
        readCellValue(row.getCell(1).value, date1904),
        readCellValue(row.getCell(2).value, date1904),
      ]);
    });
    return settingsFromRows(rows);
  }

  private storeSettings(changes: Readonly<Record<string, string | null>>): void {
    const settings = mergeSettings(this.currentSettings(), changes);
    const existing = this.findWorksheet(ADDIN_SETTINGS_SHEET);
    if (existing !== undefined) this.workbook.removeWorksheet(existing.id);
    const worksheet = this.workbook.addWorksheet(ADDIN_SETTINGS_SHEET, { state: "hidden" });
    worksheet.addRows(settingsRows(settings));
  }
}

/** Protected in the file: a loaded sheet's protection, or one this session protected. */
/** The `<workbookProtection …/>` element of xl/workbook.xml, as written; undefined without one. */
function workbookProtectionElement(workbookXml: string | undefined): string | undefined {
  return /<workbookProtection\b[^>]*?(?:\/>|>\s*<\/workbookProtection>)/.exec(
    workbookXml ?? "",
  )?.[0];
}

/** lockStructure="1" (or "true", an xsd:boolean) on the element. */
function isStructureLocked(element: string): boolean {
  const lock = elementsAttributes(element, "workbookProtection")[0]?.lockStructure;
  return lock === "1" || lock === "true";
}

/** The package with the element put back where CT_Workbook wants it: before bookViews or sheets. */
async function withWorkbookProtection(bytes: Uint8Array, element: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (workbookXml === undefined || workbookXml.includes("<workbookProtection")) return bytes;
  const at = /<bookViews\b|<sheets\b/.exec(workbookXml)?.index;
  if (at === undefined) return bytes;
  zip.file("xl/workbook.xml", workbookXml.slice(0, at) + element + workbookXml.slice(at));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  // ExcelJS keeps it as `sheetProtection` but leaves the member out of its typings.
  const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } | null })
    .sheetProtection;
  return protection?.sheet === true;
}

/** A defined name's sheet and range when it refers to exactly one range. */
function singleRange(ranges: readonly string[]): { sheet?: string; range?: string } {
  const [only] = ranges;
  if (ranges.length !== 1 || only === undefined) return {};
  const bang = only.lastIndexOf("!");
  if (bang < 0) return {};
  const sheetPart = only.slice(0, bang);
  const sheet = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheet, range: only.slice(bang + 1).replace(/\$/g, "") };
}

// ExcelJS orders tabs by each worksheet's `orderNo`, which its typings leave out.
function tabPosition(worksheet: ExcelJS.Worksheet): number {
  const orderNo: unknown = (worksheet as unknown as { orderNo?: unknown }).orderNo;
  if (typeof orderNo !== "number") throw new Error("this ExcelJS version has no worksheet.orderNo");
  return orderNo;
}

function setTabPosition(worksheet: ExcelJS.Worksheet, orderNo: number): void {
  (worksheet as unknown as { orderNo: number }).orderNo = orderNo;
}

/** Removes a table definition (its cells stay), found by name without case. */
function removeTable(worksheet: ExcelJS.Worksheet, name: string): void {
  const tables = (worksheet as unknown as { tables?: Record<string, unknown> }).tables;
  if (tables === undefined) throw new Error("this ExcelJS version has no worksheet.tables");
  for (const table of worksheetTables(worksheet)) {
    if (!sameName(table.name, name)) continue;
    const key = Object.keys(tables).find(
      (candidate) => (tables[candidate] as { model?: unknown } | undefined)?.model === table.model,
    );
    if (key !== undefined) worksheet.removeTable(key);
  }
}

/** A pending chart of a renamed sheet: its ranges now refer to the new name. */
function retargeted(chart: ChartData, sheet: string, renamed: string): ChartData {
  return sameName(chart.sheet, sheet) ? { ...chart, sheet: renamed } : chart;
}

/** Every file part of a zip: part name → bytes (for a package that did not come through the preflight). */
async function zipParts(zip: JSZip): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name.replace(/^\/+/, ""), await file.async("uint8array"));
  }
  return parts;
}
