// A plan as text a reviewer can read: one line per cell, table, validation, format, chart and name,
// so a change to a template shows up in review as the few lines it changes. Styles are printed once
// (stylesText) and cells refer to them by id. Every field of the plan model is printed: a change the
// text does not show would slip past the golden files.

import type {
  CellPlan,
  ChartPlan,
  ConditionalFormatPlan,
  DataValidationPlan,
  DefinedNamePlan,
  PlanScalar,
  SheetPlan,
  WorkbookPlan,
} from "../../src/engine/plan/types";

/** A value as JSON, so text, numbers, booleans and blanks stay apart ("3" and 3 differ). */
function scalar(value: PlanScalar | undefined): string {
  return value === undefined ? "-" : JSON.stringify(value);
}

function cellLine(cell: CellPlan): string {
  const parts = [`cell ${cell.address}`];
  if (cell.style !== undefined) parts.push(`[${cell.style}]`);
  if (cell.numberFormat !== undefined) parts.push(`format ${JSON.stringify(cell.numberFormat)}`);
  if (cell.formula === undefined) {
    parts.push(scalar(cell.value));
    return parts.join(" ");
  }
  parts.push(`value ${scalar(cell.value)}`);
  const lines = [parts.join(" "), `  portable ${cell.formula.portable}`];
  if (cell.formula.live !== cell.formula.portable) lines.push(`  live     ${cell.formula.live}`);
  return lines.join("\n");
}

function validationLine(validation: DataValidationPlan): string {
  const list =
    "values" in validation.list
      ? `values ${JSON.stringify(validation.list.values)}`
      : `range ${validation.list.range}`;
  const lines = [
    `validation ${validation.range} ${list}${validation.allowBlank ? " blank allowed" : ""}`,
  ];
  if (validation.prompt !== undefined) lines.push(`  prompt ${JSON.stringify(validation.prompt)}`);
  if (validation.error !== undefined) lines.push(`  error ${JSON.stringify(validation.error)}`);
  return lines.join("\n");
}

function conditionalFormatLines(format: ConditionalFormatPlan): string {
  const rules = format.rules.map((rule) => {
    const condition =
      rule.kind === "cell-equals"
        ? `equals ${JSON.stringify(rule.value)}`
        : `formula ${rule.formula}`;
    return `  ${condition} → ${JSON.stringify(rule.highlight)}`;
  });
  return [`conditional format ${format.range}`, ...rules].join("\n");
}

function chartLines(chart: ChartPlan): string {
  const direction = chart.barDirection === undefined ? "" : ` ${chart.barDirection}`;
  const lines = [
    `chart ${chart.kind}${direction} ${JSON.stringify(chart.title)} at ${chart.anchor}`,
    `  categories ${chart.categories}`,
    ...chart.series.map(
      (series) =>
        `  series ${JSON.stringify(series.name)} ${series.values}${series.colour === undefined ? "" : ` ${series.colour}`}`,
    ),
  ];
  if (chart.valueAxis !== undefined) lines.push(`  value axis ${JSON.stringify(chart.valueAxis)}`);
  return lines.join("\n");
}

function nameLine(name: DefinedNamePlan): string {
  return `name ${name.name} = ${name.sheet}!${name.range}`;
}

/** One sheet of a plan and the defined names that point into it. */
export function sheetText(sheet: SheetPlan, names: readonly DefinedNamePlan[]): string {
  const lines = [`sheet ${JSON.stringify(sheet.name)} ${sheet.owned ? "owned" : "user's"}`];
  if (sheet.tabColour !== undefined) lines.push(`tab colour ${sheet.tabColour}`);
  if (sheet.columnWidths !== undefined)
    lines.push(
      `column widths ${Object.entries(sheet.columnWidths)
        .map(([column, width]) => `${column}=${width}`)
        .join(" ")}`,
    );
  if (sheet.freeze !== undefined)
    lines.push(`freeze ${sheet.freeze.rows} rows, ${sheet.freeze.columns} columns`);
  if (sheet.protection !== undefined)
    lines.push(`protected; editable: ${sheet.protection.unlockedRanges.join(" ") || "none"}`);
  if (sheet.print !== undefined)
    lines.push(
      `print ${sheet.print.orientation}${sheet.print.fitToWidth ? ", one page wide" : ""}`,
    );
  for (const table of sheet.tables ?? [])
    lines.push(
      `table ${table.name} ${table.range} ${table.style}${table.showRowStripes ? " striped" : ""}: ${table.columns.map((column) => JSON.stringify(column)).join(" | ")}`,
    );
  lines.push(...(sheet.validations ?? []).map(validationLine));
  lines.push(...(sheet.conditionalFormats ?? []).map(conditionalFormatLines));
  lines.push(...(sheet.charts ?? []).map(chartLines));
  lines.push(...names.map(nameLine));
  lines.push(...sheet.cells.map(cellLine));
  return `${lines.join("\n")}\n`;
}

/** The plan's shared styles, one line each. */
export function stylesText(plan: WorkbookPlan): string {
  return `${Object.entries(plan.styles)
    .map(([id, style]) => `style ${id} ${JSON.stringify(style)}`)
    .join("\n")}\n`;
}
