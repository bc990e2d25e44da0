// Fake ranges: cell contents, number formats, formats, validations and conditional formats, applied
// to the model at once (Excel applies queued commands in order at the sync, which reads the same),
// with the checks Excel makes: array shapes match the range, a protected sheet refuses changes.

import {
  columnLetters,
  formatRange,
  parseRange,
  parseSheetRange,
  quoteSheetName,
  rangeContains,
  rangePositions,
  type CellPosition,
  type RangeBounds,
} from "../../../../src/engine/plan/address";
import type {
  CellValueConditionalFormatApi,
  ConditionalFormatApi,
  ConditionalFormatCollectionApi,
  ConditionalRangeFormatApi,
  CustomConditionalFormatApi,
  DataValidationApi,
  FormatProtectionApi,
  RangeApi,
  RangeBorderApi,
  RangeBorderCollectionApi,
  RangeFillApi,
  RangeFontApi,
  RangeFormatApi,
} from "../../../../src/host/excel/excelApi";
import {
  cellKey,
  computedValue,
  findSheet,
  qualified,
  reportedValue,
  writeEntry,
  type CellFormatModel,
  type CellModel,
  type ConditionalFormatModel,
  type SheetModel,
  type ValidationModel,
} from "./model";
import { FakeProxy, nullCheck, quoted, type World } from "./proxy";

/** Cells (A1:C3) or whole columns (A:B). */
export type RangeSpec =
  | { readonly kind: "cells"; readonly bounds: RangeBounds }
  | { readonly kind: "columns"; readonly first: number; readonly last: number };

export class FakeRange extends FakeProxy implements RangeApi {
  readonly sheetModel: SheetModel | undefined;
  readonly spec: RangeSpec;
  private readonly createdAt: number;

  constructor(world: World, path: string, sheet: SheetModel | undefined, spec: RangeSpec) {
    super(world, path);
    this.sheetModel = sheet;
    this.spec = spec;
    this.createdAt = world.recorder.syncs;
  }

  get isNullObject(): boolean {
    return nullCheck(this.world, this.createdAt, this.path, this.sheetModel !== undefined);
  }

  get sheet(): SheetModel {
    if (this.sheetModel === undefined)
      throw new Error(`ItemNotFound: ${this.path} is a null object`);
    return this.sheetModel;
  }

  get bounds(): RangeBounds {
    if (this.spec.kind !== "cells")
      throw new Error(`InvalidArgument: ${this.path} is whole columns`);
    return this.spec.bounds;
  }

  /** Sheet-qualified address, e.g. "'Partner data'!A1:B2" or "Settings!A:B". */
  get qualifiedAddress(): string {
    return this.spec.kind === "cells"
      ? qualified(this.sheet, this.spec.bounds)
      : `${quoteSheetName(this.sheet.name)}!${columnLetters(this.spec.first)}:${columnLetters(this.spec.last)}`;
  }

