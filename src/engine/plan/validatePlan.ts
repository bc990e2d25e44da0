// Checks a plan against Excel's rules before any host touches a workbook, so a malformed plan fails
// the same way in OfficeJS, ExcelJS and memory (a PlanError listing every problem) instead of
// producing a file Excel has to repair.

import {
  columnNumber,
  MAX_COLUMNS,
  parseCellAddress,
  parseRange,
  rangeContains,
  rangeHeight,
  rangesOverlap,
  rangeWidth,
  type RangeBounds,
} from "./address";
import { OWNED_SHEETS_KEY } from "./addinSettings";
import { normaliseHeader } from "./headers";
import { identifierProblem, sameName, sheetNameProblem } from "./names";
import { PlanError } from "./planError";
import type {
  CellPlan,
  ChartPlan,
  ConditionalFormatPlan,
  DataValidationPlan,
  HighlightPlan,
  PlanScalar,
  SheetPlan,
  TableEditPlan,
  TablePlan,
  WorkbookPlan,
} from "./types";

/** Excel's limits that a plan could exceed. */
const MAX_CELL_TEXT = 32_767;
const MAX_LIST_TEXT = 255;
const MAX_MESSAGE_TITLE = 32;
const MAX_MESSAGE_TEXT = 255;
const MAX_COLUMN_WIDTH = 255;

const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** Every problem of the plan, each naming where it is; empty when the plan can be applied. */
export function validatePlan(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const report = (message: string): void => {
    problems.push(message);
  };

  for (const [id, style] of Object.entries(plan.styles)) {
    const where = `style "${id}"`;
    checkColour(style.fill, `${where} fill`, report);
    checkColour(style.fontColour, `${where} font colour`, report);
    if (style.fontSize !== undefined && !(style.fontSize > 0 && style.fontSize <= 409)) {
      report(`${where}: font size ${style.fontSize} is outside 1–409 points`);
    }
  }

  const sheetNames: string[] = [];
  for (const sheet of plan.sheets) {
    const nameProblem = sheetNameProblem(sheet.name);
    if (nameProblem !== undefined) report(nameProblem);
    if (sheetNames.some((name) => sameName(name, sheet.name)))
      report(`the sheet "${sheet.name}" is planned twice`);
    sheetNames.push(sheet.name);
    checkSheet(sheet, plan, report);
  }

  checkWorkbookNames(plan, report);

  checkTableEdits(plan.tableEdits ?? [], report);

  for (const edit of plan.edits ?? []) {
    const where = `edit of sheet "${edit.sheet}"`;
    const nameProblem = sheetNameProblem(edit.sheet);
    if (nameProblem !== undefined) report(`${where}: ${nameProblem}`);
    if (sheetNames.some((name) => sameName(name, edit.sheet))) {
      report(`${where}: the plan also creates this sheet; put these cells in its sheet plan`);
    }
    checkCells(edit.cells, where, plan, report);
  }
  // The owned-sheet list is the host's to keep: a plan cannot claim or disown a sheet through it.
  if (plan.settings !== undefined && OWNED_SHEETS_KEY in plan.settings)
    report(`the plan's settings may not set "${OWNED_SHEETS_KEY}"`);
  return problems;
}

/** Throws a PlanError listing every problem; hosts call it before changing anything. */
export function assertValidPlan(plan: WorkbookPlan): void {
  const problems = validatePlan(plan);
  if (problems.length > 0) throw new PlanError(problems);
}

type Report = (message: string) => void;

function checkColour(colour: string | undefined, where: string, report: Report): void {
  if (colour !== undefined && !COLOUR.test(colour))
    report(`${where}: "${colour}" is not a #RRGGBB colour`);
}

function checkHighlight(highlight: HighlightPlan, where: string, report: Report): void {
  checkColour(highlight.fill, `${where} fill`, report);
  checkColour(highlight.fontColour, `${where} font colour`, report);
}

function checkedRange(range: string, where: string, report: Report): RangeBounds | undefined {
  const bounds = parseRange(range);
  if (bounds === undefined) report(`${where}: "${range}" is not an A1 range`);
  return bounds;
}

