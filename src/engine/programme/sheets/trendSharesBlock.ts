// The share of cities in each SDSN trend class, per goal (over the goal's Trend slice of
// C2C_ProgrammeGoals, low-coverage cities included: a trend is a trend) and for the overall SDG index
// (over the Cities sheet's trend column), with a stacked bar of the goals beside it.

import { call, div, eq, ifThen, num, ref, text, type Expr } from "../../formula/expr";
import type { ChartPlan } from "../../plan/types";
import type { TrendClass } from "../../scoring";
import { at, span } from "../../templates/grid";
import type { Block } from "../../templates/scoreboard/block";
import type { TemplateCell } from "../../templates/sheetTemplate";
import { TREND_COLOURS } from "../../templates/styles";
import { TREND_CLASSES } from "../labels";
import type { ProgrammeWords } from "../texts";
import type { Programme } from "../types";
import { CITY_SDG_TREND_COLUMN } from "./citiesSheet";
import { GOAL_COLUMNS } from "./cityTables";
import { CITIES_SHEET, GOALS_SHEET, sliceRange, type Slice } from "./layout";
import { CHART_COLUMN, CHART_WIDTH } from "./principlesBlock";

export function trendSharesBlock(
  programme: Programme,
  goalSlices: ReadonlyMap<number, Slice>,
  cityRows: Slice,
  firstRow: number,
  words: ProgrammeWords,
): Block {
  const label = (trend: TrendClass): string => words.templates.label(trend);
  const headerRow = firstRow + 1;
  const first = headerRow + 1;
  const cells: TemplateCell[] = [
    { address: at(firstRow, 1), value: words.text("trendShares.heading"), style: "sectionHeading" },
    ...[words.text("header.goal"), words.text("header.name"), ...TREND_CLASSES.map(label)].map(
      (header, index): TemplateCell => ({
        address: at(headerRow, index + 1),
        value: header,
        style: "header",
      }),
    ),
  ];
  const rows = [
    ...programme.goals.map((goal) => {
      const slice = goalSlices.get(goal.goal);
      return {
        id: goal.goal,
        name: words.templates.catalogue("goalNames", String(goal.goal), goal.name),
        shares: goal.trendShares,
        range: slice === undefined ? null : ref(GOALS_SHEET, sliceRange(GOAL_COLUMNS.trend, slice)),
      };
    }),
    {
      id: "SDG",
      name: words.text("trendShares.overall"),
      shares: programme.overall.trendShares,
      range:
        cityRows.last < cityRows.first
          ? null
          : ref(CITIES_SHEET, sliceRange(CITY_SDG_TREND_COLUMN, cityRows)),
    },
  ];
  rows.forEach((entry, index) => {
    const row = first + index;
    cells.push(
      { address: at(row, 1), value: entry.id, style: "label" },
      { address: at(row, 2), value: entry.name, style: "label" },
      ...TREND_CLASSES.map((trend, trendIndex): TemplateCell => ({
        address: at(row, 3 + trendIndex),
        value: entry.shares[trend],
        style: "computedPercent",
        ...(entry.range === null ? {} : { expr: shareFormula(entry.range, label(trend)) }),
      })),
    );
  });
  const last = first + rows.length - 1;
  // Two rows of height per goal: a goal's name wraps to two lines, and a chart too short for its
  // labels shows every other one (LibreOffice drops the labels that would overlap).
  const chartLast = Math.max(last, firstRow + Math.max(18, 10 + 2 * programme.goals.length));
  const charts: ChartPlan[] =
    programme.goals.length === 0
      ? []
      : [
          {
            kind: "bar",
            barDirection: "horizontal",
            grouping: "stacked",
            title: words.text("trendShares.chartTitle"),
            anchor: span(firstRow, CHART_COLUMN, chartLast, CHART_COLUMN + CHART_WIDTH),
            categories: span(first, 2, last - 1, 2),
            series: TREND_CLASSES.map((trend, index) => ({
              name: label(trend),
              values: span(first, 3 + index, last - 1, 3 + index),
              colour: TREND_COLOURS[trend],
            })),
            valueAxis: { min: 0, max: 1, numberFormat: "0%" },
          },
        ];
  return { cells, conditionalFormats: [], charts, nextRow: chartLast + 2 };
}

/** The share of a range's cells holding the trend class's label as the workbook writes it. */
function shareFormula(range: Expr, trend: string): Expr {
  const rows = call("ROWS", range);
  return ifThen(eq(rows, num(0)), num(0), div(call("COUNTIFS", range, text(trend)), rows));
}
