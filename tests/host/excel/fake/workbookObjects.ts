// Fake workbook-level objects: the context, worksheets, tables, names, charts, panes, protection
// and page layout. Lookups by name ignore case, as Excel's do; Excel's refusals (duplicate names,
// deleting the last visible sheet, overlapping tables) throw.

import {
  columnNumber,
  formatRange,
  parseRange,
  quoteSheetName,
  rangesOverlap,
  type RangeBounds,
} from "../../../../src/engine/plan/address";
import { identifierProblem, sameName, sheetNameProblem } from "../../../../src/engine/plan/names";
import {
  cellMoves,
  movedFormula,
  movedRanges,
  oneColumnInsert,
} from "../../../../src/host/plan/cellMoves";
import type {
  ChartApi,
  ChartAxisApi,
  ChartCollectionApi,
  ChartSeriesApi,
  ChartSeriesCollectionApi,
  FreezePanesApi,
  NamedItemApi,
  NamedItemCollectionApi,
  PageLayoutApi,
  RangeApi,
  RequestContextApi,
  TableApi,
  TableCollectionApi,
  TableColumnCollectionApi,
  TableRowCollectionApi,
  WorkbookApi,
  WorksheetApi,
  WorksheetCollectionApi,
  WorksheetProtectionApi,
  WorkbookProtectionApi,
} from "../../../../src/host/excel/excelApi";
import {
  boundsOf,
  cellKey,
  emptySheetModel,
  findSheet,
  qualified,
  writeEntry,
  type ChartModel,
  type NameModel,
  type SheetModel,
  type TableModel,
} from "./model";
import { FakeProxy, nullCheck, quoted, type World } from "./proxy";
import { FakeRange, type RangeSpec } from "./rangeObjects";
import { calculatedColumnFormula, insertRowsBelow } from "./rowInsert";

export class FakeContext implements RequestContextApi {
  private readonly world: World;
  readonly workbook: WorkbookApi;

  constructor(world: World) {
    this.world = world;
    // Office.js hands out the same collection proxies every time.
    this.workbook = {
      worksheets: new FakeWorksheets(world, "workbook.worksheets"),
      tables: new FakeTables(world, "workbook.tables", undefined),
      names: new FakeNames(world, "workbook.names"),
      protection: new FakeWorkbookProtection(world, "workbook.protection"),
    };
  }

  sync(): Promise<void> {
    try {
      this.world.recorder.sync();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

class FakeWorksheets extends FakeProxy implements WorksheetCollectionApi {
  get items(): WorksheetApi[] {
    return this.read("items") as WorksheetApi[];
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      this.takeSnapshot(["items"]);
      for (const item of this.read("items") as FakeWorksheet[])
        item.takeSnapshot(itemProperties(properties));
    });
    return this;
  }

  add(name?: string): WorksheetApi {
    this.recordCall("add", [name ?? null]);
    refuseIfStructureProtected(this.world);
    if (name === undefined) throw new Error("the fake wants a name for a new sheet");
    const problem = sheetNameProblem(name);
    if (problem !== undefined) throw new Error(`InvalidArgument: ${problem}`);
    if (findSheet(this.world.workbook, name) !== undefined)
      throw new Error(`ItemAlreadyExists: a sheet "${name}" exists`);
    const sheet = emptySheetModel(name);
    this.world.workbook.sheets.push(sheet);
    return new FakeWorksheet(this.world, `${this.path}.add(${quoted(name)})`, sheet);
  }

  getItem(key: string): WorksheetApi {
    this.recordCall("getItem", [key]);
    const sheet = findSheet(this.world.workbook, key);
    if (sheet === undefined) throw new Error(`ItemNotFound: no sheet "${key}"`);
    return new FakeWorksheet(this.world, `${this.path}.getItem(${quoted(key)})`, sheet);
  }

  getItemOrNullObject(key: string): WorksheetApi {
    this.recordCall("getItemOrNullObject", [key]);
    return new FakeWorksheet(
      this.world,
      `${this.path}.getItemOrNullObject(${quoted(key)})`,
      findSheet(this.world.workbook, key),
    );
  }

  protected snapshot(property: string): unknown {
    if (property !== "items") throw new Error(`the fake cannot load worksheets.${property}`);
    return this.world.workbook.sheets.map(
      (sheet, index) => new FakeWorksheet(this.world, `${this.path}.items[${index}]`, sheet),
    );
  }
}

/** "items/name,items/position" → ["name", "position"]. */
function itemProperties(properties: readonly string[]): string[] {
  return properties.map((property) => {
    if (!property.startsWith("items/"))
      throw new Error(`the fake loads collection items only ("${property}")`);
    return property.slice("items/".length);
  });
}

export class FakeWorksheet extends FakeProxy implements WorksheetApi {
  private readonly model: SheetModel | undefined;
  private readonly createdAt: number;

  constructor(world: World, path: string, model: SheetModel | undefined) {
    super(world, path);
    this.model = model;
    this.createdAt = world.recorder.syncs;
  }