  get address(): string {
    return this.read("address") as string;
  }

  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }

  set values(rows: unknown[][]) {
    this.recordSet("values", rows);
    this.writeContents(rows);
  }

  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }

  set formulas(rows: unknown[][]) {
    this.recordSet("formulas", rows);
    this.writeContents(rows);
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }

  set numberFormat(rows: unknown[][]) {
    this.recordSet("numberFormat", rows);
    this.checkShape(rows);
    this.refuseIfProtected("format");
    this.eachPosition((position, cell) => {
      const format =
        rows[position.row - this.bounds.start.row]?.[position.column - this.bounds.start.column];
      if (typeof format !== "string") throw new Error("InvalidArgument: a number format is text");
      return { ...cell, numberFormat: format };
    });
  }

  get format(): RangeFormatApi {
    return this.child("format", () => new FakeRangeFormat(this.world, `${this.path}.format`, this));
  }

  get dataValidation(): DataValidationApi {
    return this.child(
      "dataValidation",
      () => new FakeDataValidation(this.world, `${this.path}.dataValidation`, this),
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionApi {
    return this.child(
      "conditionalFormats",
      () => new FakeConditionalFormats(this.world, `${this.path}.conditionalFormats`, this),
    );
  }

  clear(applyTo?: "Contents"): void {
    this.recordCall("clear", [applyTo ?? "All"]);
    if (applyTo !== "Contents") throw new Error("the fake clears contents only");
    this.refuseIfProtected("contents");
    for (const [key, cell] of [...this.sheet.cells]) {
      const [row = 0, column = 0] = key.split(":").map(Number);
      if (!this.covers({ row, column })) continue;
      const cleared = writeEntry(cell, "");
      if (cleared === undefined) this.sheet.cells.delete(key);
      else this.sheet.cells.set(key, cleared);
    }
  }

  getColumnsAfter(count?: number): RangeApi {
    const columns = count ?? 1;
    this.recordCall("getColumnsAfter", [columns]);
    const { start, end } = this.bounds;
    return this.related(`getColumnsAfter(${columns})`, {
      start: { row: start.row, column: end.column + 1 },
      end: { row: end.row, column: end.column + columns },
    });
  }

  getRowsBelow(count?: number): RangeApi {
    const rows = count ?? 1;
    this.recordCall("getRowsBelow", [rows]);
    const { start, end } = this.bounds;
    return this.related(`getRowsBelow(${rows})`, {
      start: { row: end.row + 1, column: start.column },
      end: { row: end.row + rows, column: end.column },
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    this.recordCall("getResizedRange", [deltaRows, deltaColumns]);
    const { start, end } = this.bounds;
    const resized = { start, end: { row: end.row + deltaRows, column: end.column + deltaColumns } };
    if (resized.end.row < start.row || resized.end.column < start.column)
      throw new Error("InvalidArgument: the range would shrink to nothing");
    return this.related(`getResizedRange(${deltaRows},${deltaColumns})`, resized);
  }

  /** Copies formats only, the source repeated over the target, as Excel pastes a smaller range into a larger one. */
  copyFrom(sourceRange: string, copyType?: "Formats"): void {
    this.recordCall("copyFrom", [sourceRange, copyType ?? "All"]);
    if (copyType !== "Formats") throw new Error("the fake copies formats only");
    const source = parseSheetRange(sourceRange);
    const sheet = source === undefined ? undefined : findSheet(this.world.workbook, source.sheet);
    if (source === undefined || sheet === undefined)
      throw new Error(`InvalidArgument: "${sourceRange}" is not a sheet-qualified range`);
    this.refuseIfProtected("format");
    const height = source.bounds.end.row - source.bounds.start.row + 1;
    const width = source.bounds.end.column - source.bounds.start.column + 1;
    const { start } = this.bounds;
    this.eachPosition((position, cell) => {
      const from = sheet.cells.get(
        cellKey(
          source.bounds.start.row + ((position.row - start.row) % height),
          source.bounds.start.column + ((position.column - start.column) % width),
        ),
      );
      const copied: CellModel = { ...cell, format: { ...from?.format } };
      if (from?.numberFormat === undefined) delete copied.numberFormat;
      else copied.numberFormat = from.numberFormat;
      return copied;
    });
  }

  select(): void {
    this.recordCall("select", []);
    const workbook = this.world.workbook;
    // The fake is stricter than Excel, which would switch sheets: the host activates the sheet first.
    if (workbook.active?.sheet !== this.sheet)
      throw new Error(`InvalidOperation: ${this.path} is not on the active sheet`);
    workbook.active = { sheet: this.sheet, selection: this.bounds };
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      if (this.sheetModel !== undefined) this.takeSnapshot(properties);
    });
    return this;
  }

  protected snapshot(property: string): unknown {
    switch (property) {
      case "address":
        return this.qualifiedAddress;
      case "values":
        return this.grid((position) =>
          reportedValue(
            computedValue(
              this.world.workbook,
              this.sheet,
              position.row,
              position.column,
              this.world.custom,
            ),
          ),
        );
      case "formulas":
        return this.grid((position) => {
          const cell = this.sheet.cells.get(cellKey(position.row, position.column));
          return cell?.formula ?? reportedValue(cell?.value ?? null);
        });
      case "numberFormat":
        return this.grid(
          (position) =>
            this.sheet.cells.get(cellKey(position.row, position.column))?.numberFormat ?? "General",
        );
      default:
        throw new Error(`the fake range cannot load "${property}"`);
    }
  }

  private related(member: string, bounds: RangeBounds): FakeRange {
    if (bounds.start.row < 1 || bounds.start.column < 1)
      throw new Error(`InvalidArgument: ${this.path}.${member} leaves the sheet`);
    return new FakeRange(this.world, `${this.path}.${member}`, this.sheet, {
      kind: "cells",
      bounds,
    });
  }

  covers(position: CellPosition): boolean {
    if (this.spec.kind === "columns")
      return position.column >= this.spec.first && position.column <= this.spec.last;
    const { start, end } = this.spec.bounds;
    return (
      position.row >= start.row &&
      position.row <= end.row &&
      position.column >= start.column &&
      position.column <= end.column
    );
  }

  /** Changes every cell of the range (cells are created as needed; an empty result removes the cell). */
  eachPosition(change: (position: CellPosition, cell: CellModel) => CellModel): void {
    for (const position of rangePositions(this.bounds)) {
      const key = cellKey(position.row, position.column);
      this.sheet.cells.set(key, change(position, this.sheet.cells.get(key) ?? { format: {} }));
    }
  }

  /** Excel refuses changes to locked cells of a protected sheet (formats unless allowed). */
  refuseIfProtected(what: "contents" | "format" | "columns"): void {
    const { protection } = this.sheet;
    if (!protection.protected) return;
    if (what === "columns" && protection.options?.allowFormatColumns === true) return;
    if (what === "format" && protection.options?.allowFormatCells === true) return;
    const positions = this.spec.kind === "cells" ? rangePositions(this.spec.bounds) : [];
    const locked =
      what !== "contents" ||
      positions.some(
        (position) =>
          this.sheet.cells.get(cellKey(position.row, position.column))?.format.locked !== false,
      );
    if (locked)
      throw new Error(`AccessDenied: ${this.path} is on the protected sheet "${this.sheet.name}"`);
  }

  private writeContents(rows: unknown[][]): void {
    this.checkShape(rows);
    this.refuseIfProtected("contents");
    for (const position of rangePositions(this.bounds)) {
      const key = cellKey(position.row, position.column);
      const written = writeEntry(
        this.sheet.cells.get(key),
        rows[position.row - this.bounds.start.row]?.[position.column - this.bounds.start.column],
      );
      if (written === undefined) this.sheet.cells.delete(key);
      else this.sheet.cells.set(key, written);
    }
  }

  private checkShape(rows: unknown[][]): void {
    const { start, end } = this.bounds;
    const height = end.row - start.row + 1;
    const width = end.column - start.column + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width)) {
      throw new Error(
        `InvalidArgument: a ${rows.length}-row array does not fit ${formatRange(this.bounds)} (${height}×${width})`,
      );
    }
  }

  private grid<T>(cellAt: (position: CellPosition) => T): T[][] {
    const { start, end } = this.bounds;
    const rows: T[][] = [];
    for (let row = start.row; row <= end.row; row++) {
      const cells: T[] = [];
      for (let column = start.column; column <= end.column; column++)
        cells.push(cellAt({ row, column }));
      rows.push(cells);
    }
    return rows;
  }
}

