// What ExcelJS, as an independent reader, sees of a workbook: per sheet its cells (value, formula
// and cached result, the look), validations, conditional formats, protection, tables, frozen
// panes, column widths, print settings and tab colour; the defined names. Looks are reduced to
// what a plan sets (ExcelJS leaves a font's defaults out where our writer spells them).

import type ExcelJS from "exceljs";

// ExcelJS reads these but leaves them out of its typings.
interface UntypedSheet {
  readonly dataValidations: { readonly model: Record<string, unknown> };
  readonly conditionalFormattings: readonly {
    readonly ref: string;
    readonly rules: readonly (Record<string, unknown> & { style?: Partial<ExcelJS.Style> })[];
  }[];
  readonly sheetProtection: unknown;
  readonly tables: Record<string, { readonly model: TableModel }>;
}

interface TableModel {
  readonly name: string;
  readonly tableRef: string;
  readonly headerRow: boolean;
  readonly columns: readonly { readonly name: string }[];
  readonly style: unknown;
}

// ExcelJS writes no <col> for a width of 9, its own default: a missing width reads as 9.
const EXCELJS_DEFAULT_WIDTH = 9;

function look(style: Partial<ExcelJS.Style> | undefined): Record<string, unknown> {
  const font = style?.font;
  const fill = style?.fill;
  return {
    bold: font?.bold === true,
    italic: font?.italic === true,
    size: font?.size ?? 11,
    fontColour: font?.color?.argb,
    fill:
      fill?.type === "pattern" && fill.pattern === "solid"
        ? (fill.fgColor?.argb ?? fill.bgColor?.argb)
        : undefined,
    bottomBorder: style?.border?.bottom?.style,
    numFmt: style?.numFmt === "General" ? undefined : style?.numFmt,
    horizontal: style?.alignment?.horizontal,
    vertical: style?.alignment?.vertical,
    wrapText: style?.alignment?.wrapText === true,
    locked: style?.protection?.locked !== false,
  };
}

function sheetView(worksheet: ExcelJS.Worksheet): Record<string, unknown> {
  const sheet = worksheet as unknown as UntypedSheet;
  const cells: Record<string, unknown> = {};
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const value: unknown = cell.value;
      const written = cell.style.protection?.locked === false || value !== null;
      if (written) cells[cell.address] = { value, look: look(cell.style) };
    });
  });
  const [view] = Array.isArray(worksheet.views) ? worksheet.views : [];
  const frozen =
    view?.state === "frozen"
      ? { xSplit: view.xSplit, ySplit: view.ySplit, topLeftCell: view.topLeftCell }
      : undefined;
  const widths: Record<string, number> = {};
  // A sheet without <cols> has no columns, whatever ExcelJS's typings say.
  const columns: unknown = worksheet.columns;
  (Array.isArray(columns) ? worksheet.columns : []).forEach((column, index) => {
    widths[String(index + 1)] = column.width ?? EXCELJS_DEFAULT_WIDTH;
  });
  const { orientation, fitToPage, fitToWidth, fitToHeight } = worksheet.pageSetup;
  return {
    name: worksheet.name,
    state: worksheet.state,
    cells,
    validations: sheet.dataValidations.model,
    conditionalFormats: sheet.conditionalFormattings.map((format) => ({
      ref: format.ref,
      rules: format.rules.map(({ style, ...rule }) => ({
        ...rule,
        fill: style?.fill?.type === "pattern" ? style.fill.bgColor?.argb : undefined,
        fontColour: style?.font?.color?.argb,
        bold: style?.font?.bold,
      })),
    })),
    protection: sheet.sheetProtection ?? null,
    tables: Object.values(sheet.tables).map(({ model }) => ({
      name: model.name,
      ref: model.tableRef,
      headerRow: model.headerRow,
      columns: model.columns.map((column) => column.name),
      style: model.style,
    })),
    frozen,
    activeCell: view?.activeCell,
    widths,
    // A sheet without <pageSetup> prints with the schema's defaults, which ExcelJS spells out.
    print: {
      orientation: orientation ?? "portrait",
      fitToPage,
      fitToWidth: fitToWidth ?? 1,
      fitToHeight: fitToHeight ?? 1,
    },
    tabColour: worksheet.properties.tabColor,
  };
}

export function readerView(workbook: ExcelJS.Workbook): Record<string, unknown> {
  // A loaded workbook without views has them undefined, whatever ExcelJS's typings say.
  const views: unknown = workbook.views;
  return {
    activeTab: Array.isArray(views) ? (workbook.views[0]?.activeTab ?? 0) : 0,
    sheets: workbook.worksheets.map(sheetView),
    names: workbook.definedNames.model,
  };
}