  get isNullObject(): boolean {
    return nullCheck(this.world, this.createdAt, this.path, this.model !== undefined);
  }

  private get sheet(): SheetModel {
    if (this.model === undefined) throw new Error(`ItemNotFound: ${this.path} is a null object`);
    if (!this.world.workbook.sheets.includes(this.model))
      throw new Error(`ItemNotFound: the sheet of ${this.path} was deleted`);
    return this.model;
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.recordSet("name", name);
    refuseIfStructureProtected(this.world);
    renameSheet(this.world, this.sheet, name);
  }

  get position(): number {
    return this.read("position") as number;
  }

  set position(position: number) {
    this.recordSet("position", position);
    refuseIfStructureProtected(this.world);
    const sheets = this.world.workbook.sheets;
    const sheet = this.sheet;
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility") as Excel.Worksheet["visibility"];
  }

  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.recordSet("visibility", visibility);
    refuseIfStructureProtected(this.world);
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden")
      throw new Error(`InvalidArgument: visibility ${JSON.stringify(visibility)}`);
    if (
      visibility !== "Visible" &&
      visibleSheets(this.world).every((sheet) => sheet === this.sheet)
    )
      throw new Error("InvalidOperation: a workbook keeps one visible sheet");
    this.sheet.visibility = visibility;
  }

  get tabColor(): string {
    return this.read("tabColor") as string;
  }

  set tabColor(colour: string) {
    this.recordSet("tabColor", colour);
    this.sheet.tabColor = colour;
  }

  get tables(): TableCollectionApi {
    return this.child(
      "tables",
      () => new FakeTables(this.world, `${this.path}.tables`, this.sheet),
    );
  }

  get charts(): ChartCollectionApi {
    return this.child(
      "charts",
      () => new FakeCharts(this.world, `${this.path}.charts`, this.sheet),
    );
  }

  get freezePanes(): FreezePanesApi {
    return this.child(
      "freezePanes",
      () => new FakeFreezePanes(this.world, `${this.path}.freezePanes`, this.sheet),
    );
  }

  get protection(): WorksheetProtectionApi {
    return this.child(
      "protection",
      () => new FakeProtection(this.world, `${this.path}.protection`, this.sheet),
    );
  }

  get pageLayout(): PageLayoutApi {
    return this.child(
      "pageLayout",
      () => new FakePageLayout(this.world, `${this.path}.pageLayout`, this.sheet),
    );
  }

  getRange(address?: string): RangeApi {
    this.recordCall("getRange", [address ?? null]);
    if (address === undefined) throw new Error("the fake wants an address");
    return new FakeRange(
      this.world,
      `${this.path}.getRange(${quoted(address)})`,
      this.sheet,
      rangeSpec(address),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi {
    this.recordCall("getUsedRangeOrNullObject", [valuesOnly ?? false]);
    const used = usedBounds(this.sheet, valuesOnly === true);
    const path = `${this.path}.getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`;
    return used === undefined
      ? new FakeRange(this.world, path, undefined, { kind: "columns", first: 1, last: 1 })
      : new FakeRange(this.world, path, this.sheet, { kind: "cells", bounds: used });
  }

  activate(): void {
    this.recordCall("activate", []);
    const sheet = this.sheet;
    if (sheet.visibility !== "Visible")
      throw new Error(`InvalidOperation: the hidden sheet "${sheet.name}" cannot be activated`);
    this.world.workbook.active = { sheet };
  }

  delete(): void {
    this.recordCall("delete", []);
    refuseIfStructureProtected(this.world);
    const sheet = this.sheet;
    if (sheet.visibility === "Visible" && visibleSheets(this.world).length === 1)
      throw new Error("InvalidOperation: a workbook keeps one visible sheet");
    const workbook = this.world.workbook;
    workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
    if (workbook.active?.sheet === sheet) delete workbook.active;
    workbook.tables = workbook.tables.filter((table) => table.sheet !== sheet);
    const prefix = `=${quoteSheetName(sheet.name)}!`;
    for (const name of workbook.names) {
      if (name.formula.startsWith(prefix))
        name.formula = `=#REF!${name.formula.slice(prefix.length)}`;
    }
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      if (this.model !== undefined) this.takeSnapshot(properties);
    });
    return this;
  }

  protected snapshot(property: string): unknown {
    switch (property) {
      case "name":
        return this.sheet.name;
      case "position":
        return this.world.workbook.sheets.indexOf(this.sheet);
      case "visibility":
        return this.sheet.visibility;
      case "tabColor":
        return this.sheet.tabColor;
      default:
        throw new Error(`the fake cannot load worksheet.${property}`);
    }
  }
}

function visibleSheets(world: World): SheetModel[] {
  return world.workbook.sheets.filter((sheet) => sheet.visibility === "Visible");
}

