// A workbook behind the WorkbookHost port, saved by the runner's own writer, ExcelJS not involved:
// a new one whose every sheet the runner generates (`c2c new`, `c2c demo`), or an existing package
// opened (`c2c score`, `c2c import-answers`), whose sheets are kept as the user's parts and edited
// only in the cells the plan writes (docs/decisions/0012-editing-users-packages.md). The
// interpreter's steps are carried out on the package model (packageModel.ts); reads of the user's
// sheets come from our own reader over the package as this session's changes left it
// (currentPackage.ts). A user's table grows in its sheet's XML (keptGrowth.ts, sheetPatch/),
// refused before anything changes when another part of the user's points at the cells it moves.

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
import { PlanConflictError, PlanError } from "../../engine/plan/planError";
import type { TableData } from "../../engine/plan/tableData";
import type { TableGrowth, TableShape } from "../../engine/plan/tableGrowth";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../engine/plan/types";
import { interpretPlan, type PlanReader, type WorkbookReads } from "../plan/interpretPlan";
import { refuseProtectedSettings } from "../plan/protectionRefusals";
import type { PlanStep } from "../plan/planSteps";
import type { ApplyOptions, ApplyReport, SheetInfo, WorkbookHost } from "../workbookHost";
import { writeFileAtomically, type WriteOptions } from "../xlsx/atomicWrite";
import type { AdoptedSheet } from "../xlsx/plainSheetRules";
import { XlsxPackageReader } from "../xlsx/xlsxPackageReader";
import { currentPackage, type CurrentPackage } from "./currentPackage";
import { generatedTable, headerCells, laidCells } from "./generatedCells";
import {
  keptGrowthRefusals,
  keptTableShape,
  occupiedCells,
  surroundings,
  type KeptTable,
} from "./keptGrowth";
import { withLocalSheet } from "./editedWorkbookXml";
import { openedModel } from "./openPackage";
import {
  emptyPackage,
  nextSheetId,
  type GeneratedSheet,
  type KeptSheet,
  type ModelSheet,
  type PackageModel,
} from "./packageModel";
import { attributeOf, elementSpans } from "./partText";
import { keptSummary } from "./keptParts";
import { isMacroWorkbook } from "./packageKind";
import { editedParts, saveEditedPackage, type EditedPackage } from "./saveEditedPackage";
import { packagePartsOf } from "../xlsx/package/packageParts";
import { packageParts, savePackage, type PartTexts } from "./savePackage";

const CONTENT_TYPES = "[Content_Types].xml";