function checkSheet(sheet: SheetPlan, plan: WorkbookPlan, report: Report): void {
  const where = `sheet "${sheet.name}"`;
  checkCells(sheet.cells, where, plan, report);
  const tableBounds: { table: TablePlan; bounds: RangeBounds }[] = [];
  for (const table of sheet.tables ?? []) {
    const bounds = checkTable(table, sheet, `${where}, table "${table.name}"`, report);
    if (bounds === undefined) continue;
    const overlapping = tableBounds.find((other) => rangesOverlap(other.bounds, bounds));
    if (overlapping !== undefined)
      report(`${where}: the tables "${overlapping.table.name}" and "${table.name}" overlap`);
    tableBounds.push({ table, bounds });
  }
  for (const validation of sheet.validations ?? [])
    checkValidation(validation, `${where}, validation of ${validation.range}`, report);
  for (const format of sheet.conditionalFormats ?? [])
    checkConditionalFormat(format, `${where}, conditional format of ${format.range}`, report);
  for (const chart of sheet.charts ?? [])
    checkChart(chart, `${where}, chart "${chart.title}"`, report);
  for (const [letters, width] of Object.entries(sheet.columnWidths ?? {})) {
    if (columnNumber(letters) === undefined) report(`${where}: "${letters}" is not a column`);
    if (!(width >= 0 && width <= MAX_COLUMN_WIDTH))
      report(`${where}: column ${letters} width ${width} is outside 0–${MAX_COLUMN_WIDTH}`);
  }
  if (sheet.freeze !== undefined) {
    const { rows, columns } = sheet.freeze;
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
      report(`${where}: frozen rows and columns must be whole numbers ≥ 0`);
    }
  }
  for (const range of sheet.protection?.unlockedRanges ?? [])
    checkedRange(range, `${where}, unlocked range`, report);
  checkColour(sheet.tabColour, `${where} tab colour`, report);
}

function checkCells(
  cells: readonly CellPlan[],
  where: string,
  plan: WorkbookPlan,
  report: Report,
): void {
  // By row and column as one number (Excel has 16,384 columns), and the cell's name made only for a
  // problem: a long list plans tens of thousands of cells.
  const seen = new Set<number>();
  for (const cell of cells) {
    const position = parseCellAddress(cell.address);
    const at = (): string => `${where}, cell ${cell.address}`;
    if (position === undefined) {
      report(`${at()}: not a cell address`);
      continue;
    }
    const key = position.row * (MAX_COLUMNS + 1) + position.column;
    if (seen.has(key)) report(`${at()}: planned twice`);
    seen.add(key);
    if (typeof cell.value === "number" && !Number.isFinite(cell.value))
      report(`${at()}: ${cell.value} is not a finite number`);
    if (typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT)
      report(`${at()}: text longer than ${MAX_CELL_TEXT} characters`);
    if (cell.formula !== undefined) {
      if (!cell.formula.live.startsWith("="))
        report(`${at()}: the live formula does not start with "="`);
      if (!cell.formula.portable.startsWith("="))
        report(`${at()}: the portable formula does not start with "="`);
    }
    if (cell.style !== undefined && !Object.hasOwn(plan.styles, cell.style))
      report(`${at()}: unknown style "${cell.style}"`);
  }
}

function checkTable(
  table: TablePlan,
  sheet: SheetPlan,
  where: string,
  report: Report,
): RangeBounds | undefined {
  const nameProblem = identifierProblem(table.name);
  if (nameProblem !== undefined) report(`${where}: ${nameProblem}`);
  if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(table.style))
    report(`${where}: "${table.style}" is not a built-in table style`);
  const bounds = checkedRange(table.range, where, report);
  if (bounds === undefined) return undefined;
  // Excel repairs (drops) a table without a data row, so the plan must give it one, even if blank.
  if (rangeHeight(bounds) < 2)
    report(`${where}: a table needs a header row and at least one data row`);
  if (table.columns.length !== rangeWidth(bounds)) {
    report(
      `${where}: ${table.columns.length} column names for a range ${rangeWidth(bounds)} columns wide`,
    );
  }
  const headers: string[] = [];
  table.columns.forEach((header) => {
    if (header.trim() === "") report(`${where}: a column has no name`);
    if (headers.some((other) => sameName(other, header)))
      report(`${where}: the column "${header}" appears twice`);
    headers.push(header);
  });
  for (const cell of sheet.cells) {
    const position = parseCellAddress(cell.address);
    if (position?.row !== bounds.start.row || !rangeContains(bounds, position)) continue;
    const header = table.columns[position.column - bounds.start.column];
    if (cell.value !== header || cell.formula !== undefined) {
      report(
        `${where}: the header cell ${cell.address} must hold the column name "${String(header)}"`,
      );
    }
  }
  return bounds;
}