/** Renames a sheet; as in Excel, names and formulas that refer to it follow it. */
function renameSheet(world: World, sheet: SheetModel, name: string): void {
  const problem = sheetNameProblem(name);
  if (problem !== undefined) throw new Error(`InvalidArgument: ${problem}`);
  const other = findSheet(world.workbook, name);
  if (other !== undefined && other !== sheet)
    throw new Error(`ItemAlreadyExists: a sheet "${name}" exists`);
  const before = `${quoteSheetName(sheet.name)}!`;
  const after = `${quoteSheetName(name)}!`;
  for (const defined of world.workbook.names)
    defined.formula = defined.formula.split(before).join(after);
  for (const each of world.workbook.sheets) {
    for (const [key, cell] of each.cells) {
      if (cell.formula?.includes(before) === true)
        each.cells.set(key, { ...cell, formula: cell.formula.split(before).join(after) });
    }
  }
  sheet.name = name;
}

function rangeSpec(address: string): RangeSpec {
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(address);
  if (columns !== null) {
    const first = columnNumber(columns[1] ?? "");
    const last = columnNumber(columns[2] ?? "");
    if (first === undefined || last === undefined) throw new Error(`InvalidArgument: "${address}"`);
    return { kind: "columns", first: Math.min(first, last), last: Math.max(first, last) };
  }
  if (address.includes("!")) throw new Error(`the fake wants sheet-local addresses ("${address}")`);
  const bounds = parseRange(address);
  if (bounds === undefined) throw new Error(`InvalidArgument: "${address}" is not a range`);
  return { kind: "cells", bounds };
}

function usedBounds(sheet: SheetModel, valuesOnly: boolean): RangeBounds | undefined {
  let bounds: RangeBounds | undefined;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.formula === undefined && cell.value === undefined) continue;
    const [row = 0, column = 0] = key.split(":").map(Number);
    bounds =
      bounds === undefined
        ? { start: { row, column }, end: { row, column } }
        : {
            start: {
              row: Math.min(bounds.start.row, row),
              column: Math.min(bounds.start.column, column),
            },
            end: {
              row: Math.max(bounds.end.row, row),
              column: Math.max(bounds.end.column, column),
            },
          };
  }
  return bounds;
}

class FakeTables extends FakeProxy implements TableCollectionApi {
  /** The sheet of a worksheet's collection; undefined for the workbook's. */
  private readonly scope: SheetModel | undefined;

  constructor(world: World, path: string, scope: SheetModel | undefined) {
    super(world, path);
    this.scope = scope;
  }

  get items(): TableApi[] {
    return this.read("items") as TableApi[];
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      this.takeSnapshot(["items"]);
      for (const item of this.read("items") as FakeTable[])
        item.takeSnapshot(itemProperties(properties));
    });
    return this;
  }

  add(address: RangeApi | string, hasHeaders: boolean): TableApi {
    this.recordCall("add", [address, hasHeaders]);
    if (!(address instanceof FakeRange))
      throw new Error(
        "the fake takes a Range (an address without a sheet would land on the active sheet)",
      );
    if (!hasHeaders) throw new Error("the fake makes tables with headers only");
    const sheet = address.sheet;
    if (this.scope !== undefined && this.scope !== sheet)
      throw new Error("InvalidArgument: the range is on another sheet");
    const bounds = address.bounds;
    if (bounds.end.row <= bounds.start.row)
      throw new Error("InvalidArgument: a table needs a data row");
    const workbook = this.world.workbook;
    if (
      workbook.tables.some((table) => table.sheet === sheet && rangesOverlap(table.bounds, bounds))
    )
      throw new Error("InvalidOperation: tables cannot overlap");
    let counter = 1;
    while (workbook.tables.some((table) => sameName(table.name, `Table${counter}`))) counter++;
    const table: TableModel = {
      name: `Table${counter}`,
      sheet,
      bounds,
      style: "TableStyleMedium2",
      showBandedRows: true,
      showHeaders: true,
      showTotals: false,
    };
    // Excel keeps header cells as text; blank ones get "ColumnN".
    for (let column = bounds.start.column; column <= bounds.end.column; column++) {
      const key = cellKey(bounds.start.row, column);
      const cell = sheet.cells.get(key);
      if (cell?.value === undefined || cell.value === "")
        sheet.cells.set(key, {
          format: {},
          ...cell,
          value: `Column${column - bounds.start.column + 1}`,
        });
    }
    workbook.tables.push(table);
    return new FakeTable(this.world, `${this.path}.add(${formatRange(bounds)})`, table);
  }

  getItem(key: string): TableApi {
    this.recordCall("getItem", [key]);
    const table = this.find(key);
    if (table === undefined) throw new Error(`ItemNotFound: no table "${key}"`);
    return new FakeTable(this.world, `${this.path}.getItem(${quoted(key)})`, table);
  }

  getItemOrNullObject(key: string): TableApi {
    this.recordCall("getItemOrNullObject", [key]);
    return new FakeTable(
      this.world,
      `${this.path}.getItemOrNullObject(${quoted(key)})`,
      this.find(key),
    );
  }

  protected snapshot(property: string): unknown {
    if (property !== "items") throw new Error(`the fake cannot load tables.${property}`);
    return this.inScope().map(
      (table, index) => new FakeTable(this.world, `${this.path}.items[${index}]`, table),
    );
  }

  private inScope(): TableModel[] {
    return this.world.workbook.tables.filter(
      (table) => this.scope === undefined || table.sheet === this.scope,
    );
  }

  private find(key: string): TableModel | undefined {
    return this.inScope().find((table) => sameName(table.name, key));
  }
}