function partText(parts: ReadonlyMap<string, Uint8Array>, path: string): string | undefined {
  const bytes = packagePartsOf(parts).get(path);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

/** The user's workbook as opened: our reader over its parts, and its settings as read. */
interface OpenedPackage {
  readonly reader: XlsxPackageReader;
  /** The input file, named in a read error. */
  readonly source: string | undefined;
  readonly settings: Readonly<Record<string, string>>;
  /** Review › Protect Workbook (lockStructure): no sheet may be added, renamed or deleted. */
  readonly structureProtected: boolean;
}

export class PackageWorkbook implements WorkbookHost {
  private readonly model: PackageModel;
  private readonly opened: OpenedPackage | undefined;
  /** The last save of an opened package, for what it kept. */
  private lastSave: EditedPackage | undefined;
  /** The opened package as the changes so far left it; undefined until read after a change. */
  private current: CurrentPackage | undefined;

  private constructor(model: PackageModel, opened?: OpenedPackage) {
    this.model = model;
    this.opened = opened;
  }

  /** A new workbook with no sheets. */
  static create(): PackageWorkbook {
    return new PackageWorkbook(emptyPackage());
  }

  /**
   * An existing package: its bytes and the preflight's inflated parts of the same package. Throws
   * PackageReadError (naming `source`) when the workbook, its styles or a table cannot be read.
   */
  static async open(
    bytes: Uint8Array,
    parts: ReadonlyMap<string, Uint8Array>,
    source?: string,
  ): Promise<PackageWorkbook> {
    const reader = XlsxPackageReader.fromParts(parts, source);
    const model = openedModel(bytes, parts);
    const protection = elementSpans(model.source?.workbookXml ?? "", "workbookProtection")[0];
    const lock =
      protection === undefined ? undefined : attributeOf(protection.text, "lockStructure");
    return new PackageWorkbook(model, {
      reader,
      source,
      settings: await reader.readAddinData(),
      structureProtected: lock === "1" || lock === "true",
    });
  }

  /**
   * Reads each plain sheet named and headed as a contract table as that table, and makes it one in
   * the saved copy (a table part over the cells already there), as the ExcelJS host did.
   */
  async adoptPlainSheets(): Promise<readonly AdoptedSheet[]> {
    const reader = this.opened?.reader;
    if (reader === undefined) return [];
    const adopted = reader.plainSheets();
    for (const sheet of adopted) {
      const table = await reader.readTable(sheet.table);
      const index = this.model.sheets.findIndex((candidate) =>
        sameName(candidate.name, sheet.sheet),
      );
      const kept = this.model.sheets[index];
      if (table === null || kept?.kind !== "kept") continue;
      this.model.sheets[index] = {
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

  listSheets(): Promise<readonly SheetInfo[]> {
    return Promise.resolve(this.sheetInfos());
  }

  /** A table of a generated sheet as planned; one of the user's sheets as this session's changes left it. */
  async readTable(name: string): Promise<TableData | null> {
    return this.findTable(name) ?? (await this.keptTable(name));
  }

  async readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    const entries = await Promise.all(
      names.map(async (name) => [name, await this.readTable(name)] as const),
    );
    return Object.fromEntries(entries);
  }

  private async keptTable(name: string): Promise<TableData | null> {
    if (this.opened === undefined) return null;
    const table = this.keptTables().find((candidate) => sameName(candidate.name, name));
    const sheet = table === undefined ? undefined : this.findSheet(table.sheet);
    return sheet?.kind === "kept" ? this.currentPackage().reader.readTable(name) : null;
  }

  /** The opened package with this session's changes applied, read once per change. */
  private currentPackage(): CurrentPackage {
    const source = this.model.source;
    const opened = this.opened;
    if (source === undefined || opened === undefined)
      throw new Error("a new workbook has no package to read");
    this.current ??= currentPackage(this.model, source, opened.source, opened.reader);
    return this.current;
  }

  /** The tables of the user's sheets still in the workbook, adopted plain sheets included. */
  private keptTables(): readonly { readonly name: string; readonly sheet: string }[] {
    if (this.opened === undefined) return [];
    const kept = (sheet: string): boolean => this.findSheet(sheet)?.kind === "kept";
    return [
      ...this.currentPackage()
        .tables.filter((table) => kept(table.sheet))
        .map(({ name, sheet }) => ({ name, sheet })),
      ...this.model.sheets.flatMap((sheet) =>
        sheet.kind === "kept"
          ? sheet.addedTables.map((table) => ({ name: table.name, sheet: sheet.name }))
          : [],
      ),
    ];
  }

  async applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
    if (options.dialect !== "portable") {
      throw new PlanError([
        "an .xlsx file gets the portable dialect: Excel binds C2C.* functions only when they are written through the add-in",
      ]);
    }
    if (this.opened === undefined && (plan.tableEdits ?? []).length > 0) {
      throw new PlanError([
        "a workbook of generated sheets grows no tables: write the grown table in the plan's sheet instead",
      ]);
    }
    const interpreted = await interpretPlan(plan, options, this.planReader());
    this.refuseBlockedGrowth(interpreted.steps);
    for (const step of interpreted.steps) this.carryOut(step, plan);
    return { sheets: interpreted.sheets };
  }

  planReader(): PlanReader {
    return {
      readWorkbook: async (edits) => {
        const reads: WorkbookReads = {
          inventory: this.inventory(),
          tabOrder: this.model.sheets.map((sheet) => sheet.name),
          protectedSheets: this.model.sheets
            .filter((sheet) => sheet.protectedSheet)
            .map((sheet) => sheet.name),
          structureProtected: this.opened?.structureProtected ?? false,
          // A file has no rows to push down: appended rows go over the cells below.
          appendMovesCellsBelow: false,
          grownTables: [],
          occupiedCells: (growth) =>
            occupiedCells(this.currentPackage(), this.requireKeptTable(growth).sheet, growth),
        };
        const shapes = await Promise.all(edits.map((edit) => this.keptTableShape(edit.table)));
        return { ...reads, grownTables: shapes.flatMap((shape) => shape ?? []) };
      },
      readSurroundings: () =>
        Promise.resolve((growth: TableGrowth) =>
          surroundings(this.currentPackage(), this.requireKeptTable(growth).sheet, growth),
        ),
    };
  }

  /** A user's table as it now stands, its headers as our reader reads them; undefined when there is none. */
  private async keptTableShape(name: string): Promise<TableShape | undefined> {
    const found = this.findKeptTable(name);
    if (found === undefined) {
      if (this.findTable(name) !== null)
        throw new PlanError([
          `the table "${name}" is on a sheet the runner writes: grow it in that sheet's plan`,
        ]);
      return undefined;
    }
    const data = await this.readTable(name);
    return keptTableShape(
      found,
      data?.columns.map((column) => column.header),
    );
  }

  private findKeptTable(name: string): KeptTable | undefined {
    if (this.opened === undefined) return undefined;
    for (const sheet of this.model.sheets) {
      if (sheet.kind !== "kept") continue;
      const added = sheet.addedTables.find((table) => sameName(table.name, name));
      if (added !== undefined) return { kind: "added", sheet, table: added };
    }
    const table = this.currentPackage().tables.find((candidate) => sameName(candidate.name, name));
    const sheet = table === undefined ? undefined : this.findSheet(table.sheet);
    return table === undefined || sheet?.kind !== "kept"
      ? undefined
      : { kind: "part", sheet, table };
  }

  private requireKeptTable(growth: TableGrowth): KeptTable {
    const found = this.findKeptTable(growth.table);
    if (found === undefined) throw new Error(`the table "${growth.table}" does not exist`);
    return found;
  }

  /**
   * Refuses, before any step is carried out, a growth that would move cells another part of the
   * user's points at (a chart series, a pivot cache, a comment, another sheet's formula, a name).
   */
  private refuseBlockedGrowth(steps: readonly PlanStep[]): void {
    const growths = steps.flatMap((step) => (step.kind === "grow-table" ? [step.growth] : []));
    if (growths.length === 0) return;
    const owned = ownedSheets(this.currentSettings());
    const rewrittenSheets = this.model.sheets.flatMap((sheet) => {
      const path = sheet.place?.path;
      const runners =
        sheet.kind === "generated" ||
        sameName(sheet.name, ADDIN_SETTINGS_SHEET) ||
        owned.some((name) => sameName(name, sheet.name));
      return path !== undefined && runners ? [path] : [];
    });
    const ownedNames = this.model.names
      .filter((name) => name.element === undefined)
      .map((name) => name.name);
    for (const growth of growths) {
      const refusals = keptGrowthRefusals(
        this.currentPackage(),
        this.requireKeptTable(growth).sheet,
        growth,
        rewrittenSheets,
        ownedNames,
      );
      if (refusals.length > 0)
        throw new PlanConflictError("table", growth.table, refusals.join(" "));
    }
  }

  /** Grows a user's table: the sheet's XML and its table part on save, an added table's plan now. */
  private grow(growth: TableGrowth): void {
    const found = this.requireKeptTable(growth);
    const index = this.model.sheets.indexOf(found.sheet);
    this.update(index, (sheet): KeptSheet => {
      if (sheet.kind !== "kept") throw new Error(`the sheet "${sheet.name}" is not the user's`);
      return {
        ...sheet,
        changes: [
          ...sheet.changes,
          {
            kind: "grow",
            growth,
            tablePath: found.kind === "part" ? found.table.path : undefined,
          },
        ],
        addedTables: sheet.addedTables.map((table) =>
          found.kind === "added" && table === found.table
            ? { ...table, range: formatRange(growth.after), columns: growth.headers }
            : table,
        ),
      };
    });
  }

  /** The package host's primitives: each step of an interpreted plan, on the model. */
  private carryOut(step: PlanStep, plan: WorkbookPlan): void {
    switch (step.kind) {
      case "grow-table":
        this.grow(step.growth);
        return;
      case "delete-sheet":
        this.deleteSheet(this.requireIndex(step.sheet));
        return;
      case "remove-name":
        // Only a workbook-wide name: one local to a sheet is another name to Excel.
        this.model.names = this.model.names.filter(
          (name) => name.localSheetId !== undefined || !sameName(name.name, step.name),
        );
        return;
      case "keep-sheet": {
        // The kept copy's tables become plain ranges: their header names stay as cells.
        const index = this.requireIndex(step.sheet);
        this.updateGenerated(index, (sheet) => ({
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
        this.updateGenerated(index, (sheet) => ({
          ...sheet,
          plan: step.plan,
          styles: plan.styles,
        }));
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
        this.updateGenerated(this.requireIndex(step.sheet), (sheet) => ({
          ...sheet,
          protectedSheet: true,
        }));
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
      // A user's part it replaces keeps its place: its <sheet> element (renamed) and its part path.
      const index = this.requireIndex(replaces);
      this.update(index, (sheet) => ({
        kind: "generated",
        name,
        sheetId: sheet.sheetId,
        hidden: sheet.hidden,
        plan: empty,
        styles: {},
        protectedSheet: false,
        ...(sheet.place === undefined ? {} : { place: sheet.place }),
      }));
      return;
    }
    const sheet: GeneratedSheet = {
      kind: "generated",
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
    // Edited cells come last, so they win over the cells they replace.
    this.update(index, (sheet) =>
      sheet.kind === "kept"
        ? {
            ...sheet,
            changes: [...sheet.changes, { kind: "edit", cells }],
            styles: { ...sheet.styles, ...plan.styles },
          }
        : {
            ...sheet,
            plan: { ...sheet.plan, cells: [...sheet.plan.cells, ...cells] },
            styles: { ...sheet.styles, ...plan.styles },
          },
    );
  }

  /** Removes a sheet; names local to it go, and those local to later sheets follow their tab. */
  private deleteSheet(index: number): void {
    this.model.sheets.splice(index, 1);
    this.model.names = this.model.names.flatMap((name) => {
      if (name.localSheetId === undefined || name.localSheetId < index) return [name];
      if (name.localSheetId === index) return [];
      return [withLocalSheet(name, name.localSheetId - 1)];
    });
  }

  readAddinData(): Promise<AddinSettings> {
    return Promise.resolve(this.currentSettings());
  }

  /** Refused, nothing stored, when the settings sheet it needs cannot be added to a protected structure. */
  async writeAddinData(changes: Readonly<Record<string, string | null>>): Promise<void> {
    refuseProtectedSettings(changes, await this.planReader().readWorkbook([]));
    this.storeSettings(changes);
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

  /** The .xlsx package (or .xlsm, for an opened macro workbook). */
  async toBytes(): Promise<Uint8Array> {
    const source = this.model.source;
    if (source === undefined) return savePackage(this.model);
    this.lastSave = await saveEditedPackage(this.model, source);
    return this.lastSave.bytes;
  }

  /** An opened macro workbook: its copy opens in Excel only as .xlsm. */
  isMacroWorkbook(): boolean {
    const source = this.model.source;
    return source !== undefined && isMacroWorkbook(partText(source.parts, CONTENT_TYPES) ?? "");
  }

  /**
   * What the last save carried over of the user's, in words ("kept: 2 charts, 14 comments");
   * undefined before a save of an opened package, or when it kept nothing a user would miss.
   */
  keptSummary(): string | undefined {
    const source = this.model.source;
    const saved = this.lastSave;
    if (source === undefined || saved === undefined) return undefined;
    const written = new Set([...saved.written.keys()].map((path) => path.toLowerCase()));
    const kept = [...source.parts.keys()].filter(
      (path) => !written.has(path.toLowerCase()) && !saved.dropped.has(path.toLowerCase()),
    );
    return keptSummary(kept, partText(source.parts, CONTENT_TYPES) ?? "", (path) =>
      partText(source.parts, path),
    );
  }

  /** The ledger of a save: every part it writes, by path, as text. */
  writtenParts(): PartTexts {
    const source = this.model.source;
    return source === undefined
      ? packageParts(this.model)
      : editedParts(this.model, source).written;
  }

  /** The parts of the opened package a save leaves out (calcChain.xml, what only a replaced sheet reached), lower-cased. */
  droppedParts(): ReadonlySet<string> {
    const source = this.model.source;
    return source === undefined ? new Set() : editedParts(this.model, source).dropped;
  }

  /** Writes the workbook to a new file atomically; an existing file is replaced only with `overwrite: true`. */
  async save(path: string, options: WriteOptions = {}): Promise<void> {
    await writeFileAtomically(resolve(path), await this.toBytes(), options);
  }

  private sheetInfos(): SheetInfo[] {
    const owned = ownedSheets(this.currentSettings());
    return this.model.sheets
      .filter((sheet) => sheet.kind === "generated" || sheet.worksheet)
      .filter((sheet) => !sameName(sheet.name, ADDIN_SETTINGS_SHEET))
      .map((sheet) => ({
        name: sheet.name,
        owned: owned.some((name) => sameName(name, sheet.name)),
      }));
  }

  private inventory(): WorkbookInventory {
    return {
      sheets: this.sheetInfos(),
      tables: [
        ...this.model.sheets.flatMap((sheet) =>
          sheet.kind === "kept"
            ? []
            : (sheet.plan.tables ?? []).map((table) => ({ name: table.name, sheet: sheet.name })),
        ),
        ...this.keptTables(),
      ],
      names: this.model.names.flatMap(({ name, reference, localSheetId }) => {
        if (localSheetId !== undefined) return [];
        const target = parseSheetRange(reference);
        return [
          target === undefined
            ? { name }
            : { name, sheet: target.sheet, range: formatRange(target.bounds) },
        ];
      }),
      reservedSheets: [ADDIN_SETTINGS_SHEET],
    };
  }

  private requireIndex(name: string): number {
    const index = this.model.sheets.findIndex((sheet) => sameName(sheet.name, name));
    if (index < 0) throw new Error(`the sheet "${name}" does not exist`);
    return index;
  }

  private update(index: number, change: (sheet: ModelSheet) => ModelSheet): void {
    const sheet = this.model.sheets[index];
    if (sheet === undefined) throw new Error(`the workbook has no sheet at tab ${index}`);
    this.model.sheets[index] = change(sheet);
    // The user's sheets may read differently now.
    this.current = undefined;
  }

  /** A step only a sheet the runner generates takes (written, protected, kept as "(previous)"). */
  private updateGenerated(index: number, change: (sheet: GeneratedSheet) => GeneratedSheet): void {
    this.update(index, (sheet) => {
      if (sheet.kind === "kept")
        throw new PlanError([`the sheet "${sheet.name}" is the user's: only its cells are edited`]);
      return change(sheet);
    });
  }

  private findSheet(name: string): ModelSheet | undefined {
    return this.model.sheets.find((sheet) => sameName(sheet.name, name));
  }

  private findTable(name: string): TableData | null {
    for (const sheet of this.model.sheets) {
      if (sheet.kind === "kept") continue;
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
    if (sheet.kind === "kept") return { ...(this.opened?.settings ?? {}) };
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
      // The user's copy of the settings sheet (read when opened) is replaced in its place.
      this.update(index, (sheet): GeneratedSheet =>
        sheet.kind === "generated"
          ? { ...sheet, plan }
          : {
              kind: "generated",
              name: sheet.name,
              sheetId: sheet.sheetId,
              hidden: true,
              plan,
              styles: {},
              protectedSheet: false,
              place: sheet.place,
            },
      );
      return;
    }
    this.model.sheets.push({
      kind: "generated",
      name: ADDIN_SETTINGS_SHEET,
      sheetId: nextSheetId(this.model),
      hidden: true,
      plan,
      styles: {},
      protectedSheet: false,
    });
  }
}
