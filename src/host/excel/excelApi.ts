// The part of the Office.js Excel object model this host uses, as structural types. Excel's own
// classes satisfy them (tests/host/excel/excelApiTypes.test.ts checks that `Excel.RequestContext`
// is assignable to RequestContextApi), and so does the recording fake the tests pass in, which
// then needs to model only these members. Enum-valued properties take Excel's own unions, and the
// host writes their documented string forms ("Hidden", "Continuous"…) so no `Excel` global is
// read at run time.

/** What Excel.run hands the batch: the workbook proxy and the sync that sends queued commands. */
export interface RequestContextApi {
  readonly workbook: WorkbookApi;
  sync(): Promise<void>;
}

/** Excel.run, narrowed to the context type above. */
export type ExcelRun = <T>(batch: (context: RequestContextApi) => Promise<T>) => Promise<T>;

/** Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly tables: TableCollectionApi;
  readonly names: NamedItemCollectionApi;
  /** Structure protection (ExcelApi 1.7): sheets cannot be added, renamed, deleted or hidden. */
  readonly protection: WorkbookProtectionApi;
}

export interface WorkbookProtectionApi {
  readonly protected: boolean;
  load(propertyNames: string): unknown;
}

export interface WorksheetCollectionApi {
  readonly items: WorksheetApi[];
  load(propertyNames: string): unknown;
  add(name?: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
}

export interface WorksheetApi {
  readonly isNullObject: boolean;
  name: string;
  position: number;
  visibility: Excel.Worksheet["visibility"];
  tabColor: string;
  readonly tables: TableCollectionApi;
  readonly charts: ChartCollectionApi;
  readonly freezePanes: FreezePanesApi;
  readonly protection: WorksheetProtectionApi;
  readonly pageLayout: PageLayoutApi;
  getRange(address?: string): RangeApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  /** Makes the sheet the one the user sees. */
  activate(): void;
  delete(): void;
  load(propertyNames: string): unknown;
}

export interface RangeApi {
  readonly isNullObject: boolean;
  /** Sheet-qualified A1 address, e.g. "'Partner data'!A1:B2". */
  readonly address: string;
  /** Cell values; errors read as their text ("#N/A"), blanks as "". */
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  clear(applyTo?: "Contents"): void;
  /** The `count` columns right of the range, over its rows. */
  getColumnsAfter(count?: number): RangeApi;
  /** The `count` rows below the range, over its columns. */
  getRowsBelow(count?: number): RangeApi;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi;
  /** Copies the cell formats of a sheet-qualified source ("Checklist!D2:D9"; ExcelApi 1.9), repeating it over a larger range. */
  copyFrom(sourceRange: string, copyType?: "Formats"): void;
  /** Selects the range in Excel's window (its sheet must be the active one). */
  select(): void;
  load(propertyNames: string): unknown;
}

export interface RangeFormatApi {
  /** In points. */
  columnWidth: number;
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  wrapText: boolean;
  readonly font: RangeFontApi;
  readonly fill: RangeFillApi;
  readonly borders: RangeBorderCollectionApi;
  readonly protection: FormatProtectionApi;
}

export interface RangeFontApi {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

export interface RangeFillApi {
  color: string;
}

export interface RangeBorderCollectionApi {
  getItem(index: "EdgeBottom" | "InsideHorizontal"): RangeBorderApi;
}

export interface RangeBorderApi {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
  color: string;
}

export interface FormatProtectionApi {
  locked: boolean;
}

export interface DataValidationApi {
  /** Only list rules are written; a range source is a Range of the same sheet (read back as its "=$A$1:$A$5" text). */
  rule: { list?: { inCellDropDown: boolean; source: string | RangeApi } };
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  load(propertyNames: string): unknown;
}

export interface ConditionalFormatCollectionApi {
  /** Adds the format at the top priority. */
  add(type: "Custom" | "CellValue"): ConditionalFormatApi;
}

export interface ConditionalFormatApi {
  stopIfTrue: boolean;
  readonly custom: CustomConditionalFormatApi;
  readonly cellValue: CellValueConditionalFormatApi;
}

export interface CustomConditionalFormatApi {
  readonly rule: { formula: string };
  readonly format: ConditionalRangeFormatApi;
}

export interface CellValueConditionalFormatApi {
  rule: Excel.ConditionalCellValueRule;
  readonly format: ConditionalRangeFormatApi;
}

export interface ConditionalRangeFormatApi {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean };
}

export interface TableCollectionApi {
  readonly items: TableApi[];
  load(propertyNames: string): unknown;
  add(address: RangeApi | string, hasHeaders: boolean): TableApi;
  getItem(key: string): TableApi;
  getItemOrNullObject(key: string): TableApi;
}

export interface TableApi {
  readonly isNullObject: boolean;
  name: string;
  style: string;
  showBandedRows: boolean;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly worksheet: WorksheetApi;
  readonly columns: TableColumnCollectionApi;
  readonly rows: TableRowCollectionApi;
  getRange(): RangeApi;
  getHeaderRowRange(): RangeApi;
  convertToRange(): RangeApi;
  load(propertyNames: string): unknown;
}

export interface TableColumnCollectionApi {
  readonly items: { readonly name: string }[];
  load(propertyNames: string): unknown;
  /** Inserts a column at `index` (0-based; later columns shift right); `values` include the header cell. */
  add(index?: number, values?: (string | number | boolean)[][], name?: string): unknown;
}

export interface TableRowCollectionApi {
  /**
   * Adds rows; without an index at the table's end, the table growing down. In `values`, null
   * leaves a cell as Excel makes it (a calculated column's formula) and "" clears it ("Blank and
   * null values", learn.microsoft.com). Unless `alwaysInsert` is false (ExcelApi 1.15; ignored
   * before), Excel inserts: the cells below the table, in its columns, move down. Excel's typings
   * leave null out of the rows (and admit a single scalar), so the type is wider than theirs.
   */
  add(
    index?: number,
    values?: (string | number | boolean | null)[][] | string | number | boolean,
    alwaysInsert?: boolean,
  ): unknown;
}

/** The Excel.ChartType values the plan's charts use. */
export type ChartTypeName =
  | "RadarMarkers"
  | "BarClustered"
  | "ColumnClustered"
  | "BarStacked"
  | "ColumnStacked"
  | "BarStacked100"
  | "ColumnStacked100"
  | "XYScatter";

export interface ChartCollectionApi {
  /** The number of charts on the sheet (load "count"). */
  readonly count: number;
  load(propertyNames: string): unknown;
  add(type: ChartTypeName, sourceData: RangeApi, seriesBy?: "Columns" | "Rows"): ChartApi;
}

export interface ChartApi {
  name: string;
  readonly title: { text: string };
  readonly series: ChartSeriesCollectionApi;
  readonly axes: { readonly valueAxis: ChartAxisApi };
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void;
}

export interface ChartSeriesCollectionApi {
  getItemAt(index: number): ChartSeriesApi;
  add(name?: string): ChartSeriesApi;
}

export interface ChartSeriesApi {
  name: string;
  setValues(sourceData: RangeApi): void;
  setXAxisValues(sourceData: RangeApi): void;
  /** Marker fill and outline colours (ExcelApi 1.7), a scatter's points. */
  markerBackgroundColor: string;
  markerForegroundColor: string;
  readonly format: {
    readonly fill: { setSolidColor(color: string): void };
    readonly line: { color: string };
  };
}

export interface ChartAxisApi {
  minimum: number;
  maximum: number;
  numberFormat: string;
}

export interface FreezePanesApi {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: RangeApi | string): void;
}

export interface WorksheetProtectionApi {
  readonly protected: boolean;
  protect(options?: Excel.WorksheetProtectionOptions): void;
  unprotect(): void;
  load(propertyNames: string): unknown;
}

export interface PageLayoutApi {
  orientation: Excel.PageLayout["orientation"];
  zoom: Excel.PageLayoutZoomOptions;
}

export interface NamedItemCollectionApi {
  readonly items: NamedItemApi[];
  load(propertyNames: string): unknown;
  add(name: string, reference: RangeApi | string): NamedItemApi;
  getItem(name: string): NamedItemApi;
}

export interface NamedItemApi {
  readonly name: string;
  readonly type: Excel.NamedItem["type"];
  /** "=Settings!$B$3" for a name over a range. */
  readonly formula: unknown;
  delete(): void;
}