class FakeTable extends FakeProxy implements TableApi {
  private readonly model: TableModel | undefined;
  private readonly createdAt: number;

  constructor(world: World, path: string, model: TableModel | undefined) {
    super(world, path);
    this.model = model;
    this.createdAt = world.recorder.syncs;
  }

  get isNullObject(): boolean {
    return nullCheck(this.world, this.createdAt, this.path, this.model !== undefined);
  }

  private get table(): TableModel {
    if (this.model === undefined || !this.world.workbook.tables.includes(this.model))
      throw new Error(`ItemNotFound: ${this.path}`);
    return this.model;
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.recordSet("name", name);
    const problem = identifierProblem(name);
    if (problem !== undefined) throw new Error(`InvalidArgument: ${problem}`);
    const workbook = this.world.workbook;
    if (
      workbook.tables.some((other) => other !== this.table && sameName(other.name, name)) ||
      workbook.names.some((other) => sameName(other.name, name))
    ) {
      throw new Error(`ItemAlreadyExists: the name "${name}" is taken`);
    }
    this.table.name = name;
  }

  get style(): string {
    return this.read("style") as string;
  }

  set style(style: string) {
    this.recordSet("style", style);
    this.table.style = style;
  }

  get showBandedRows(): boolean {
    return this.read("showBandedRows") as boolean;
  }

  set showBandedRows(show: boolean) {
    this.recordSet("showBandedRows", show);
    this.table.showBandedRows = show;
  }

  get showHeaders(): boolean {
    return this.read("showHeaders") as boolean;
  }

  get showTotals(): boolean {
    return this.read("showTotals") as boolean;
  }

  get worksheet(): WorksheetApi {
    return this.child(
      "worksheet",
      () => new FakeWorksheet(this.world, `${this.path}.worksheet`, this.table.sheet),
    );
  }

  get columns(): TableColumnCollectionApi {
    const table = this.table;
    return this.child(
      "columns",
      () => new FakeTableColumns(this.world, `${this.path}.columns`, table),
    );
  }

  get rows(): TableRowCollectionApi {
    const table = this.table;
    return this.child("rows", () => new FakeTableRows(this.world, `${this.path}.rows`, table));
  }

  getRange(): RangeApi {
    this.recordCall("getRange", []);
    return new FakeRange(this.world, `${this.path}.getRange()`, this.table.sheet, {
      kind: "cells",
      bounds: this.table.bounds,
    });
  }

  getHeaderRowRange(): RangeApi {
    this.recordCall("getHeaderRowRange", []);
    const { bounds } = this.table;
    return new FakeRange(this.world, `${this.path}.getHeaderRowRange()`, this.table.sheet, {
      kind: "cells",
      bounds: { start: bounds.start, end: { row: bounds.start.row, column: bounds.end.column } },
    });
  }

  convertToRange(): RangeApi {
    this.recordCall("convertToRange", []);
    const table = this.table;
    if (table.sheet.protection.protected)
      throw new Error("AccessDenied: the table is on a protected sheet");
    this.world.workbook.tables = this.world.workbook.tables.filter((other) => other !== table);
    return new FakeRange(this.world, `${this.path}.convertToRange()`, table.sheet, {
      kind: "cells",
      bounds: table.bounds,
    });
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      if (this.model !== undefined) this.takeSnapshot(properties);
    });
    return this;
  }

  protected snapshot(property: string): unknown {
    const table = this.table;
    switch (property) {
      case "name":
        return table.name;
      case "style":
        return table.style;
      case "showBandedRows":
        return table.showBandedRows;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return table.showTotals;
      default:
        throw new Error(`the fake cannot load table.${property}`);
    }
  }
}

class FakeTableColumns extends FakeProxy implements TableColumnCollectionApi {
  private readonly table: TableModel;

  constructor(world: World, path: string, table: TableModel) {
    super(world, path);
    this.table = table;
  }

