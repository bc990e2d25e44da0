// A plan's radar, bar and scatter charts through Office.js: the chart is made from its first series' cells,
// then every series gets its name, categories and colour, and the chart its title, axis and place.
// The first series keeps the values Excel parsed from the range charts.add was given (setting
// them again would only repeat that range); the series added after it get theirs with setValues.

import { parseRange, rangeHeight, rangeWidth } from "../../engine/plan/address";
import type { ChartPlan } from "../../engine/plan/types";
import { DEFAULT_SERIES_COLOURS } from "../xlsx/charts/chartXml";
import { writeStep, type WriteStep } from "./batches";
import type { ChartSeriesApi, ChartTypeName, WorksheetApi } from "./excelApi";

export function chartStep(
  sheetName: string,
  chart: ChartPlan,
  axisNumberFormat: boolean,
): WriteStep {
  const [first] = chart.series;
  if (first === undefined) throw new RangeError(`the chart "${chart.title}" has no series`);
  const commands = 8 + chart.series.length * 6;
  return writeStep(commands, [chart], (session) => {
    const sheet = session.sheet(sheetName);
    const added = sheet.charts.add(
      chartType(chart),
      sheet.getRange(first.values),
      seriesDirection(first.values),
    );
    added.title.text = chart.title;
    chart.series.forEach((plan, index) => {
      const series = index === 0 ? added.series.getItemAt(0) : added.series.add(plan.name);
      if (index > 0) series.setValues(sheet.getRange(plan.values));
      describeSeries(series, sheet, chart, index);
    });
    const axis = chart.valueAxis;
    if (axis?.min !== undefined) added.axes.valueAxis.minimum = axis.min;
    if (axis?.max !== undefined) added.axes.valueAxis.maximum = axis.max;
    if (axis?.numberFormat !== undefined && axisNumberFormat)
      added.axes.valueAxis.numberFormat = axis.numberFormat;
    const [start = chart.anchor, end = chart.anchor] = chart.anchor.split(":");
    added.setPosition(start, end);
  });
}

/** Radar with markers, as the xlsx host draws it; bars vertical unless asked otherwise, clustered unless stacked. */
function chartType(chart: ChartPlan): ChartTypeName {
  if (chart.kind === "radar") return "RadarMarkers";
  if (chart.kind === "scatter") return "XYScatter";
  const direction = chart.barDirection === "horizontal" ? "Bar" : "Column";
  if (chart.grouping === "stacked") return `${direction}Stacked`;
  if (chart.grouping === "percentStacked") return `${direction}Stacked100`;
  return `${direction}Clustered`;
}

/** A series in one row of cells is read by rows; one in a column (or a single cell) by columns. */
function seriesDirection(values: string): "Columns" | "Rows" {
  const bounds = parseRange(values);
  return bounds !== undefined && rangeHeight(bounds) === 1 && rangeWidth(bounds) > 1
    ? "Rows"
    : "Columns";
}

function describeSeries(
  series: ChartSeriesApi,
  sheet: WorksheetApi,
  chart: ChartPlan,
  index: number,
): void {
  const plan = chart.series[index];
  if (plan === undefined) return;
  series.name = plan.name;
  const xValues = chart.kind === "scatter" ? plan.xValues : chart.categories;
  if (xValues !== undefined) series.setXAxisValues(sheet.getRange(xValues));
  const colour =
    plan.colour ?? DEFAULT_SERIES_COLOURS[index % DEFAULT_SERIES_COLOURS.length] ?? "#0072B2";
  // A radar series is a line; a scatter's points are markers; a bar series a filled shape.
  if (chart.kind === "radar") series.format.line.color = colour;
  else if (chart.kind === "scatter") {
    series.markerBackgroundColor = colour;
    series.markerForegroundColor = colour;
  } else series.format.fill.setSolidColor(colour);
}
