// Grows a table of an ExcelJS worksheet as a plan's table edit says (the resolution is the
// engine's, tableGrowth.ts), keeping the table model (ref, autoFilter, columns) consistent with the
// cells so Excel opens the file without repair.
//
// Inserted columns shift the cells of the table's rows from the insertion column rightwards (those
// beside the table too, as Excel's own insert does), each with its value, style, comment and
// dropdown. References follow the moved cells as Excel rewrites them, in every formula of this
// sheet (cellMoves.ts); references from other sheets ("Checklist!L5") are not rewritten,
// since the scored plan rebuilds what reads the tables right after. Shared formulas are first
// written out per cell, since a moved cell could no longer find its master. Conditional formats move or widen with the cells, and
// their rule formulas follow them as Excel rewrites them. New columns copy the style and dropdown of the column to their left;
// appended rows those of the table's last row.

import type ExcelJS from "exceljs";
import {
  formatCellAddress,
  formatRange,
  parseRange,
  rangePositions,
  type CellPosition,
} from "../../../src/engine/plan/address";
import { newlyCoveredPositions, type TableGrowth } from "../../../src/engine/plan/tableGrowth";
import { cellMoves, movedFormula, movedRanges } from "../../../src/host/plan/cellMoves";
import type { PlanScalar } from "../../../src/engine/plan/types";
import type { WorksheetTable } from "./tableModels";

/** The covered cells that hold something: a value other than the empty text, or a formula. */
export function occupiedCells(worksheet: ExcelJS.Worksheet, growth: TableGrowth): CellPosition[] {
  return newlyCoveredPositions(growth).filter(({ row, column }) => {
    const value = worksheet.findCell(row, column)?.value;
    return value !== null && value !== undefined && value !== "";
  });
}

/** The last column holding a cell in the table's rows. */
export function lastUsedColumn(worksheet: ExcelJS.Worksheet, growth: TableGrowth): number {
  let last = growth.before.end.column;
  for (let row = growth.before.start.row; row <= growth.before.end.row; row++) {
    worksheet.findRow(row)?.eachCell((cell, column) => {
      last = Math.max(last, column);
    });
  }
  return last;
}

export function growWorksheetTable(
  worksheet: ExcelJS.Worksheet,
  table: WorksheetTable,
  growth: TableGrowth,
): void {
  const validations = cellValidations(worksheet);
  const { before, after, insertAt } = growth;
  const count = growth.inserted.length;

  if (count > 0) {
    unshareFormulas(worksheet);
    followMovedCells(worksheet, growth);
    for (const { from, to } of cellMoves(growth, lastUsedColumn(worksheet, growth)))
      moveCell(worksheet, validations, from, to);
    for (let row = before.start.row; row <= before.end.row; row++) {
      // The header cells take the look of the header to their left, data cells that of their row's left cell.
      const source =
        growth.styleSource ?? (insertAt > before.start.column ? insertAt - 1 : undefined);
      growth.inserted.forEach((inserted, index) => {
        const value =
          row === before.start.row
            ? inserted.header
            : (inserted.values[row - before.start.row - 1] ?? null);
        const target = { row, column: insertAt + index };
        writeCopying(
          worksheet,
          validations,
          target,
          value,
          source === undefined ? undefined : { row, column: source },
          row > before.start.row,
        );
      });
    }
  }
  growth.appended.forEach((values, index) => {
    values.forEach((value, offset) => {
      const column = after.start.column + offset;
      writeCopying(
        worksheet,
        validations,
        { row: before.end.row + 1 + index, column },
        value,
        { row: before.end.row, column },
        true,
      );
    });
  });

  for (const format of conditionalFormattings(worksheet)) {
    format.ref = movedRanges(format.ref, growth);
    for (const rule of format.rules) {
      if (Array.isArray(rule.formulae))
        rule.formulae = rule.formulae.map((formula) =>
          typeof formula === "string" ? movedFormula(formula, growth) : formula,
        );
    }
  }
  growModel(table, growth);
}