  /**
   * Inserts a column as Excel does: the cells of the table's rows from the insertion column
   * rightwards (beside the table too) shift one column right, validations and conditional formats
   * with them, and references to moved cells in the sheet's formulas follow them; another table in
   * the way is refused. Unlike Excel, the fake leaves references from other sheets as they are.
   */
  add(index?: number, values?: (string | number | boolean)[][], name?: string): unknown {
    this.recordCall("add", [index ?? null, values ?? null, name ?? null]);
    const table = this.table;
    const { sheet, bounds } = table;
    const width = bounds.end.column - bounds.start.column + 1;
    const height = bounds.end.row - bounds.start.row + 1;
    const at = index === undefined || index === -1 ? width : index;
    if (at < 0 || at > width)
      throw new Error(`InvalidArgument: column index ${at} of a ${width}-column table`);
    if (
      values !== undefined &&
      (values.length !== height || values.some((row) => row.length !== 1))
    )
      throw new Error(`InvalidArgument: ${values.length} values for a ${height}-row column`);
    if (sheet.protection.protected)
      throw new Error("AccessDenied: the table is on a protected sheet");
    const column = bounds.start.column + at;
    let last = bounds.end.column;
    for (const key of sheet.cells.keys()) {
      const [row = 0, cellColumn = 0] = key.split(":").map(Number);
      if (row >= bounds.start.row && row <= bounds.end.row) last = Math.max(last, cellColumn);
    }
    const band = {
      start: { row: bounds.start.row, column },
      end: { row: bounds.end.row, column: last },
    };
    if (
      this.world.workbook.tables.some(
        (other) => other !== table && other.sheet === sheet && rangesOverlap(other.bounds, band),
      )
    ) {
      throw new Error(
        "InvalidOperation: the operation is attempting to shift cells in a table on your worksheet",
      );
    }
    // Excel moves the cells and rewrites the references to them; the hosts' rule says the same.
    const moved = oneColumnInsert(table.name, sheet.name, bounds, column);
    for (const { from, to } of cellMoves(moved, last)) {
      const cell = sheet.cells.get(cellKey(from.row, from.column));
      sheet.cells.delete(cellKey(from.row, from.column));
      if (cell !== undefined) sheet.cells.set(cellKey(to.row, to.column), cell);
    }
    for (let row = bounds.start.row; row <= bounds.end.row; row++) {
      const entry =
        row === bounds.start.row
          ? (name ?? values?.[0]?.[0] ?? `Column${at + 1}`)
          : values?.[row - bounds.start.row]?.[0];
      const written = writeEntry(undefined, entry);
      if (written !== undefined) sheet.cells.set(cellKey(row, column), written);
    }
    for (const validation of sheet.validations)
      validation.address = movedRanges(validation.address, moved);
    for (const format of sheet.conditionalFormats) {
      format.address = movedRanges(format.address, moved);
      if (format.formula !== undefined) format.formula = movedFormula(format.formula, moved);
    }
    for (const [key, cell] of sheet.cells) {
      if (cell.formula !== undefined)
        sheet.cells.set(key, { ...cell, formula: movedFormula(cell.formula, moved) });
    }
    table.bounds = { start: bounds.start, end: { ...bounds.end, column: bounds.end.column + 1 } };
    return undefined;
  }

  get items(): { readonly name: string }[] {
    return this.read("items") as { readonly name: string }[];
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, () => {
      this.takeSnapshot(["items"]);
    });
    return this;
  }

  protected snapshot(): unknown {
    // Excel keeps a table's column names equal to its header cells.
    const { bounds, sheet } = this.table;
    const names: { name: string }[] = [];
    for (let column = bounds.start.column; column <= bounds.end.column; column++) {
      const value = sheet.cells.get(cellKey(bounds.start.row, column))?.value;
      names.push({
        name:
          value === undefined ? "" : typeof value === "object" ? value.errorCode : String(value),
      });
    }
    return names;
  }
}

class FakeTableRows extends FakeProxy implements TableRowCollectionApi {
  private readonly table: TableModel;

  constructor(world: World, path: string, table: TableModel) {
    super(world, path);
    this.table = table;
  }

