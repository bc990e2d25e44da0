// The Cities sheet: the heat map of cities × goals. One row per city with indicator data: its
// overall SDG index and trend (the programme's figures for the overall index are taken over this
// column), then each goal's index and, to the right, its coverage, both read from
// C2C_ProgrammeGoals by formula. Indices are coloured by SDSN band, grey where the coverage is below
// the programme's threshold (shown, not banded), with the labels in a legend.

import { BLANK, call, ifThen, ref } from "../../formula/expr";
import type { SheetPlan } from "../../plan/types";
import { at, letters, span, widthsFrom } from "../../templates/grid";
import { compileSheet, shown, type TemplateCell } from "../../templates/sheetTemplate";
import { NUMBER_FORMATS } from "../../templates/styles";
import type { ProgrammeWords } from "../texts";
import type { Programme } from "../types";
import { sampleBanner } from "./banner";
import { cityGoalKey, GOAL_COLUMNS } from "./cityTables";
import { bandLegend, sdgHeatMap } from "./heatMapFormats";
import { CITIES_SHEET, GOALS_SHEET } from "./layout";

const HEADER_ROW = 6;
const FIRST_ROW = HEADER_ROW + 1;
const FIRST_GOAL_COLUMN = 6;
export const CITY_SDG_INDEX_COLUMN = "D";
export const CITY_SDG_TREND_COLUMN = "E";

export interface CitiesSheet {
  readonly sheet: SheetPlan;
  /** The rows of the cities (first > last when there is none). */
  readonly first: number;
  readonly last: number;
}

export function citiesSheet(
  programme: Programme,
  goalRowOf: ReadonlyMap<string, number>,
  sampleData: boolean,
  words: ProgrammeWords,
): CitiesSheet {
  const goals = programme.goals.map((goal) => goal.goal);
  const coverageColumn = (goalIndex: number): number =>
    FIRST_GOAL_COLUMN + goals.length + 1 + goalIndex;
  const legend = bandLegend(4, 1, "sdg", words);
  const cells: TemplateCell[] = [
    { address: "A1", value: words.text("cities.title"), style: "title" },
    {
      address: "A2",
      value: words.text("cities.subtitle", { goalsSheet: GOALS_SHEET }),
      style: "subtitle",
    },
    ...(sampleData ? sampleBanner(words, 4, 3) : []),
    ...legend.cells,
    ...[
      words.templates.header("City"),
      words.templates.header("Partnership"),
      words.templates.header("Year"),
      words.text("header.sdgIndex"),
      words.text("header.sdgIndexTrend"),
    ].map((header, index): TemplateCell => ({
      address: at(HEADER_ROW, index + 1),
      value: header,
      style: "header",
    })),
    ...goals.flatMap((goal, index): TemplateCell[] => [
      {
        address: at(HEADER_ROW, FIRST_GOAL_COLUMN + index),
        value: words.text("header.sdgGoal", { goal }),
        style: "header",
      },
      {
        address: at(HEADER_ROW, coverageColumn(index)),
        value: words.text("header.coverageGoal", { goal }),
        style: "header",
      },
    ]),
  ];
  let row = FIRST_ROW;
  programme.partnerships.forEach((partnership, partnershipIndex) => {
    partnership.sdgIndices.forEach((city, cityIndex) => {
      const trend = partnership.sdgTrends[cityIndex]?.trend ?? "Insufficient data";
      cells.push(
        { address: at(row, 1), value: city.city, style: "label" },
        { address: at(row, 2), value: partnership.name },
        { address: at(row, 3), value: city.year, numberFormat: NUMBER_FORMATS.year },
        { address: at(row, 4), value: city.index, numberFormat: NUMBER_FORMATS.hundred },
        { address: at(row, 5), value: words.templates.label(trend) },
      );
      const byGoal = new Map(
        partnership.goals
          .filter((goal) => goal.city === city.city)
          .map((goal) => [goal.goal, goal]),
      );
      goals.forEach((goal, index) => {
        const entry = byGoal.get(goal);
        const tableRow = goalRowOf.get(cityGoalKey(partnershipIndex, city.city, goal));
        if (entry === undefined || tableRow === undefined) return;
        const indexRef = ref(GOALS_SHEET, `${GOAL_COLUMNS.index}${tableRow}`);
        cells.push(
          {
            address: at(row, FIRST_GOAL_COLUMN + index),
            value: shown(entry.index),
            numberFormat: NUMBER_FORMATS.hundred,
            // A reference to an empty cell would show 0.
            expr: ifThen(call("ISNUMBER", indexRef), indexRef, BLANK),
          },
          {
            address: at(row, coverageColumn(index)),
            value: entry.coverage,
            numberFormat: NUMBER_FORMATS.percent,
            expr: ref(GOALS_SHEET, `${GOAL_COLUMNS.coverage}${tableRow}`),
          },
        );
      });
      row += 1;
    });
  });
  const last = row - 1;
  const limits = programme.settings.sdgBandLimits;
  const formats = [legend.format];
  if (last >= FIRST_ROW) {
    formats.push(
      sdgHeatMap(span(FIRST_ROW, 4, last, 4), `${CITY_SDG_INDEX_COLUMN}${FIRST_ROW}`, limits),
    );
    if (goals.length > 0)
      formats.push(
        sdgHeatMap(
          span(FIRST_ROW, FIRST_GOAL_COLUMN, last, FIRST_GOAL_COLUMN + goals.length - 1),
          at(FIRST_ROW, FIRST_GOAL_COLUMN),
          limits,
          `${letters(coverageColumn(0))}${FIRST_ROW}<${programme.settings.coverageThreshold}`,
        ),
      );
  }
  return {
    sheet: compileSheet({
      name: CITIES_SHEET,
      owned: true,
      cells,
      conditionalFormats: formats,
      columnWidths: widthsFrom([
        24,
        44,
        7,
        11,
        21,
        ...goals.map(() => 8),
        3,
        ...goals.map(() => 17),
      ]),
      freeze: { rows: HEADER_ROW, columns: 1 },
      print: { orientation: "landscape", fitToWidth: true },
    }),
    first: FIRST_ROW,
    last,
  };
}
