// A workbook behind the WorkbookHost port, saved by the runner's own writer, ExcelJS not involved:
// a new one whose every sheet the runner generates (`c2c new`, `c2c demo`), or an existing package
// opened (`c2c score`, `c2c import-answers`), whose sheets are kept as the user's parts and edited
// only in the cells the plan writes (docs/decisions/0012-editing-users-packages.md). The
// interpreter's steps are carried out on the package model (modelSteps.ts, packageModel.ts); reads
// of the user's sheets come from our own reader over the package as this session's changes left it
// (currentPackage.ts). A user's table grows in its sheet's XML (keptGrowth.ts, sheetPatch/),
// refused before anything changes when another part of the user's points at the cells it moves
// (blockedGrowth.ts).

import { resolve } from "node:path";
import { parseSheetRange } from "../../engine/plan/address";
import type { AddinSettings } from "../../engine/plan/addinSettings";
import { sameName } from "../../engine/plan/names";
import { PlanError } from "../../engine/plan/planError";
import type { TableData } from "../../engine/plan/tableData";
import type { TableGrowth, TableShape } from "../../engine/plan/tableGrowth";
import type { WorkbookPlan } from "../../engine/plan/types";
import { interpretPlan, type PlanReader, type WorkbookReads } from "../plan/interpretPlan";
import { refuseProtectedSettings } from "../plan/protectionRefusals";
import type { ApplyOptions, ApplyReport, SheetInfo, WorkbookHost } from "../workbookHost";
import { writeFileAtomically, type WriteOptions } from "../xlsx/atomicWrite";
import type { AdoptedSheet } from "../xlsx/plainSheetRules";
import type { PreflightedPackage } from "../xlsx/preflight";
import { packagePartsOf } from "../xlsx/package/packageParts";
import { XlsxPackageReader } from "../xlsx/xlsxPackageReader";
import { adoptPlainSheets } from "./adoptedTables";
import { refuseBlockedGrowth } from "./blockedGrowth";
import { currentPackage, type CurrentPackage } from "./currentPackage";
import { keptTableShape, occupiedCells, surroundings, type KeptTable } from "./keptGrowth";
import { keptParts, type KeptPart } from "./keptParts";
import { modelInventory, sheetInfos } from "./modelInventory";
import { findSheet, type ModelSession } from "./modelSheets";
import { carryOutStep, type StepContext } from "./modelSteps";
import { findKeptTable, generatedTableNamed, keptTables, type CurrentRead } from "./modelTables";
import { openedModel } from "./openPackage";
import { isMacroWorkbook } from "./packageKind";
import { emptyPackage, type PackageModel } from "./packageModel";
import { attributeOf, elementSpans } from "./partText";
import { editedParts, saveEditedPackage, type EditedPackage } from "./saveEditedPackage";
import { packageParts, savePackage, type PartTexts } from "./savePackage";
import { currentSettings, storeSettings } from "./settingsSheet";

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
  /** The model as the steps change it: every change to a sheet forgets the current package. */
  private readonly session: ModelSession;
  /** The last save of an opened package, for what it kept. */
  private lastSave: EditedPackage | undefined;
  /** The opened package as the changes so far left it; undefined until read after a change. */
  private current: CurrentPackage | undefined;

  private constructor(model: PackageModel, opened?: OpenedPackage) {
    this.model = model;
    this.opened = opened;
    this.session = {
      model,
      sheetChanged: () => {
        // The user's sheets may read differently now.
        this.current = undefined;
      },
    };
  }

  /** A new workbook with no sheets. */
  static create(): PackageWorkbook {
    return new PackageWorkbook(emptyPackage());
  }

  /**
   * An existing package as the preflight passed it: its bytes and inflated parts. Throws
   * PackageReadError (naming `source`) when the workbook, its styles or a table cannot be read.
   */
  static async open(opened: PreflightedPackage, source?: string): Promise<PackageWorkbook> {
    const reader = XlsxPackageReader.fromParts(opened.parts, source);
    const model = openedModel(opened);
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
    return reader === undefined ? [] : adoptPlainSheets(this.model, reader);
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return Promise.resolve(sheetInfos(this.model, this.currentSettings()));
  }

  /** A table of a generated sheet as planned; one of the user's sheets as this session's changes left it. */
  async readTable(name: string): Promise<TableData | null> {
    return generatedTableNamed(this.model, name) ?? (await this.keptTable(name));
  }

  async readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    const entries = await Promise.all(
      names.map(async (name) => [name, await this.readTable(name)] as const),
    );
    return Object.fromEntries(entries);
  }

  private async keptTable(name: string): Promise<TableData | null> {
    if (this.opened === undefined) return null;
    const table = keptTables(this.model, this.currentRead()).find((candidate) =>
      sameName(candidate.name, name),
    );
    const sheet = table === undefined ? undefined : findSheet(this.model, table.sheet);
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

  /** The current package, read when asked; undefined for a new workbook. */
  private currentRead(): CurrentRead {
    return this.opened === undefined ? undefined : () => this.currentPackage();
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
    const growths = interpreted.steps.flatMap((step) =>
      step.kind === "grow-table" ? [step.growth] : [],
    );
    if (growths.length > 0)
      refuseBlockedGrowth(
        this.model,
        this.currentPackage(),
        this.currentSettings(),
        growths,
        (growth) => this.requireKeptTable(growth),
      );
    const context: StepContext = {
      keptTable: (growth) => this.requireKeptTable(growth),
      storeSettings: (changes) => {
        storeSettings(this.session, this.opened?.settings, changes);
      },
    };
    for (const step of interpreted.steps) carryOutStep(this.session, context, step, plan);
    return { sheets: interpreted.sheets };
  }

  planReader(): PlanReader {
    return {
      readWorkbook: async (edits) => {
        const reads: WorkbookReads = {
          inventory: modelInventory(this.model, this.currentSettings(), this.currentRead()),
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
    const found = findKeptTable(this.model, this.currentRead(), name);
    if (found === undefined) {
      if (generatedTableNamed(this.model, name) !== null)
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

  private requireKeptTable(growth: TableGrowth): KeptTable {
    const found = findKeptTable(this.model, this.currentRead(), growth.table);
    if (found === undefined) throw new Error(`the table "${growth.table}" does not exist`);
    return found;
  }

  readAddinData(): Promise<AddinSettings> {
    return Promise.resolve(this.currentSettings());
  }

  /** Refused, nothing stored, when the settings sheet it needs cannot be added to a protected structure. */
  async writeAddinData(changes: Readonly<Record<string, string | null>>): Promise<void> {
    refuseProtectedSettings(changes, await this.planReader().readWorkbook([]));
    storeSettings(this.session, this.opened?.settings, changes);
  }

  selectRange(address: string): Promise<boolean> {
    const target = parseSheetRange(address);
    const sheet = target === undefined ? undefined : findSheet(this.model, target.sheet);
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
   * What the last save carried over of the user's, by kind (2 charts, 14 comments); empty before a
   * save of an opened package, or when it kept nothing a user would miss.
   */
  keptParts(): KeptPart[] {
    const source = this.model.source;
    const saved = this.lastSave;
    if (source === undefined || saved === undefined) return [];
    const written = new Set([...saved.written.keys()].map((path) => path.toLowerCase()));
    const kept = [...source.parts.keys()].filter(
      (path) => !written.has(path.toLowerCase()) && !saved.dropped.has(path.toLowerCase()),
    );
    return keptParts(kept, partText(source.parts, CONTENT_TYPES) ?? "", (path) =>
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

  private currentSettings(): Record<string, string> {
    return currentSettings(this.model, this.opened?.settings);
  }
}
