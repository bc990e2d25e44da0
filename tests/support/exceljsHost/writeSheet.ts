// Writes one sheet of a plan into an ExcelJS worksheet, in the portable dialect: each formula with
// its computed value as the cached result, so the file shows numbers in any spreadsheet program
// before it recalculates. Charts are not ExcelJS's business; the workbook adds them to the package.

import type ExcelJS from "exceljs";
import {
  formatCellAddress,
  formatRange,
  parseCellAddress,
  parseRange,
  rangePositions,
} from "../../../src/engine/plan/address";
import type {
  CellPlan,
  ConditionalFormatPlan,
  DataValidationPlan,
  PlanScalar,
  ProtectionPlan,
  SheetPlan,
  TablePlan,
  WorkbookPlan,
} from "../../../src/engine/plan/types";
import { cellStyle, excelColour, highlightStyle } from "./excelStyle";

type TableStyleName = NonNullable<ExcelJS.TableStyleProperties["theme"]>;

/** Writes everything of the sheet plan but its protection (protectSheet, once every write is done). */
export function writeSheet(
  worksheet: ExcelJS.Worksheet,
  sheetPlan: SheetPlan,
  plan: WorkbookPlan,
): void {
  const cellsByAddress = new Map(
    sheetPlan.cells.map((cell) => [normalisedAddress(cell.address), cell]),
  );
  for (const table of sheetPlan.tables ?? []) addTable(worksheet, table, cellsByAddress);
  for (const cell of sheetPlan.cells) writeCell(worksheet, cell, plan);
  for (const validation of sheetPlan.validations ?? []) addValidation(worksheet, validation);
  sheetPlan.conditionalFormats?.forEach((format, index) => {
    addConditionalFormat(worksheet, format, index);
  });
  for (const [letters, width] of Object.entries(sheetPlan.columnWidths ?? {}))
    worksheet.getColumn(letters).width = width;
  const freeze = sheetPlan.freeze;
  if (freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0)) {
    const topLeftCell = formatCellAddress({ row: freeze.rows + 1, column: freeze.columns + 1 });
    worksheet.views = [
      {
        state: "frozen",
        xSplit: freeze.columns,
        ySplit: freeze.rows,
        topLeftCell,
        activeCell: topLeftCell,
      },
    ];
  }
  if (sheetPlan.tabColour !== undefined)
    worksheet.properties.tabColor = excelColour(sheetPlan.tabColour);
  if (sheetPlan.print !== undefined) {
    worksheet.pageSetup.orientation = sheetPlan.print.orientation;
    if (sheetPlan.print.fitToWidth)
      Object.assign(worksheet.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
}

/**
 * Protects a written sheet, its unlocked ranges left editable: the last write to it, after the
 * plan's edits and names (interpretPlan orders it so).
 */
export async function protectSheet(
  worksheet: ExcelJS.Worksheet,
  protection: ProtectionPlan,
): Promise<void> {
  for (const range of protection.unlockedRanges) {
    const bounds = parseRange(range);
    if (bounds === undefined) continue;
    for (const position of rangePositions(bounds))
      worksheet.getCell(position.row, position.column).protection = { locked: false };
  }
  // No password: protection guards against slips, not people (README, "The workbook contract"); anyone may unprotect.
  await worksheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
  });
}

/** Writes a plan cell into the worksheet (also used for edits of existing sheets). */
export function writeCell(worksheet: ExcelJS.Worksheet, cell: CellPlan, plan: WorkbookPlan): void {
  const target = worksheet.getCell(normalisedAddress(cell.address));
  target.value = excelValue(cell);
  const style = cell.style === undefined ? undefined : plan.styles[cell.style];
  if (style !== undefined || cell.numberFormat !== undefined)
    Object.assign(target, cellStyle(style, cell.numberFormat));
}

function excelValue(cell: CellPlan): ExcelJS.CellValue {
  if (cell.formula === undefined) return cell.value;
  // A formula showing nothing caches the empty text, as Excel does for ="".
  return { formula: cell.formula.portable.slice(1), result: cell.value ?? "" };
}

function normalisedAddress(address: string): string {
  const position = parseCellAddress(address);
  if (position === undefined) throw new RangeError(`"${address}" is not a cell address`);
  return formatCellAddress(position);
}

function addTable(
  worksheet: ExcelJS.Worksheet,
  table: TablePlan,
  cells: ReadonlyMap<string, CellPlan>,
): void {
  const bounds = parseRange(table.range);
  if (bounds === undefined) throw new RangeError(`"${table.range}" is not a range`);
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = bounds.start.row + 1; row <= bounds.end.row; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let column = bounds.start.column; column <= bounds.end.column; column++) {
      const cell = cells.get(formatCellAddress({ row, column }));
      values.push(cell === undefined ? null : excelValue(cell));
    }
    rows.push(values);
  }
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: formatCellAddress(bounds.start),
    headerRow: true,
    totalsRow: false,
    // validatePlan admits only built-in style names (TableStyleLight1…Dark11).
    style: { theme: table.style as TableStyleName, showRowStripes: table.showRowStripes },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

// ExcelJS 4.4 writes sheet-level validations over a range but leaves `dataValidations` out of its
// typings; this is the part of it that exists at run time.
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function rangeValidations(worksheet: ExcelJS.Worksheet): RangeValidations {
  const holder = worksheet as unknown as { dataValidations?: RangeValidations };
  if (holder.dataValidations === undefined)
    throw new Error("this ExcelJS version has no worksheet.dataValidations");
  return holder.dataValidations;
}

function addValidation(worksheet: ExcelJS.Worksheet, validation: DataValidationPlan): void {
  const bounds = parseRange(validation.range);
  const source =
    "values" in validation.list
      ? `"${validation.list.values.join(",")}"`
      : absoluteRange(validation.list.range);
  if (bounds === undefined) throw new RangeError(`"${validation.range}" is not a range`);
  rangeValidations(worksheet).add(formatRange(bounds), {
    type: "list",
    allowBlank: validation.allowBlank,
    formulae: [source],
    showInputMessage: validation.prompt !== undefined,
    ...(validation.prompt === undefined
      ? {}
      : { promptTitle: validation.prompt.title, prompt: validation.prompt.text }),
    showErrorMessage: validation.error !== undefined,
    ...(validation.error === undefined
      ? {}
      : { errorStyle: "stop", errorTitle: validation.error.title, error: validation.error.text }),
  });
}

function absoluteRange(range: string): string {
  const bounds = parseRange(range);
  if (bounds === undefined) throw new RangeError(`"${range}" is not a range`);
  return formatRange(bounds, true);
}

function addConditionalFormat(
  worksheet: ExcelJS.Worksheet,
  format: ConditionalFormatPlan,
  formatIndex: number,
): void {
  const rules = format.rules.map((rule, ruleIndex): ExcelJS.ConditionalFormattingRule => {
    // Priorities are unique across the sheet, in plan order: the first rule that matches wins.
    const priority = formatIndex * 100 + ruleIndex + 1;
    const style = highlightStyle(rule.highlight);
    return rule.kind === "cell-equals"
      ? {
          type: "cellIs",
          operator: "equal",
          formulae: [criterionText(rule.value)],
          style,
          priority,
        }
      : { type: "expression", formulae: [rule.formula.slice(1)], style, priority };
  });
  worksheet.addConditionalFormatting({ ref: format.range, rules });
}

function criterionText(value: Exclude<PlanScalar, null | boolean>): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
}