/** A format setter on every cell of the range; the getters throw, as nothing loads them. */
class FakeCellFormatter extends FakeProxy {
  protected readonly range: FakeRange;

  constructor(world: World, path: string, range: FakeRange) {
    super(world, path);
    this.range = range;
  }

  protected setFormat(
    member: string,
    value: unknown,
    change: (format: CellFormatModel, position: CellPosition) => CellFormatModel,
  ): void {
    this.recordSet(member, value);
    this.range.refuseIfProtected("format");
    this.range.eachPosition((position, cell) => ({
      ...cell,
      format: change(cell.format, position),
    }));
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake does not load ${this.path}.${property}`);
  }
}

class FakeRangeFormat extends FakeCellFormatter implements RangeFormatApi {
  get columnWidth(): number {
    return this.read("columnWidth") as number;
  }

  set columnWidth(points: number) {
    this.recordSet("columnWidth", points);
    this.range.refuseIfProtected("columns");
    const { spec } = this.range;
    const [first, last] =
      spec.kind === "columns"
        ? [spec.first, spec.last]
        : [spec.bounds.start.column, spec.bounds.end.column];
    for (let column = first; column <= last; column++)
      this.range.sheet.columnWidths.set(columnLetters(column), points);
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment") as Excel.RangeFormat["horizontalAlignment"];
  }

  set horizontalAlignment(alignment: Excel.RangeFormat["horizontalAlignment"]) {
    this.setFormat("horizontalAlignment", alignment, (format) => ({
      ...format,
      horizontalAlignment: alignment,
    }));
  }

  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment") as Excel.RangeFormat["verticalAlignment"];
  }

  set verticalAlignment(alignment: Excel.RangeFormat["verticalAlignment"]) {
    this.setFormat("verticalAlignment", alignment, (format) => ({
      ...format,
      verticalAlignment: alignment,
    }));
  }

  get wrapText(): boolean {
    return this.read("wrapText") as boolean;
  }

  set wrapText(wrap: boolean) {
    this.setFormat("wrapText", wrap, (format) => ({ ...format, wrapText: wrap }));
  }

  get font(): RangeFontApi {
    return this.child("font", () => new FakeFont(this.world, `${this.path}.font`, this.range));
  }

  get fill(): RangeFillApi {
    return this.child("fill", () => new FakeFill(this.world, `${this.path}.fill`, this.range));
  }

  get borders(): RangeBorderCollectionApi {
    return {
      getItem: (edge) => {
        this.recordCall("borders.getItem", [edge]);
        return new FakeBorder(
          this.world,
          `${this.path}.borders.getItem(${quoted(edge)})`,
          this.range,
          edge,
        );
      },
    };
  }

  get protection(): FormatProtectionApi {
    return this.child(
      "protection",
      () => new FakeFormatProtection(this.world, `${this.path}.protection`, this.range),
    );
  }
}

class FakeFont extends FakeCellFormatter implements RangeFontApi {
  get bold(): boolean {
    return this.read("bold") as boolean;
  }

  set bold(bold: boolean) {
    this.setFormat("bold", bold, (format) => ({ ...format, bold }));
  }

  get italic(): boolean {
    return this.read("italic") as boolean;
  }

  set italic(italic: boolean) {
    this.setFormat("italic", italic, (format) => ({ ...format, italic }));
  }

  get size(): number {
    return this.read("size") as number;
  }

  set size(size: number) {
    this.setFormat("size", size, (format) => ({ ...format, size }));
  }

  get color(): string {
    return this.read("color") as string;
  }

  set color(color: string) {
    this.setFormat("color", color, (format) => ({ ...format, fontColor: color }));
  }
}

class FakeFill extends FakeCellFormatter implements RangeFillApi {
  get color(): string {
    return this.read("color") as string;
  }

  set color(color: string) {
    this.setFormat("color", color, (format) => ({ ...format, fill: color }));
  }
}

class FakeBorder extends FakeCellFormatter implements RangeBorderApi {
  private readonly edge: "EdgeBottom" | "InsideHorizontal";

  constructor(
    world: World,
    path: string,
    range: FakeRange,
    edge: "EdgeBottom" | "InsideHorizontal",
  ) {
    super(world, path, range);
    this.edge = edge;
  }

  get style(): Excel.RangeBorder["style"] {
    return this.read("style") as Excel.RangeBorder["style"];
  }

  set style(style: Excel.RangeBorder["style"]) {
    this.setBorder("style", style);
  }

  get weight(): Excel.RangeBorder["weight"] {
    return this.read("weight") as Excel.RangeBorder["weight"];
  }

  set weight(weight: Excel.RangeBorder["weight"]) {
    this.setBorder("weight", weight);
  }

  get color(): string {
    return this.read("color") as string;
  }

  set color(color: string) {
    this.setBorder("color", color);
  }

  /** The bottom edge of the range's last row, or of every row but the last (inside lines). */
  private setBorder(member: "style" | "weight" | "color", value: string): void {
    const lastRow = this.range.bounds.end.row;
    this.setFormat(member, value, (format, position) => {
      const applies =
        this.edge === "EdgeBottom" ? position.row === lastRow : position.row < lastRow;
      if (!applies) return format;
      return {
        ...format,
        bottomBorder: { style: "", weight: "", color: "", ...format.bottomBorder, [member]: value },
      };
    });
  }
}

class FakeFormatProtection extends FakeCellFormatter implements FormatProtectionApi {
  get locked(): boolean {
    return this.read("locked") as boolean;
  }

  set locked(locked: boolean) {
    this.setFormat("locked", locked, (format) => ({ ...format, locked }));
  }
}

/** The validation of exactly this range (created at the first set). */
class FakeDataValidation extends FakeProxy implements DataValidationApi {
  private readonly range: FakeRange;

  constructor(world: World, path: string, range: FakeRange) {
    super(world, path);
    this.range = range;
  }

  get rule(): DataValidationApi["rule"] {
    return this.read("rule") as DataValidationApi["rule"];
  }

  set rule(rule: DataValidationApi["rule"]) {
    this.recordSet("rule", rule);
    const list = rule.list;
    if (list === undefined) throw new Error("the fake knows list rules only");
    const source = typeof list.source === "string" ? list.source : `=${sourceAddress(list.source)}`;
    this.model().list = { inCellDropDown: list.inCellDropDown, source };
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks") as boolean;
  }

  set ignoreBlanks(ignore: boolean) {
    this.recordSet("ignoreBlanks", ignore);
    this.model().ignoreBlanks = ignore;
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt") as Excel.DataValidationPrompt;
  }

  set prompt(prompt: Excel.DataValidationPrompt) {
    this.recordSet("prompt", prompt);
    if (prompt.title.length > 32 || prompt.message.length > 255)
      throw new Error("InvalidArgument: prompt too long");
    this.model().prompt = { ...prompt };
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert") as Excel.DataValidationErrorAlert;
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.recordSet("errorAlert", alert);
    this.model().errorAlert = {
      showAlert: alert.showAlert,
      style: alert.style,
      title: alert.title,
      message: alert.message,
    };
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (properties) => {
      this.takeSnapshot(properties);
    });
    return this;
  }

  /** What Excel reports for the range: the validation covering its top-left cell (the fake loads single cells). */
  protected snapshot(property: string): unknown {
    const topLeft = this.range.bounds.start;
    const found = this.range.sheet.validations.find((validation) => {
      const bounds = boundsOfAddress(validation.address);
      return bounds !== undefined && rangeContains(bounds, topLeft);
    });
    switch (property) {
      case "rule":
        return found?.list === undefined ? {} : { list: { ...found.list } };
      case "ignoreBlanks":
        return found?.ignoreBlanks ?? true;
      case "prompt":
        return found?.prompt ?? { showPrompt: false, title: "", message: "" };
      case "errorAlert":
        return found?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
      default:
        throw new Error(`the fake does not load ${this.path}.${property}`);
    }
  }

  private model(): ValidationModel {
    this.range.refuseIfProtected("format");
    const sheet = this.range.sheet;
    const address = formatRange(this.range.bounds);
    let model = sheet.validations.find((validation) => validation.address === address);
    if (model === undefined) {
      model = { address };
      sheet.validations.push(model);
    }
    return model;
  }
}

function boundsOfAddress(address: string): RangeBounds | undefined {
  return parseRange(address);
}

function sourceAddress(source: unknown): string {
  if (!(source instanceof FakeRange))
    throw new Error("a validation source is text or a fake range");
  return formatRange(source.bounds, true);
}

class FakeConditionalFormats extends FakeProxy implements ConditionalFormatCollectionApi {
  private readonly range: FakeRange;

  constructor(world: World, path: string, range: FakeRange) {
    super(world, path);
    this.range = range;
  }

  add(type: "Custom" | "CellValue"): ConditionalFormatApi {
    this.recordCall("add", [type]);
    this.range.refuseIfProtected("format");
    const model: ConditionalFormatModel = {
      address: formatRange(this.range.bounds),
      type,
      stopIfTrue: false,
    };
    // Office.js adds a format at the top priority.
    this.range.sheet.conditionalFormats.unshift(model);
    return new FakeConditionalFormat(this.world, `${this.path}.add(${quoted(type)})`, model);
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake does not load ${this.path}.${property}`);
  }
}

