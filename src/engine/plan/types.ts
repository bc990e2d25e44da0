// A workbook plan: everything a template wants on the sheets, as plain JSON data. Templates compile
// to a plan (pure); a host (OfficeJS, ExcelJS file, memory) applies it. Nothing here knows a host,
// so the same plan renders in Excel, in an .xlsx file and in memory (docs/decisions/0001-one-engine-three-hosts.md).
//
// Conventions shared by every part of the plan:
// - addresses and ranges are A1 text local to the sheet that holds them ("B7", "A1:F20");
// - colours are "#RRGGBB" (the catalogue's form);
// - formulas start with "=" as Excel shows them; hosts that need the bare text strip it.

/** What a cell shows: the value a template computed. A formula cell keeps it as the cached result. */
export type PlanScalar = number | string | boolean | null;

/**
 * One formula in the two dialects (docs/decisions/0003-portable-check.md). `live` calls the add-in's C2C.* functions and is
 * written only through OfficeJS, where Excel binds them; `portable` does the same arithmetic in
 * standard Excel functions and is written into files together with the cell's computed value.
 */
export interface PlanFormula {
  readonly live: string;
  readonly portable: string;
}

export type FormulaDialect = "live" | "portable";

export interface CellPlan {
  readonly address: string;
  /** The computed value; for a formula cell the result a spreadsheet shows before recalculating. */
  readonly value: PlanScalar;
  readonly formula?: PlanFormula;
  /** Id of a style in WorkbookPlan.styles. */
  readonly style?: string;
  /** Overrides the style's number format for this cell. */
  readonly numberFormat?: string;
}

export type HorizontalAlignment = "left" | "center" | "right";

/** A named cell style (input cell, header, title, note, band fill…), defined once per plan. */
export interface CellStylePlan {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
  readonly fontColour?: string;
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly wrapText?: boolean;
  /** A thin border under the cell (header rows). */
  readonly bottomBorder?: boolean;
}

export interface TablePlan {
  /** Workbook-unique table name, e.g. "C2C_Indicators". */
  readonly name: string;
  /** The whole table including its header row, e.g. "A1:L41"; at least one data row. */
  readonly range: string;
  /** Header texts, left to right; the host writes them into the header row. */
  readonly columns: readonly string[];
  /** A built-in Excel table style, e.g. "TableStyleMedium2". */
  readonly style: string;
  readonly showRowStripes: boolean;
}

/** Allowed values of a list validation: literal values, or the cells of a range on the same sheet. */
export type ListSource = { readonly values: readonly string[] } | { readonly range: string };

export interface MessagePlan {
  readonly title: string;
  readonly text: string;
}

export interface DataValidationPlan {
  readonly range: string;
  readonly list: ListSource;
  readonly allowBlank: boolean;
  /** Shown when a cell of the range is selected. */
  readonly prompt?: MessagePlan;
  /** Shown when a value outside the list is typed; typing it is then refused. */
  readonly error?: MessagePlan;
}

/** The look a conditional format gives a matching cell. */
export interface HighlightPlan {
  readonly fill: string;
  readonly fontColour?: string;
  readonly bold?: boolean;
}

export type ConditionalRulePlan =
  /** The cell equals this text or number. */
  | {
      readonly kind: "cell-equals";
      readonly value: string | number;
      readonly highlight: HighlightPlan;
    }
  /**
   * A true/false formula in standard Excel functions, written for the range's top-left cell
   * (relative references shift over the range, as in Excel's "Use a formula" rule).
   */
  | { readonly kind: "expression"; readonly formula: string; readonly highlight: HighlightPlan };

export interface ConditionalFormatPlan {
  readonly range: string;
  /** In priority order: the first rule that matches wins. */
  readonly rules: readonly ConditionalRulePlan[];
}

export type ChartKind = "radar" | "bar" | "scatter";

export interface ChartSeriesPlan {
  readonly name: string;
  /** One column or one row of cells on the chart's sheet (a scatter's y values). */
  readonly values: string;
  /** A scatter's x values, as many cells as `values`, on the chart's sheet; only for scatter charts. */
  readonly xValues?: string;
  readonly colour?: string;
}

