// A recording fake of the Excel object model (office-addin-mock is not used): it implements the
// structural API the host is written against (src/host/excel/excelApi.ts), keeps a workbook model
// so reads see what writes left, records every property set, method call, load and sync with the
// bytes each sync would send, and fails the way Office.js does: a property read before its load and
// sync, a null object used, a locked cell of a protected sheet written, a name taken twice, a
// request or response over Excel on the web's payload limit.

import type { CellValue } from "../../../src/engine/cells";
import { formatCellAddress, parseCellAddress, parseRange } from "../../../src/engine/plan/address";
import { sameName } from "../../../src/engine/plan/names";
import type { Scalar } from "../../oracle/values";
import type { ExcelRun, IsSetSupported } from "../../../src/host/excel/excelApi";
import type { MemoryCellInput, MemoryTableInput } from "../../../src/host/memory/memoryWorkbook";
import {
  cellKey,
  computedValue,
  emptySheetModel,
  findSheet,
  qualified,
  type CellModel,
  type SheetModel,
  type WorkbookModel,
} from "./fake/model";
import type { CustomFunctions, World } from "./fake/proxy";
import { Recorder, type RecordedCommand } from "./fake/recorder";
import { FakeContext } from "./fake/workbookObjects";

export type { RecordedCommand } from "./fake/recorder";

export interface FakeExcelOptions {
  /** The highest ExcelApi version isSetSupported admits; "1.15" (table rows added below) unless given. */
  readonly apiVersion?: string;
  /** Evaluates C2C.* calls in formulas; without it they show #NAME?, as in an Excel without the add-in. */
  readonly custom?: CustomFunctions;
  /**
   * The most UTF-8 bytes one request or response may carry: Excel on the web's 5 MB unless given;
   * null for none (Excel on Windows and Mac documents no such limit).
   */
  readonly payloadLimitBytes?: number | null;
}

/** Excel on the web's payload limit, per request and per response. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeExcel {
  readonly workbook: WorkbookModel = { sheets: [], tables: [], names: [] };
  readonly recorder: Recorder;
  private readonly apiVersion: string;
  private readonly world: World;

  constructor(options: FakeExcelOptions = {}) {
    const limit = options.payloadLimitBytes;
    this.recorder = new Recorder(
      limit === undefined ? WEB_PAYLOAD_LIMIT_BYTES : (limit ?? undefined),
    );
    this.apiVersion = options.apiVersion ?? "1.15";
    this.world = {
      workbook: this.workbook,
      recorder: this.recorder,
      custom: options.custom ?? (() => undefined),
      supports: (version) => compareVersions(version, this.apiVersion) <= 0,
    };
  }

  /** Excel.run: one context per run; commands still queued when the batch ends are a bug. */
  readonly run: ExcelRun = async (batch) => {
    const result = await batch(new FakeContext(this.world));
    if (this.recorder.pending)
      throw new Error("commands were queued after the last context.sync()");
    return result;
  };

  readonly isSetSupported: IsSetSupported = (name, minVersion) =>
    name === "ExcelApi" && compareVersions(minVersion, this.apiVersion) <= 0;

  get syncs(): number {
    return this.recorder.syncs;
  }

  /** Commands sent with syncs from `firstSync` on. */
  commandsSince(firstSync: number): RecordedCommand[] {
    return this.recorder.commands.filter((command) => command.batch >= firstSync);
  }

  /** Runs an operation and returns its result, the syncs it made and the bytes each sync sent. */
  async measure<T>(operation: () => Promise<T>): Promise<{
    result: T;
    syncs: number;
    batchBytes: number[];
    responseBytes: number[];
    /** The syncs (counted from the operation's first) Excel on the web would refuse as too large. */
    refusedSyncs: number[];
    commands: RecordedCommand[];
  }> {
    const first = this.recorder.syncs;
    const result = await operation();
    return {
      result,
      syncs: this.recorder.syncs - first,
      batchBytes: this.recorder.sentBatches().slice(first),
      responseBytes: this.recorder.responseBytes.slice(first),
      refusedSyncs: this.recorder.refusedSyncs
        .filter((sync) => sync >= first)
        .map((sync) => sync - first),
      commands: this.commandsSince(first),
    };
  }

  // Building a user's workbook (not recorded).

  addSheet(name: string, rows: readonly (readonly MemoryCellInput[])[] = []): SheetModel {
    if (findSheet(this.workbook, name) !== undefined) throw new Error(`the sheet "${name}" exists`);
    const sheet = emptySheetModel(name);
    rows.forEach((row, rowIndex) => {
      row.forEach((input, columnIndex) => {
        const cell = cellFromInput(input);
        if (cell !== undefined) sheet.cells.set(cellKey(rowIndex + 1, columnIndex + 1), cell);
      });
    });
    this.workbook.sheets.push(sheet);
    return sheet;
  }

  addTable(table: MemoryTableInput): void {
    const bounds = parseRange(table.range);
    if (bounds === undefined) throw new Error(`"${table.range}" is not a range`);
    this.workbook.tables.push({
      name: table.name,
      sheet: this.sheet(table.sheet),
      bounds,
      style: "TableStyleMedium2",
      showBandedRows: true,
      showHeaders: true,
      showTotals: false,
    });
  }

  addName(name: string, sheet: string, range: string): void {
    const bounds = parseRange(range);
    if (bounds === undefined) throw new Error(`"${range}" is not a range`);
    this.workbook.names.push({ name, formula: `=${qualified(this.sheet(sheet), bounds, true)}` });
  }

  // Looking at the workbook.

  sheet(name: string): SheetModel {
    const sheet = findSheet(this.workbook, name);
    if (sheet === undefined) throw new Error(`no sheet "${name}"`);
    return sheet;
  }

  cell(sheet: string, address: string): CellModel | undefined {
    const position = parseCellAddress(address);
    if (position === undefined) throw new Error(`"${address}" is not a cell`);
    return this.sheet(sheet).cells.get(cellKey(position.row, position.column));
  }

  /** What the cell shows, formulas computed. */
  value(sheet: string, address: string): Scalar {
    const position = parseCellAddress(address);
    if (position === undefined) throw new Error(`"${address}" is not a cell`);
    return computedValue(
      this.workbook,
      this.sheet(sheet),
      position.row,
      position.column,
      this.world.custom,
    );
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  tableNames(): string[] {
    return this.workbook.tables.map((table) => table.name);
  }

  name(definedName: string): string | undefined {
    return this.workbook.names.find((name) => sameName(name.name, definedName))?.formula;
  }

  /** Every cell address of a sheet holding a value or formula, sorted by row then column. */
  filledAddresses(sheet: string): string[] {
    return [...this.sheet(sheet).cells]
      .filter(([, cell]) => cell.value !== undefined || cell.formula !== undefined)
      .map(([key]) => key.split(":").map(Number))
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0))
      .map(([row = 0, column = 0]) => formatCellAddress({ row, column }));
  }
}

function cellFromInput(input: MemoryCellInput): CellModel | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "object" && "formula" in input) {
    const cached = input.value;
    return {
      format: {},
      formula: input.formula,
      ...(cached === null || cached === undefined ? {} : { value: cached }),
    };
  }
  return { format: {}, value: input satisfies Exclude<CellValue, null | undefined> };
}

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