  /**
   * Appends rows as Excel does: the table grows down, its last row's formats carried into the new
   * rows and the validations and conditional formats over its data rows extended. Room is made as
   * rowInsert.ts says: the cells below are pushed down unless `alwaysInsert` is false, which an
   * Excel before ExcelApi 1.15 ignores. In `values`, "" clears a cell and null leaves it as Excel
   * made it, a calculated column's formula included ("Blank and null values", learn.microsoft.com).
   * The fake refuses to insert in the middle.
   */
  add(
    index?: number,
    values?: (string | number | boolean | null)[][] | string | number | boolean,
    alwaysInsert?: boolean,
  ): unknown {
    this.recordCall("add", [
      index ?? null,
      values ?? null,
      ...(alwaysInsert === undefined ? [] : [alwaysInsert]),
    ]);
    if (index !== undefined) throw new Error("the fake appends rows only");
    const table = this.table;
    const { sheet, bounds } = table;
    const width = bounds.end.column - bounds.start.column + 1;
    if (values !== undefined && !Array.isArray(values))
      throw new Error("the fake adds rows from 2-D arrays only");
    const rows = values ?? [Array<null>(width).fill(null)];
    if (rows.some((row) => row.length !== width))
      throw new Error(`InvalidArgument: rows of ${width} values expected`);
    if (sheet.protection.protected)
      throw new Error("AccessDenied: the table is on a protected sheet");
    const inserts = alwaysInsert !== false || !this.world.supports("1.15");
    if (inserts) insertRowsBelow(sheet, this.world.workbook.tables, bounds, rows.length);
    rows.forEach((row, offset) => {
      row.forEach((entry, index) => {
        const target = { row: bounds.end.row + 1 + offset, column: bounds.start.column + index };
        const last = sheet.cells.get(cellKey(bounds.end.row, target.column));
        const made = {
          format: { ...last?.format },
          ...(last?.numberFormat === undefined ? {} : { numberFormat: last.numberFormat }),
        };
        const calculated = calculatedColumnFormula(sheet, table, target.column);
        const key = cellKey(target.row, target.column);
        const written =
          entry === null
            ? calculated === undefined
              ? (sheet.cells.get(key) ?? made)
              : { ...made, formula: calculated }
            : writeEntry(made, entry);
        if (written === undefined) sheet.cells.delete(key);
        else sheet.cells.set(key, written);
      });
    });
    const extend = (address: string): string => {
      const range = parseRange(address);
      if (
        range === undefined ||
        range.end.row !== bounds.end.row ||
        range.start.row <= bounds.start.row
      )
        return address;
      if (range.start.column < bounds.start.column || range.end.column > bounds.end.column)
        return address;
      return formatRange({
        start: range.start,
        end: { ...range.end, row: range.end.row + rows.length },
      });
    };
    for (const validation of sheet.validations) validation.address = extend(validation.address);
    for (const format of sheet.conditionalFormats) format.address = extend(format.address);
    table.bounds = {
      start: bounds.start,
      end: { ...bounds.end, row: bounds.end.row + rows.length },
    };
    return undefined;
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake cannot load rows.${property}`);
  }
}

class FakeNames extends FakeProxy implements NamedItemCollectionApi {
  get items(): NamedItemApi[] {
    return this.read("items") as NamedItemApi[];
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      this.takeSnapshot(["items"]);
      for (const item of this.read("items") as FakeNamedItem[])
        item.takeSnapshot(itemProperties(properties));
    });
    return this;
  }

  add(name: string, reference: RangeApi | string): NamedItemApi {
    this.recordCall("add", [name, reference]);
    const problem = identifierProblem(name);
    if (problem !== undefined) throw new Error(`InvalidArgument: ${problem}`);
    const workbook = this.world.workbook;
    if (
      workbook.names.some((other) => sameName(other.name, name)) ||
      workbook.tables.some((other) => sameName(other.name, name))
    ) {
      throw new Error(`ItemAlreadyExists: the name "${name}" is taken`);
    }
    if (!(reference instanceof FakeRange)) throw new Error("the fake names ranges only");
    const model: NameModel = {
      name,
      formula: `=${qualified(reference.sheet, reference.bounds, true)}`,
    };
    workbook.names.push(model);
    return new FakeNamedItem(this.world, `${this.path}.add(${quoted(name)})`, model);
  }

  getItem(name: string): NamedItemApi {
    this.recordCall("getItem", [name]);
    const model = this.world.workbook.names.find((defined) => sameName(defined.name, name));
    if (model === undefined) throw new Error(`ItemNotFound: no name "${name}"`);
    return new FakeNamedItem(this.world, `${this.path}.getItem(${quoted(name)})`, model);
  }

  protected snapshot(property: string): unknown {
    if (property !== "items") throw new Error(`the fake cannot load names.${property}`);
    return this.world.workbook.names.map(
      (model, index) => new FakeNamedItem(this.world, `${this.path}.items[${index}]`, model),
    );
  }
}

class FakeNamedItem extends FakeProxy implements NamedItemApi {
  private readonly model: NameModel;

  constructor(world: World, path: string, model: NameModel) {
    super(world, path);
    this.model = model;
  }

  get name(): string {
    return this.read("name") as string;
  }

  get type(): Excel.NamedItem["type"] {
    return this.read("type") as Excel.NamedItem["type"];
  }

  get formula(): unknown {
    return this.read("formula");
  }

  delete(): void {
    this.recordCall("delete", []);
    const names = this.world.workbook.names;
    const index = names.indexOf(this.model);
    if (index < 0) throw new Error(`ItemNotFound: ${this.path}`);
    names.splice(index, 1);
  }

  protected snapshot(property: string): unknown {
    switch (property) {
      case "name":
        return this.model.name;
      case "type":
        return this.model.formula.includes("#REF!") ? "Error" : "Range";
      case "formula":
        return this.model.formula;
      default:
        throw new Error(`the fake cannot load namedItem.${property}`);
    }
  }
}

class FakeCharts extends FakeProxy implements ChartCollectionApi {
  private readonly sheet: SheetModel;

  constructor(world: World, path: string, sheet: SheetModel) {
    super(world, path);
    this.sheet = sheet;
  }

  add(
    type: "RadarMarkers" | "BarClustered" | "ColumnClustered",
    sourceData: RangeApi,
    seriesBy?: "Columns" | "Rows",
  ): ChartApi {
    this.recordCall("add", [type, sourceData, seriesBy ?? null]);
    if (!(sourceData instanceof FakeRange) || sourceData.sheet !== this.sheet)
      throw new Error("the fake charts a range of the chart's sheet");
    if (this.sheet.protection.protected) throw new Error("AccessDenied: the sheet is protected");
    const bounds = sourceData.bounds;
    const byRows = seriesBy === "Rows";
    const count = byRows
      ? bounds.end.row - bounds.start.row + 1
      : bounds.end.column - bounds.start.column + 1;
    const series = Array.from({ length: count }, (_, index) => {
      const part: RangeBounds = byRows
        ? {
            start: { row: bounds.start.row + index, column: bounds.start.column },
            end: { row: bounds.start.row + index, column: bounds.end.column },
          }
        : {
            start: { row: bounds.start.row, column: bounds.start.column + index },
            end: { row: bounds.end.row, column: bounds.start.column + index },
          };
      return { name: `Series${index + 1}`, values: formatRange(part) };
    });
    const chart: ChartModel = {
      type,
      source: formatRange(bounds),
      seriesBy,
      name: `Chart ${this.sheet.charts.length + 1}`,
      title: "",
      series,
      axis: {},
    };
    this.sheet.charts.push(chart);
    return new FakeChart(this.world, `${this.path}.add(${quoted(type)})`, chart, this.sheet);
  }

  get count(): number {
    return this.read("count") as number;
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      this.takeSnapshot(properties);
    });
    return this;
  }

  protected snapshot(property: string): unknown {
    if (property !== "count") throw new Error(`the fake cannot load charts.${property}`);
    return this.sheet.charts.length;
  }
}

class FakeChart extends FakeProxy implements ChartApi {
  private readonly model: ChartModel;
  private readonly sheet: SheetModel;

  constructor(world: World, path: string, model: ChartModel, sheet: SheetModel) {
    super(world, path);
    this.model = model;
    this.sheet = sheet;
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.recordSet("name", name);
    this.model.name = name;
  }

  get title(): { text: string } {
    const model = this.model;
    const record = (text: string): void => {
      this.recordSet("title.text", text);
    };
    return {
      get text(): string {
        return model.title;
      },
      set text(text: string) {
        record(text);
        model.title = text;
      },
    };
  }

  get series(): ChartSeriesCollectionApi {
    return {
      getItemAt: (index) => {
        this.recordCall("series.getItemAt", [index]);
        const series = this.model.series[index];
        if (series === undefined) throw new Error(`ItemNotFound: series ${index}`);
        return new FakeSeries(
          this.world,
          `${this.path}.series.getItemAt(${index})`,
          series,
          this.sheet,
        );
      },
      add: (name) => {
        this.recordCall("series.add", [name ?? null]);
        const series = { name: name ?? `Series${this.model.series.length + 1}`, values: "" };
        this.model.series.push(series);
        return new FakeSeries(
          this.world,
          `${this.path}.series.add(${quoted(series.name)})`,
          series,
          this.sheet,
        );
      },
    };
  }

  get axes(): { readonly valueAxis: ChartAxisApi } {
    const axis = this.model.axis;
    const record = (member: string, value: unknown): void => {
      this.recordSet(`axes.valueAxis.${member}`, value);
    };
    return {
      valueAxis: {
        get minimum(): number {
          return axis.minimum ?? 0;
        },
        set minimum(value: number) {
          record("minimum", value);
          axis.minimum = value;
        },
        get maximum(): number {
          return axis.maximum ?? 0;
        },
        set maximum(value: number) {
          record("maximum", value);
          axis.maximum = value;
        },
        get numberFormat(): string {
          return axis.numberFormat ?? "General";
        },
        set numberFormat(format: string) {
          record("numberFormat", format);
          axis.numberFormat = format;
        },
      },
    };
  }

  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void {
    this.recordCall("setPosition", [startCell, endCell ?? null]);
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string"))
      throw new Error("the fake positions charts by address");
    boundsOf(startCell);
    if (endCell !== undefined) boundsOf(endCell);
    this.model.position = { start: startCell, end: endCell };
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake cannot load chart.${property}`);
  }
}