export interface AxisPlan {
  readonly min?: number;
  readonly max?: number;
  readonly numberFormat?: string;
  /** Distance between labelled ticks (a scatter's goal axis ticks every goal). */
  readonly majorUnit?: number;
}

export interface ChartPlan {
  readonly kind: ChartKind;
  /** For bar charts: "vertical" bars (Excel's column chart) or "horizontal" bars. */
  readonly barDirection?: "horizontal" | "vertical";
  /** For bar charts: side by side (the default), or stacked, or stacked to 100 % (shares). */
  readonly grouping?: "clustered" | "stacked" | "percentStacked";
  readonly title: string;
  /** The cells the chart covers, e.g. "H2:P20". */
  readonly anchor: string;
  /** Category labels, one column or one row of cells on the chart's sheet; a scatter has none (its series carry xValues). */
  readonly categories?: string;
  readonly series: readonly ChartSeriesPlan[];
  readonly valueAxis?: AxisPlan;
  /** A scatter's horizontal (x) axis. */
  readonly xAxis?: AxisPlan;
}

export interface FreezePlan {
  /** Rows kept in view at the top. */
  readonly rows: number;
  /** Columns kept in view at the left. */
  readonly columns: number;
}

/** The sheet is protected without a password; these ranges stay editable. */
export interface ProtectionPlan {
  readonly unlockedRanges: readonly string[];
}

export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  /** Scale the sheet to one page wide. */
  readonly fitToWidth: boolean;
}

export interface SheetPlan {
  /** 1–31 characters, none of : \ / ? * [ ]; unique in the workbook regardless of case. */
  readonly name: string;
  /**
   * A sheet the add-in generates and may rebuild (the Scoreboard). Every other sheet belongs to the
   * user once written and is never overwritten.
   */
  readonly owned: boolean;
  readonly cells: readonly CellPlan[];
  readonly tables?: readonly TablePlan[];
  readonly validations?: readonly DataValidationPlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly charts?: readonly ChartPlan[];
  /** Column letter → width in characters. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly freeze?: FreezePlan;
  readonly protection?: ProtectionPlan;
  readonly tabColour?: string;
  readonly print?: PrintPlan;
}

/** A workbook-scoped defined name over a range, e.g. WorstValueMode → Settings!$B$3. */
export interface DefinedNamePlan {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
}

/**
 * Writes into cells of a sheet that already exists (the computed columns of an input table:
 * Score, Item score, Spread). Nothing else on that sheet changes.
 */
export interface SheetEditPlan {
  readonly sheet: string;
  readonly cells: readonly CellPlan[];
}

/**
 * Grows a table that already exists in the workbook (one of the contract's tables, which belong to
 * the user): columns inserted before a named column (new respondents' answer columns go before
 * "Item score"), rows appended at its end (new respondents, a new action). New columns shift the
 * cells of the table's rows right the way Excel's own table insert does, those beside the table
 * included (a table standing there, or a shift past the last column, is refused); the cells below
 * the table that appended rows would cover are checked first. The host refuses (PlanConflictError)
 * rather than overwrite anything. Existing values of the table are kept.
 */
export interface TableEditPlan {
  /** The table's name, compared without case. */
  readonly table: string;
  /** New columns, each with its header and optional values for the table's existing data rows (top to bottom; missing ones blank). */
  readonly insertColumns?: {
    /** Header of the column they go before, matched like normaliseHeader; after the last column when absent. */
    readonly before?: string;
    readonly columns: readonly {
      readonly header: string;
      readonly values?: readonly PlanScalar[];
    }[];
  };
  /** Rows appended after the last data row; each maps a header (matched like normaliseHeader, after any inserted columns) to its value; other cells stay blank. */
  readonly appendRows?: readonly Readonly<Record<string, PlanScalar>>[];
}

export interface WorkbookPlan {
  readonly styles: Readonly<Record<string, CellStylePlan>>;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly DefinedNamePlan[];
  /** Applied first, so that `edits` address the tables' cells as they stand afterwards. */
  readonly tableEdits?: readonly TableEditPlan[];
  readonly edits?: readonly SheetEditPlan[];
  /**
   * The add-in's settings written with the plan, on its hidden sheet (the stamp: catalogue
   * version, list, scoring settings), so a workbook is written and stamped in one apply.
   */
  readonly settings?: Readonly<Record<string, string>>;
}
