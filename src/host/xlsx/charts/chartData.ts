// The values a chart's ranges hold, taken from the plan's own cells (the values the engine
// computed), to fill the chart part's caches.

import {
  formatCellAddress,
  parseCellAddress,
  parseRange,
  rangePositions,
} from "../../../engine/plan/address";
import type { ChartPlan, PlanScalar, SheetPlan } from "../../../engine/plan/types";
import type { ChartData } from "./chartXml";

export function chartData(chart: ChartPlan, sheetPlan: SheetPlan, writtenSheet: string): ChartData {
  const values = new Map<string, PlanScalar>();
  for (const cell of sheetPlan.cells) {
    const position = parseCellAddress(cell.address);
    if (position !== undefined) values.set(formatCellAddress(position), cell.value);
  }
  const cellsOf = (range: string): PlanScalar[] => {
    const bounds = parseRange(range);
    if (bounds === undefined) throw new RangeError(`"${range}" is not a range`);
    return rangePositions(bounds).map(
      (position) => values.get(formatCellAddress(position)) ?? null,
    );
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

function numbersOf(values: readonly PlanScalar[]): (number | null)[] {
  return values.map((value) => (typeof value === "number" ? value : null));
}