class FakeSeries extends FakeProxy implements ChartSeriesApi {
  private readonly model: ChartModel["series"][number];
  private readonly sheet: SheetModel;

  constructor(world: World, path: string, model: ChartModel["series"][number], sheet: SheetModel) {
    super(world, path);
    this.model = model;
    this.sheet = sheet;
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.recordSet("name", name);
    this.model.name = name;
  }

  setValues(sourceData: RangeApi): void {
    this.recordCall("setValues", [sourceData]);
    this.model.values = this.address(sourceData);
  }

  setXAxisValues(sourceData: RangeApi): void {
    this.recordCall("setXAxisValues", [sourceData]);
    this.model.xValues = this.address(sourceData);
  }

  get markerBackgroundColor(): string {
    return this.read("markerBackgroundColor") as string;
  }

  set markerBackgroundColor(color: string) {
    this.recordSet("markerBackgroundColor", color);
    this.model.fill = color;
  }

  get markerForegroundColor(): string {
    return this.read("markerForegroundColor") as string;
  }

  set markerForegroundColor(color: string) {
    this.recordSet("markerForegroundColor", color);
  }

  get format(): ChartSeriesApi["format"] {
    const model = this.model;
    const record = (member: string, args: unknown[], call: boolean): void => {
      if (call) this.recordCall(member, args);
      else this.recordSet(member, args[0]);
    };
    return {
      fill: {
        setSolidColor(color: string): void {
          record("format.fill.setSolidColor", [color], true);
          model.fill = color;
        },
      },
      line: {
        get color(): string {
          return model.line ?? "";
        },
        set color(color: string) {
          record("format.line.color", [color], false);
          model.line = color;
        },
      },
    };
  }

