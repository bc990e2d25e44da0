// Everything one sheet of a plan needs, as write steps in the order Excel needs them: cell contents
// (header texts of tables first, then the plan's cells, in row bands), number formats, styles,
// column widths, tables over the written cells, validations, conditional formats, charts, panes,
// tab colour, print settings and unlocked cells. Protection comes last, apart (see protectStep).

import { parseCellAddress, parseRange, type RangeBounds } from "../../engine/plan/address";
import type {
  CellPlan,
  FormulaDialect,
  SheetEditPlan,
  SheetPlan,
  WorkbookPlan,
} from "../../engine/plan/types";
import type { WriteStep } from "./batches";
import { formulaEntry, valueEntry, type FormulaEntry } from "./cellEntries";
import { chartStep } from "./chartSteps";
import {
  conditionalFormatSteps,
  freezeStep,
  printStep,
  tableStep,
  tabColourStep,
  unlockSteps,
  validationStep,
} from "./featureSteps";
import { columnWidthSteps, numberFormatSteps, styleSteps } from "./formatSteps";
import { coveringRectangles } from "./rectangles";
import { MISSING_FEATURE_MESSAGES, type ExcelFeatures } from "./requirements";
import { blockSteps } from "./valueBlocks";

export interface StepContext {
  readonly plan: WorkbookPlan;
  readonly dialect: FormulaDialect;
  readonly features: ExcelFeatures;
  readonly budget: number;
  /** Collects what this Excel could not do. */
  readonly warn: (message: string) => void;
}

/** Steps writing a plan sheet into the new, empty sheet `sheetName`. */
export function newSheetSteps(
  sheetName: string,
  sheet: SheetPlan,
  context: StepContext,
): WriteStep[] {
  const { plan, features, budget, warn } = context;
  const steps: WriteStep[] = [...contentSteps(sheetName, sheet, context)];
  steps.push(...numberFormatSteps(sheetName, sheet.cells, plan, budget));
  steps.push(...styleSteps(sheetName, sheet.cells, plan));
  steps.push(...columnWidthSteps(sheetName, sheet.columnWidths ?? {}));
  for (const table of sheet.tables ?? []) steps.push(tableStep(sheetName, table));
  const validations = sheet.validations ?? [];
  if (validations.length > 0 && !features.dataValidation)
    warn(MISSING_FEATURE_MESSAGES.dataValidation);
  if (features.dataValidation)
    for (const validation of validations) steps.push(validationStep(sheetName, validation));
  steps.push(...conditionalFormatSteps(sheetName, sheet.conditionalFormats ?? []));
  const charts = sheet.charts ?? [];
  if (
    charts.some((chart) => chart.valueAxis?.numberFormat !== undefined) &&
    !features.chartAxisNumberFormat
  )
    warn(MISSING_FEATURE_MESSAGES.chartAxisNumberFormat);
  for (const chart of charts)
    steps.push(chartStep(sheetName, chart, features.chartAxisNumberFormat));
  const freeze = sheet.freeze === undefined ? undefined : freezeStep(sheetName, sheet.freeze);
  if (freeze !== undefined) steps.push(freeze);
  if (sheet.tabColour !== undefined) steps.push(tabColourStep(sheetName, sheet.tabColour));
  if (sheet.print !== undefined && !features.pageLayout) warn(MISSING_FEATURE_MESSAGES.pageLayout);
  if (sheet.print !== undefined && features.pageLayout)
    steps.push(printStep(sheetName, sheet.print));
  steps.push(...unlockSteps(sheetName, sheet.protection?.unlockedRanges ?? []));
  return steps;
}

/**
 * Steps writing an edit into an existing sheet: only the edited cells, in rectangles they fill
 * completely, so no other cell of the user's sheet is touched.
 */
export function editSteps(
  sheetName: string,
  edit: SheetEditPlan,
  context: StepContext,
): WriteStep[] {
  const entries = new Map<string, FormulaEntry>();
  for (const cell of edit.cells)
    entries.set(positionKey(cell), formulaEntry(cell, context.dialect));
  const positions = edit.cells.flatMap((cell) => {
    const position = parseCellAddress(cell.address);
    return position === undefined ? [] : [position];
  });
  const entryAt = (row: number, column: number): FormulaEntry =>
    entries.get(`${row}:${column}`) ?? "";
  return [
    ...coveringRectangles(positions).flatMap((bounds) =>
      blockSteps(sheetName, bounds, entryAt, context.budget, "formulas"),
    ),
    ...numberFormatSteps(sheetName, edit.cells, context.plan, context.budget),
    ...styleSteps(sheetName, edit.cells, context.plan),
  ];
}

/** The sheet's contents over the bounding box of its cells; on a new sheet a blank entry is harmless. */
function contentSteps(sheetName: string, sheet: SheetPlan, context: StepContext): WriteStep[] {
  const entries = new Map<string, FormulaEntry>();
  for (const table of sheet.tables ?? []) {
    const bounds = parseRange(table.range);
    if (bounds === undefined) continue;
    table.columns.forEach((header, index) =>
      entries.set(`${bounds.start.row}:${bounds.start.column + index}`, valueEntry(header)),
    );
  }
  for (const cell of sheet.cells)
    entries.set(positionKey(cell), formulaEntry(cell, context.dialect));
  const box = boundingBox([...entries.keys()]);
  if (box === undefined) return [];
  return blockSteps(
    sheetName,
    box,
    (row, column) => entries.get(`${row}:${column}`) ?? "",
    context.budget,
    "formulas",
  );
}

function positionKey(cell: CellPlan): string {
  const position = parseCellAddress(cell.address);
  if (position === undefined) throw new RangeError(`"${cell.address}" is not a cell address`);
  return `${position.row}:${position.column}`;
}

function boundingBox(keys: readonly string[]): RangeBounds | undefined {
  if (keys.length === 0) return undefined;
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = 0;
  let right = 0;
  for (const key of keys) {
    const [row = 0, column = 0] = key.split(":").map(Number);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  }
  return { start: { row: top, column: left }, end: { row: bottom, column: right } };
}