function checkMessage(
  message: { title: string; text: string } | undefined,
  where: string,
  report: Report,
): void {
  if (message === undefined) return;
  if (message.title.length > MAX_MESSAGE_TITLE)
    report(`${where}: title longer than ${MAX_MESSAGE_TITLE} characters`);
  if (message.text.length > MAX_MESSAGE_TEXT)
    report(`${where}: text longer than ${MAX_MESSAGE_TEXT} characters`);
}

function checkValidation(validation: DataValidationPlan, where: string, report: Report): void {
  checkedRange(validation.range, where, report);
  if ("values" in validation.list) {
    const { values } = validation.list;
    if (values.length === 0) report(`${where}: the list of allowed values is empty`);
    // Excel stores a literal list as one comma-separated text of at most 255 characters.
    if (values.some((value) => value.includes(",") || value.includes('"')))
      report(`${where}: an allowed value contains a comma or a quote`);
    if (values.join(",").length > MAX_LIST_TEXT)
      report(`${where}: the allowed values exceed ${MAX_LIST_TEXT} characters; use a range`);
  } else {
    checkedRange(validation.list.range, `${where}, list source`, report);
  }
  checkMessage(validation.prompt, `${where}, prompt`, report);
  checkMessage(validation.error, `${where}, error message`, report);
}

function checkConditionalFormat(
  format: ConditionalFormatPlan,
  where: string,
  report: Report,
): void {
  checkedRange(format.range, where, report);
  if (format.rules.length === 0) report(`${where}: no rules`);
  format.rules.forEach((rule, index) => {
    const at = `${where}, rule ${index + 1}`;
    if (rule.kind === "expression" && !rule.formula.startsWith("="))
      report(`${at}: the formula does not start with "="`);
    if (
      rule.kind === "cell-equals" &&
      typeof rule.value === "number" &&
      !Number.isFinite(rule.value)
    )
      report(`${at}: not a finite number`);
    checkHighlight(rule.highlight, at, report);
  });
}

/** The number of cells of a one-row or one-column range; undefined (and reported) otherwise. */
function lineLength(range: string, where: string, report: Report): number | undefined {
  const bounds = checkedRange(range, where, report);
  if (bounds === undefined) return undefined;
  if (rangeWidth(bounds) > 1 && rangeHeight(bounds) > 1) {
    report(`${where}: "${range}" must be a single row or column`);
    return undefined;
  }
  return Math.max(rangeWidth(bounds), rangeHeight(bounds));
}

function checkChart(chart: ChartPlan, where: string, report: Report): void {
  checkedRange(chart.anchor, `${where}, anchor`, report);
  if (chart.kind !== "bar" && chart.barDirection !== undefined)
    report(`${where}: a ${chart.kind} chart has no bar direction`);
  if (chart.kind !== "bar" && chart.grouping !== undefined)
    report(`${where}: a ${chart.kind} chart has no grouping`);
  if (chart.series.length === 0) report(`${where}: no series`);
  if (chart.kind === "scatter") checkScatterSeries(chart, where, report);
  else checkCategorySeries(chart, where, report);
  for (const axis of [chart.valueAxis, chart.xAxis])
    if (axis?.min !== undefined && axis.max !== undefined && !(axis.min < axis.max))
      report(`${where}: axis minimum ≥ maximum`);
}

function checkCategorySeries(chart: ChartPlan, where: string, report: Report): void {
  if (chart.categories === undefined) {
    report(`${where}: a ${chart.kind} chart needs categories`);
    return;
  }
  if (chart.xAxis !== undefined) report(`${where}: only a scatter chart has an x axis`);
  const categories = lineLength(chart.categories, `${where}, categories`, report);
  for (const series of chart.series) {
    const at = `${where}, series "${series.name}"`;
    if (series.xValues !== undefined) report(`${at}: only a scatter series has x values`);
    const length = lineLength(series.values, at, report);
    if (length !== undefined && categories !== undefined && length !== categories) {
      report(`${at}: ${length} values for ${categories} categories`);
    }
    checkColour(series.colour, at, report);
  }
}