  private address(range: RangeApi): string {
    if (!(range instanceof FakeRange) || range.sheet !== this.sheet)
      throw new Error("the fake's series refer to the chart's sheet");
    return formatRange(range.bounds);
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake cannot load series.${property}`);
  }
}

class FakeFreezePanes extends FakeProxy implements FreezePanesApi {
  private readonly sheet: SheetModel;

  constructor(world: World, path: string, sheet: SheetModel) {
    super(world, path);
    this.sheet = sheet;
  }

  freezeRows(count?: number): void {
    this.recordCall("freezeRows", [count ?? 1]);
    this.sheet.freeze = { rows: count ?? 1, columns: 0 };
  }

  freezeColumns(count?: number): void {
    this.recordCall("freezeColumns", [count ?? 1]);
    this.sheet.freeze = { rows: 0, columns: count ?? 1 };
  }

  freezeAt(frozenRange: RangeApi | string): void {
    this.recordCall("freezeAt", [frozenRange]);
    if (typeof frozenRange !== "string") throw new Error("the fake freezes at an address");
    const bounds = boundsOf(frozenRange);
    this.sheet.freeze = { rows: bounds.end.row, columns: bounds.end.column };
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake cannot load freezePanes.${property}`);
  }
}

/**
 * Excel refuses every change to the sheets of a workbook whose structure is protected (Review ›
 * Protect Workbook): adding, renaming, moving, deleting, hiding ("Protect a workbook",
 * support.microsoft.com). Excel raises it at the sync, after the batch's earlier commands ran; the
 * fake throws at the call, as its other refusals do.
 */
function refuseIfStructureProtected(world: World): void {
  if (world.workbook.structureProtected === true)
    throw new Error("AccessDenied: the workbook's structure is protected");
}

class FakeWorkbookProtection extends FakeProxy implements WorkbookProtectionApi {
  get protected(): boolean {
    return this.read("protected") as boolean;
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      this.takeSnapshot(properties);
    });
    return this;
  }

  protected snapshot(property: string): unknown {
    if (property !== "protected")
      throw new Error(`the fake cannot load workbook.protection.${property}`);
    return this.world.workbook.structureProtected === true;
  }
}

class FakeProtection extends FakeProxy implements WorksheetProtectionApi {
  private readonly sheet: SheetModel;

  constructor(world: World, path: string, sheet: SheetModel) {
    super(world, path);
    this.sheet = sheet;
  }

  get protected(): boolean {
    return this.read("protected") as boolean;
  }

  protect(options?: Excel.WorksheetProtectionOptions): void {
    this.recordCall("protect", [options ?? null]);
    if (this.sheet.protection.protected)
      throw new Error("InvalidOperation: the sheet is already protected");
    this.sheet.protection = { protected: true, ...(options === undefined ? {} : { options }) };
  }

  unprotect(): void {
    this.recordCall("unprotect", []);
    this.sheet.protection = { protected: false };
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      this.takeSnapshot(properties);
    });
    return this;
  }

  protected snapshot(property: string): unknown {
    if (property !== "protected") throw new Error(`the fake cannot load protection.${property}`);
    return this.sheet.protection.protected;
  }
}

class FakePageLayout extends FakeProxy implements PageLayoutApi {
  private readonly sheet: SheetModel;

  constructor(world: World, path: string, sheet: SheetModel) {
    super(world, path);
    this.sheet = sheet;
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation") as Excel.PageLayout["orientation"];
  }

  set orientation(orientation: Excel.PageLayout["orientation"]) {
    this.recordSet("orientation", orientation);
    this.sheet.pageLayout.orientation = orientation;
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom") as Excel.PageLayoutZoomOptions;
  }

  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.recordSet("zoom", zoom);
    this.sheet.pageLayout.zoom = { ...zoom };
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake cannot load pageLayout.${property}`);
  }
}