class FakeConditionalFormat extends FakeProxy implements ConditionalFormatApi {
  private readonly model: ConditionalFormatModel;

  constructor(world: World, path: string, model: ConditionalFormatModel) {
    super(world, path);
    this.model = model;
  }

  get stopIfTrue(): boolean {
    return this.read("stopIfTrue") as boolean;
  }

  set stopIfTrue(stop: boolean) {
    this.recordSet("stopIfTrue", stop);
    this.model.stopIfTrue = stop;
  }

  get custom(): CustomConditionalFormatApi {
    if (this.model.type !== "Custom")
      throw new Error("InvalidOperation: not a custom conditional format");
    const model = this.model;
    const record = (member: string, value: unknown): void => {
      this.recordSet(`custom.${member}`, value);
    };
    return {
      rule: {
        get formula(): string {
          return model.formula ?? "";
        },
        set formula(formula: string) {
          record("rule.formula", formula);
          model.formula = formula;
        },
      },
      format: conditionalLook(model, (member, value) => {
        record(`format.${member}`, value);
      }),
    };
  }

  get cellValue(): CellValueConditionalFormatApi {
    if (this.model.type !== "CellValue")
      throw new Error("InvalidOperation: not a cell value conditional format");
    const model = this.model;
    const record = (member: string, value: unknown): void => {
      this.recordSet(`cellValue.${member}`, value);
    };
    return {
      get rule(): Excel.ConditionalCellValueRule {
        return { formula1: model.formula1 ?? "", operator: "EqualTo" };
      },
      set rule(rule: Excel.ConditionalCellValueRule) {
        record("rule", rule);
        model.formula1 = rule.formula1;
        model.operator = rule.operator;
      },
      format: conditionalLook(model, (member, value) => {
        record(`format.${member}`, value);
      }),
    };
  }

  protected snapshot(property: string): unknown {
    throw new Error(`the fake does not load ${this.path}.${property}`);
  }
}

function conditionalLook(
  model: ConditionalFormatModel,
  record: (member: string, value: unknown) => void,
): ConditionalRangeFormatApi {
  return {
    fill: {
      get color(): string {
        return model.fill ?? "";
      },
      set color(color: string) {
        record("fill.color", color);
        model.fill = color;
      },
    },
    font: {
      get color(): string {
        return model.fontColor ?? "";
      },
      set color(color: string) {
        record("font.color", color);
        model.fontColor = color;
      },
      get bold(): boolean {
        return model.bold ?? false;
      },
      set bold(bold: boolean) {
        record("font.bold", bold);
        model.bold = bold;
      },
    },
  };
}