function checkScatterSeries(chart: ChartPlan, where: string, report: Report): void {
  if (chart.categories !== undefined)
    report(`${where}: a scatter chart has no categories (its series have x values)`);
  for (const series of chart.series) {
    const at = `${where}, series "${series.name}"`;
    const length = lineLength(series.values, at, report);
    if (series.xValues === undefined) {
      report(`${at}: a scatter series needs x values`);
      continue;
    }
    const xLength = lineLength(series.xValues, `${at}, x values`, report);
    if (length !== undefined && xLength !== undefined && length !== xLength)
      report(`${at}: ${length} y values for ${xLength} x values`);
    checkColour(series.colour, at, report);
  }
}

// Tables and defined names share one namespace in Excel.
function checkWorkbookNames(plan: WorkbookPlan, report: Report): void {
  const used: string[] = [];
  const claim = (name: string, what: string): void => {
    if (used.some((other) => sameName(other, name)))
      report(`${what}: the name "${name}" is used twice`);
    used.push(name);
  };
  for (const sheet of plan.sheets)
    for (const table of sheet.tables ?? []) claim(table.name, `table "${table.name}"`);
  for (const name of plan.names) {
    const where = `defined name "${name.name}"`;
    const problem = identifierProblem(name.name);
    if (problem !== undefined) report(`${where}: ${problem}`);
    claim(name.name, where);
    checkedRange(name.range, where, report);
    const sheetProblem = sheetNameProblem(name.sheet);
    if (sheetProblem !== undefined) report(`${where}: ${sheetProblem}`);
  }
}

/** Excel's longest table column name. */
const MAX_COLUMN_NAME = 255;

// What can be told of table edits without the workbook; placement and the host check the rest
// (the table exists, the new headers are new, `before` and the appended rows' keys name columns).
function checkTableEdits(edits: readonly TableEditPlan[], report: Report): void {
  const edited: string[] = [];
  for (const edit of edits) {
    const where = `table edit of "${edit.table}"`;
    const nameProblem = identifierProblem(edit.table);
    if (nameProblem !== undefined) report(`${where}: ${nameProblem}`);
    if (edited.some((name) => sameName(name, edit.table)))
      report(`${where}: the table is edited twice; put both changes in one edit`);
    edited.push(edit.table);
    const columns = edit.insertColumns?.columns ?? [];
    const rows = edit.appendRows ?? [];
    if (edit.insertColumns !== undefined && columns.length === 0)
      report(`${where}: no columns to insert`);
    if (columns.length === 0 && rows.length === 0)
      report(`${where}: inserts no column and appends no row`);
    const headers: string[] = [];
    for (const column of columns) {
      if (column.header.trim() === "") report(`${where}: a new column has no header`);
      else if (column.header.length > MAX_COLUMN_NAME)
        report(
          `${where}: the header "${column.header.slice(0, 40)}…" is longer than ${MAX_COLUMN_NAME} characters`,
        );
      if (headers.some((other) => normaliseHeader(other) === normaliseHeader(column.header)))
        report(`${where}: the new column "${column.header}" appears twice`);
      headers.push(column.header);
      (column.values ?? []).forEach((value, index) => {
        checkScalar(value, `${where}, new column "${column.header}", value ${index + 1}`, report);
      });
    }
    rows.forEach((row, index) => {
      const at = `${where}, appended row ${index + 1}`;
      const keys: string[] = [];
      for (const [header, value] of Object.entries(row)) {
        if (keys.includes(normaliseHeader(header)))
          report(`${at}: the column "${header}" is given twice`);
        keys.push(normaliseHeader(header));
        checkScalar(value, `${at}, column "${header}"`, report);
      }
    });
  }
}

function checkScalar(value: PlanScalar, where: string, report: Report): void {
  if (typeof value === "number" && !Number.isFinite(value))
    report(`${where}: ${value} is not a finite number`);
  if (typeof value === "string" && value.length > MAX_CELL_TEXT)
    report(`${where}: text longer than ${MAX_CELL_TEXT} characters`);
}
