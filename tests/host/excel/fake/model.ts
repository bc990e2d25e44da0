// The workbook state behind the fake Excel object model: sheets of cells with formats, tables,
// names, charts, validations, conditional formats, protection. Plain data the tests inspect.

import { cellErrorOf, type CellError } from "../../../../src/engine/sheetValues";
import {
  formatRange,
  parseRange,
  quoteSheetName,
  type RangeBounds,
} from "../../../../src/engine/plan/address";
import { sameName } from "../../../../src/engine/plan/names";
import { evaluate, type EvaluationContext } from "../../../oracle/evaluate";
import { parseFormula } from "../../../oracle/parse";
import { toScalar, type Scalar, type Value } from "../../../oracle/values";

export interface BorderModel {
  style: string;
  weight: string;
  color: string;
}

export interface CellFormatModel {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  bottomBorder?: BorderModel;
  /** Cells are locked unless unlocked, as in Excel. */
  locked?: boolean;
}

export interface CellModel {
  /** A constant, or the value a formula showed when the workbook was made (user fixtures). */
  value?: number | string | boolean | CellError;
  formula?: string;
  /** Text typed behind an apostrophe. */
  quotePrefix?: boolean;
  numberFormat?: string;
  format: CellFormatModel;
}

export interface ValidationModel {
  address: string;
  list?: { inCellDropDown: boolean; source: string };
  ignoreBlanks?: boolean;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface ConditionalFormatModel {
  address: string;
  type: "Custom" | "CellValue";
  stopIfTrue: boolean;
  /** Custom: the formula; CellValue: formula1 and operator. */
  formula?: string;
  formula1?: string;
  operator?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface SeriesModel {
  name: string;
  values: string;
  xValues?: string;
  fill?: string;
  line?: string;
}

export interface ChartModel {
  type: string;
  source: string;
  seriesBy: string | undefined;
  name: string;
  title: string;
  series: SeriesModel[];
  axis: { minimum?: number; maximum?: number; numberFormat?: string };
  position?: { start: string; end: string | undefined };
}

export interface SheetModel {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  /** Keyed "row:column". */
  cells: Map<string, CellModel>;
  /** Column letters → width in points. */
  columnWidths: Map<string, number>;
  freeze?: { rows: number; columns: number };
  protection: { protected: boolean; options?: Excel.WorksheetProtectionOptions };
  pageLayout: { orientation?: string; zoom?: Excel.PageLayoutZoomOptions };
  charts: ChartModel[];
  validations: ValidationModel[];
  /** Top priority first. */
  conditionalFormats: ConditionalFormatModel[];
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  bounds: RangeBounds;
  style: string;
  showBandedRows: boolean;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface NameModel {
  name: string;
  formula: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NameModel[];
  /** Review › Protect Workbook: Excel then refuses to add, rename, move, delete or hide sheets. */
  structureProtected?: boolean;
  /** The sheet the user sees (set by activate) and the range selected on it. */
  active?: { sheet: SheetModel; selection?: RangeBounds };
}

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

export function emptySheetModel(name: string): SheetModel {
  return {
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    columnWidths: new Map(),
    protection: { protected: false },
    pageLayout: {},
    charts: [],
    validations: [],
    conditionalFormats: [],
  };
}

export function findSheet(workbook: WorkbookModel, name: string): SheetModel | undefined {
  return workbook.sheets.find((sheet) => sameName(sheet.name, name));
}

export function qualified(sheet: SheetModel, bounds: RangeBounds, absolute = false): string {
  return `${quoteSheetName(sheet.name)}!${formatRange(bounds, absolute)}`;
}

export function boundsOf(address: string): RangeBounds {
  const bounds = parseRange(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  if (bounds === undefined) throw new Error(`InvalidArgument: "${address}" is not a range`);
  return bounds;
}

/**
 * What Excel stores when a formulas/values entry is written: "=…" a formula, "'…" text, "" nothing,
 * other text parsed as typing would (numbers, booleans, errors), numbers and booleans as given.
 */
export function writeEntry(previous: CellModel | undefined, entry: unknown): CellModel | undefined {
  const format = previous?.format ?? {};
  const numberFormat = previous?.numberFormat;
  const base = { format, ...(numberFormat === undefined ? {} : { numberFormat }) };
  if (entry === "" || entry === null || entry === undefined)
    return Object.keys(format).length === 0 && numberFormat === undefined ? undefined : base;
  if (typeof entry === "number" || typeof entry === "boolean") return { ...base, value: entry };
  if (typeof entry !== "string")
    throw new Error(`InvalidArgument: cannot write ${JSON.stringify(entry)} into a cell`);
  if (entry.startsWith("=")) return { ...base, formula: entry };
  if (entry.startsWith("'")) return { ...base, value: entry.slice(1), quotePrefix: true };
  return { ...base, value: typedText(entry) };
}

/** Text as Excel reads typing: decimal numbers, percentages, TRUE/FALSE and error literals change type. */
export function typedText(text: string): number | string | boolean | CellError {
  const trimmed = text.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)%$/.test(trimmed)) return Number(trimmed.slice(0, -1)) / 100;
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  if (/^#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)$/i.test(trimmed))
    return cellErrorOf(trimmed.toUpperCase());
  // The fake types like a German Excel, where "11.1.1" is the date 11 January 2001 (a serial number).
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{1,4})$/.exec(trimmed);
  if (dotted !== null) {
    const [, day = "", month = "", year = ""] = dotted;
    const fullYear = year.length <= 2 ? 2000 + Number(year) : Number(year);
    return (
      (Date.UTC(fullYear, Number(month) - 1, Number(day)) - Date.UTC(1899, 11, 30)) / 86_400_000
    );
  }
  return text;
}

/** A cell's value as Excel shows it: a formula computed by the test oracle (tests/oracle) (C2C functions through `custom`). */
export function computedValue(
  workbook: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  custom: (fn: string, args: readonly Value[]) => Value | undefined,
  visiting: Set<string> = new Set(),
): Scalar {
  const cell = sheet.cells.get(cellKey(row, column));
  if (cell === undefined) return null;
  if (cell.formula === undefined) return cell.value ?? null;
  const key = `${sheet.name}!${cellKey(row, column)}`;
  // Excel has no error value for a circular reference; #CALC! marks the cell the fake cannot compute.
  if (visiting.has(key)) return { errorCode: "#CALC!" };
  visiting.add(key);
  const context: EvaluationContext = {
    sheet: sheet.name,
    cell: (sheetName, r, c) => {
      const target = findSheet(workbook, sheetName);
      return target === undefined
        ? { errorCode: "#REF!" }
        : computedValue(workbook, target, r, c, custom, visiting);
    },
    name: (definedName) => {
      const defined = workbook.names.find((name) => sameName(name.name, definedName));
      if (defined === undefined) return undefined;
      const text = defined.formula.slice(1);
      const bang = text.lastIndexOf("!");
      const sheetPart = text.slice(0, bang);
      return {
        sheet: sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart,
        range: text.slice(bang + 1).replace(/\$/g, ""),
      };
    },
    custom,
  };
  try {
    return toScalar(evaluate(parseFormula(cell.formula), context));
  } catch {
    return cell.value ?? { errorCode: "#NAME?" };
  } finally {
    visiting.delete(key);
  }
}

/** What `range.values` reports for a cell value: errors as their text, blanks as "". */
export function reportedValue(value: Scalar): number | string | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.errorCode;
  return value;
}
