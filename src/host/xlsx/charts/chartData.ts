// The values a chart's ranges hold, taken from the plan's own cells (the values the engine
// computed), to fill the chart part's caches.

import { parseCellAddress, parseRange, rangePositions } from "../../../engine/plan/address";
import type { CellPosition } from "../../../engine/plan/address";
import type { ChartPlan, PlanScalar, SheetPlan } from "../../../engine/plan/types";
import type { ChartData } from "./chartXml";

export function chartData(chart: ChartPlan, sheetPlan: SheetPlan, writtenSheet: string): ChartData {
  const values = planValues(sheetPlan);
  const cellsOf = (range: string): PlanScalar[] => {
    const bounds = parseRange(range);
    if (bounds === undefined) throw new RangeError(`"${range}" is not a range`);
    return rangePositions(bounds).map((position) => values.get(positionKey(position)) ?? null);
  };
  return {
    plan: chart,
    sheet: writtenSheet,
    categories:
      chart.categories === undefined
        ? []
        : cellsOf(chart.categories).map((value) => (value === null ? "" : String(value))),
    values: chart.series.map((series) => numbersOf(cellsOf(series.values))),
    xValues: chart.series.map((series) =>
      series.xValues === undefined ? [] : numbersOf(cellsOf(series.xValues)),
    ),
  };
}

// A sheet with several charts over a long list would otherwise index its cells once per chart;
// plans are not changed once made, so one index per plan object serves every chart on it.
const valuesByPlan = new WeakMap<SheetPlan, Map<number, PlanScalar>>();

/** The plan's cell values by position (the last cell planned at a position wins). */
function planValues(sheetPlan: SheetPlan): Map<number, PlanScalar> {
  const known = valuesByPlan.get(sheetPlan);
  if (known !== undefined) return known;
  const values = new Map<number, PlanScalar>();
  for (const cell of sheetPlan.cells) {
    const position = parseCellAddress(cell.address);
    if (position !== undefined) values.set(positionKey(position), cell.value);
  }
  valuesByPlan.set(sheetPlan, values);
  return values;
}

/** One number per position: rows times a span wider than Excel's 16,384 columns, plus the column. */
function positionKey(position: CellPosition): number {
  return position.row * 32_768 + position.column;
}

function numbersOf(values: readonly PlanScalar[]): (number | null)[] {
  return values.map((value) => (typeof value === "number" ? value : null));
}