/** The table model as Excel reads it back: its range, its filter over the same range, its columns. */
function growModel(table: WorksheetTable, growth: TableGrowth): void {
  const { model } = table;
  const position = growth.insertAt - growth.before.start.column;
  model.tableRef = formatRange(growth.after);
  if (typeof model.autoFilterRef === "string") model.autoFilterRef = formatRange(growth.after);
  const columns: unknown[] = Array.isArray(model.columns) ? (model.columns as unknown[]) : [];
  const left: unknown = columns[position - 1];
  const filterButton =
    typeof left === "object" && left !== null && "filterButton" in left ? left.filterButton : true;
  columns.splice(
    position,
    0,
    ...growth.inserted.map((column) => ({ name: column.header, filterButton })),
  );
  model.columns = columns;
  // A table made in this session also keeps its data rows; they follow the cells.
  if (Array.isArray(model.rows)) {
    const rows = model.rows as unknown[][];
    rows.forEach((row, index) =>
      row.splice(position, 0, ...growth.inserted.map((column) => column.values[index] ?? null)),
    );
    rows.push(...growth.appended.map((row) => [...row]));
  }
}

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

/**
 * The sheet's dropdowns keyed by single cell. A loaded sheet keeps them so; ExcelJS keys the ones
 * added in this session by range, which are spread over their cells here (it merges them again on
 * writing).
 */
function cellValidations(worksheet: ExcelJS.Worksheet): ValidationModel {
  const holder = worksheet as unknown as { dataValidations?: { model: ValidationModel } };
  if (holder.dataValidations === undefined)
    throw new Error("this ExcelJS version has no worksheet.dataValidations");
  const model = holder.dataValidations.model;
  for (const [key, validation] of Object.entries(model)) {
    if (!key.includes(":")) continue;
    Reflect.deleteProperty(model, key);
    const bounds = parseRange(key);
    if (bounds === undefined || validation === undefined) continue;
    for (const position of rangePositions(bounds))
      model[formatCellAddress(position)] ??= validation;
  }
  return model;
}

function setValidation(
  validations: ValidationModel,
  position: CellPosition,
  validation: ExcelJS.DataValidation | undefined,
): void {
  const key = formatCellAddress(position);
  if (validation === undefined) Reflect.deleteProperty(validations, key);
  else validations[key] = validation;
}

function moveCell(
  worksheet: ExcelJS.Worksheet,
  validations: ValidationModel,
  from: CellPosition,
  to: CellPosition,
): void {
  const moving = worksheet.findCell(from.row, from.column);
  const target = worksheet.getCell(to.row, to.column);
  target.value = moving?.value ?? null;
  target.style = { ...moving?.style };
  // A cell without a comment has it undefined, whatever ExcelJS's typings say.
  const note = moving?.note;
  if (note !== undefined) target.note = note;
  setValidation(validations, to, validations[formatCellAddress(from)]);
}

function writeCopying(
  worksheet: ExcelJS.Worksheet,
  validations: ValidationModel,
  position: CellPosition,
  value: PlanScalar,
  source: CellPosition | undefined,
  copyValidation: boolean,
): void {
  const target = worksheet.getCell(position.row, position.column);
  target.value = value;
  target.style = {
    ...(source === undefined ? undefined : worksheet.findCell(source.row, source.column)?.style),
  };
  setValidation(
    validations,
    position,
    copyValidation && source !== undefined ? validations[formatCellAddress(source)] : undefined,
  );
}

/** Rewrites the sheet's formulas so their references follow the cells about to move. */
function followMovedCells(worksheet: ExcelJS.Worksheet, growth: TableGrowth): void {
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value;
      if (
        typeof value !== "object" ||
        value === null ||
        !("formula" in value) ||
        typeof value.formula !== "string"
      )
        return;
      const formula = movedFormula(value.formula, growth);
      if (formula !== value.formula) cell.value = { ...value, formula };
    });
  });
}

/** Writes every shared formula of the sheet out in full (ExcelJS translates it from its master). */
function unshareFormulas(worksheet: ExcelJS.Worksheet): void {
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value;
      if (typeof value !== "object" || value === null) return;
      if (!("sharedFormula" in value) && !("shareType" in value)) return;
      cell.value = {
        formula: cell.formula,
        result: cell.result as ExcelJS.CellFormulaValue["result"],
      };
    });
  });
}

// ExcelJS keeps a sheet's conditional formats here but leaves the member out of its typings.
interface ConditionalFormatting {
  ref: string;
  rules: { formulae?: unknown[] }[];
}

function conditionalFormattings(worksheet: ExcelJS.Worksheet): ConditionalFormatting[] {
  const formats = (worksheet as unknown as { conditionalFormattings?: ConditionalFormatting[] })
    .conditionalFormattings;
  return formats ?? [];
}
