// The indicator component of the programme as tables a filter, a pivot table or a chart can use:
// C2C_ProgrammeGoals (one row per partnership, city and goal: the goal in its latest year with an
// index, with coverage, band and trend) and C2C_ProgrammeObjectives (one row per city and EC
// objective). Rows are sorted by goal (objective), then partnership and city as consolidated, so each
// goal's rows are one slice the Programme sheet's MEDIAN and QUARTILE take. A last column, *Counted
// index*, is the index when its coverage meets the programme's threshold (a formula on the Programme
// sheet's rule cell), blank otherwise: what the programme's distributions are made of. The last two,
// the city's indicator rows of the goal over every year and how many have a value, are what the
// goal's data coverage across the programme is taken over. The very last, *City SDG index trend*, is
// the trend class of the city's overall SDG index, the same on each of the city's rows, so a
// workbook read back (`c2c report`) has it without the Cities sheet, which is not a table.

import { catalogue } from "../../catalogue";
import type { ObjectiveId } from "../../catalogue/types";
import { and, BLANK, call, ge, ifThen, ref } from "../../formula/expr";
import type { ChartPlan, SheetPlan } from "../../plan/types";
import { at, span, widthsFrom } from "../../templates/grid";
import { compileSheet, type TemplateCell } from "../../templates/sheetTemplate";
import { CHART_COLOURS, NUMBER_FORMATS } from "../../templates/styles";
import type { TrendClass } from "../../scoring";
import type { ProgrammeWords } from "../texts";
import type { CityGoal, CityObjective, PartnershipSummary, Programme } from "../types";
import { sampleBanner } from "./banner";
import {
  FIRST_TABLE_ROW,
  GOALS_SHEET,
  OBJECTIVES_SHEET,
  PROGRAMME_GOALS_TABLE,
  PROGRAMME_OBJECTIVES_TABLE,
  PROGRAMME_SHEET,
  ruleCell,
  TABLE_HEADER_ROW,
  type Slice,
} from "./layout";

export const GOAL_TABLE_COLUMNS = [
  "Source",
  "Partnership",
  "City",
  "Year",
  "Goal",
  "Index",
  "Coverage",
  "Band",
  "Trend",
  "Counted index",
  "Indicator rows",
  "Rows with a value",
  "City SDG index trend",
] as const;

export const OBJECTIVE_TABLE_COLUMNS = [
  "Source",
  "Partnership",
  "City",
  "Year",
  "Objective",
  "Index",
  "Coverage",
  "Counted index",
] as const;

/** Column letters the Programme and Cities sheets refer to. */
export const GOAL_COLUMNS = { goal: "E", index: "F", coverage: "G", trend: "I", counted: "J" };
export const OBJECTIVE_COLUMNS = { index: "F", coverage: "G", counted: "H" };

export interface CityTables {
  readonly goalsSheet: SheetPlan;
  readonly objectivesSheet: SheetPlan;
  /** Each goal's rows in C2C_ProgrammeGoals. */
  readonly goalSlices: ReadonlyMap<number, Slice>;
  /** Each objective's rows in C2C_ProgrammeObjectives. */
  readonly objectiveSlices: ReadonlyMap<ObjectiveId, Slice>;
  /** The row of a city's goal in C2C_ProgrammeGoals, by cityGoalKey. */
  readonly goalRowOf: ReadonlyMap<string, number>;
}

/** The key of a partnership's (by its index) city's goal in goalRowOf. */
export function cityGoalKey(partnership: number, city: string, goal: number): string {
  return `${partnership}\u0000${city}\u0000${goal}`;
}

export function cityTables(
  programme: Programme,
  sampleData: boolean,
  words: ProgrammeWords,
): CityTables {
  const goals = goalsSheet(programme, sampleData, words);
  const objectives = objectivesSheet(programme, sampleData, words);
  return {
    goalsSheet: goals.sheet,
    objectivesSheet: objectives.sheet,
    goalSlices: goals.slices,
    objectiveSlices: objectives.slices,
    goalRowOf: goals.rowOf,
  };
}

interface Entry<Item> {
  readonly partnershipIndex: number;
  readonly partnership: PartnershipSummary;
  readonly item: Item;
}

/** Entries grouped by key in the order of `keys`, each group in partnership order. */
function groupedBy<Item, Key>(
  partnerships: readonly PartnershipSummary[],
  itemsOf: (partnership: PartnershipSummary) => readonly Item[],
  keyOf: (item: Item) => Key,
  keys: readonly Key[],
): Map<Key, Entry<Item>[]> {
  const groups = new Map<Key, Entry<Item>[]>(keys.map((key) => [key, []]));
  partnerships.forEach((partnership, partnershipIndex) => {
    for (const item of itemsOf(partnership))
      groups.get(keyOf(item))?.push({ partnershipIndex, partnership, item });
  });
  return groups;
}

function goalsSheet(
  programme: Programme,
  sampleData: boolean,
  words: ProgrammeWords,
): { sheet: SheetPlan; slices: Map<number, Slice>; rowOf: Map<string, number> } {
  const groups = groupedBy<CityGoal, number>(
    programme.partnerships,
    (partnership) => partnership.goals,
    (goal) => goal.goal,
    programme.goals.map((goal) => goal.goal),
  );
  const slices = new Map<number, Slice>();
  const rowOf = new Map<string, number>();
  const cells: TemplateCell[] = [];
  let row = FIRST_TABLE_ROW;
  for (const [goal, entries] of groups) {
    if (entries.length === 0) continue;
    slices.set(goal, { first: row, last: row + entries.length - 1 });
    for (const { partnershipIndex, partnership, item } of entries) {
      const rowsOf = (of: CityGoal) =>
        partnership.goalRows.find((rows) => rows.city === of.city && rows.goal === of.goal);
      rowOf.set(cityGoalKey(partnershipIndex, item.city, goal), row);
      cells.push(
        ...identityCells(row, partnership, item.city),
        { address: at(row, 4), value: item.year, numberFormat: NUMBER_FORMATS.year },
        { address: at(row, 5), value: goal, numberFormat: NUMBER_FORMATS.whole },
        { address: at(row, 6), value: item.index, numberFormat: NUMBER_FORMATS.hundred },
        { address: at(row, 7), value: item.coverage, numberFormat: NUMBER_FORMATS.percent },
        { address: at(row, 8), value: words.templates.label(item.band) },
        { address: at(row, 9), value: words.templates.label(item.trend) },
        countedCell(GOALS_SHEET, row, 10, GOAL_COLUMNS, item, programme),
        {
          address: at(row, 11),
          value: rowsOf(item)?.rows ?? 0,
          numberFormat: NUMBER_FORMATS.whole,
        },
        {
          address: at(row, 12),
          value: rowsOf(item)?.withValue ?? 0,
          numberFormat: NUMBER_FORMATS.whole,
        },
        { address: at(row, 13), value: cityTrendOf(partnership, item.city) },
      );
      row += 1;
    }
  }
  const lastRow = Math.max(row - 1, FIRST_TABLE_ROW);
  const scatter: ChartPlan = {
    kind: "scatter",
    title: words.text("goals.chartTitle"),
    anchor: span(1, GOAL_TABLE_COLUMNS.length + 2, 22, GOAL_TABLE_COLUMNS.length + 11),
    series: [
      {
        name: words.text("goals.series"),
        xValues: `${GOAL_COLUMNS.goal}${FIRST_TABLE_ROW}:${GOAL_COLUMNS.goal}${lastRow}`,
        values: `${GOAL_COLUMNS.counted}${FIRST_TABLE_ROW}:${GOAL_COLUMNS.counted}${lastRow}`,
        colour: CHART_COLOURS.goals,
      },
    ],
    xAxis: { min: 0, max: 18, majorUnit: 1, numberFormat: NUMBER_FORMATS.whole },
    valueAxis: { min: 0, max: 100, numberFormat: NUMBER_FORMATS.whole },
  };
  return {
    sheet: tableSheet({
      name: GOALS_SHEET,
      table: PROGRAMME_GOALS_TABLE,
      title: words.text("goals.title"),
      subtitle: words.text("goals.subtitle", {
        countedIndex: words.templates.header("Counted index"),
      }),
      columns: GOAL_TABLE_COLUMNS,
      widths: [30, 44, 24, 7, 7, 9, 10, 22, 21, 15, 15, 18, 21],
      cells,
      lastRow,
      sampleData,
      words,
      charts: slices.size === 0 ? [] : [scatter],
    }),
    slices,
    rowOf,
  };
}

/** The trend class of the city's overall SDG index, as the Cities sheet shows it. */
function cityTrendOf(partnership: PartnershipSummary, city: string): TrendClass {
  return partnership.sdgTrends.find((entry) => entry.city === city)?.trend ?? "Insufficient data";
}

function objectivesSheet(
  programme: Programme,
  sampleData: boolean,
  words: ProgrammeWords,
): { sheet: SheetPlan; slices: Map<ObjectiveId, Slice> } {
  const groups = groupedBy<CityObjective, ObjectiveId>(
    programme.partnerships,
    (partnership) => partnership.objectives,
    (objective) => objective.objective,
    catalogue.objectives.map((objective) => objective.id),
  );
  const slices = new Map<ObjectiveId, Slice>();
  const cells: TemplateCell[] = [];
  let row = FIRST_TABLE_ROW;
  for (const [objective, entries] of groups) {
    if (entries.length === 0) continue;
    slices.set(objective, { first: row, last: row + entries.length - 1 });
    for (const { partnership, item } of entries) {
      cells.push(
        ...identityCells(row, partnership, item.city),
        { address: at(row, 4), value: item.year, numberFormat: NUMBER_FORMATS.year },
        { address: at(row, 5), value: objective },
        { address: at(row, 6), value: item.index, numberFormat: NUMBER_FORMATS.hundred },
        { address: at(row, 7), value: item.coverage, numberFormat: NUMBER_FORMATS.percent },
        countedCell(OBJECTIVES_SHEET, row, 8, OBJECTIVE_COLUMNS, item, programme),
      );
      row += 1;
    }
  }
  return {
    sheet: tableSheet({
      name: OBJECTIVES_SHEET,
      table: PROGRAMME_OBJECTIVES_TABLE,
      title: words.text("objectives.title"),
      subtitle: words.text("objectives.subtitle", {
        countedIndex: words.templates.header("Counted index"),
      }),
      columns: OBJECTIVE_TABLE_COLUMNS,
      widths: [30, 44, 24, 7, 11, 9, 10, 15],
      cells,
      lastRow: Math.max(row - 1, FIRST_TABLE_ROW),
      sampleData,
      words,
      charts: [],
    }),
    slices,
  };
}

function identityCells(row: number, partnership: PartnershipSummary, city: string): TemplateCell[] {
  return [
    { address: at(row, 1), value: partnership.source },
    { address: at(row, 2), value: partnership.name },
    { address: at(row, 3), value: city },
  ];
}

/** =IF(AND(ISNUMBER(index),coverage>=threshold),index,"") with the value it computes. */
function countedCell(
  sheet: string,
  row: number,
  column: number,
  columns: { readonly index: string; readonly coverage: string },
  item: { readonly index: number | null; readonly coverage: number },
  programme: Programme,
): TemplateCell {
  const index = ref(sheet, `${columns.index}${row}`);
  const counted = item.index !== null && item.coverage >= programme.settings.coverageThreshold;
  return {
    address: at(row, column),
    value: counted ? item.index : "",
    numberFormat: NUMBER_FORMATS.hundred,
    expr: ifThen(
      and(
        call("ISNUMBER", index),
        ge(
          ref(sheet, `${columns.coverage}${row}`),
          ref(PROGRAMME_SHEET, ruleCell("coverageThreshold")),
        ),
      ),
      index,
      BLANK,
    ),
  };
}

interface TableSheet {
  readonly name: string;
  readonly table: string;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly string[];
  readonly widths: readonly number[];
  readonly cells: readonly TemplateCell[];
  readonly lastRow: number;
  readonly sampleData: boolean;
  readonly words: ProgrammeWords;
  readonly charts: readonly ChartPlan[];
}

function tableSheet(sheet: TableSheet): SheetPlan {
  const columns = sheet.columns.map((column) => sheet.words.templates.header(column));
  const headers = columns.map((header, index): TemplateCell => ({
    address: at(TABLE_HEADER_ROW, index + 1),
    value: header,
    style: "header",
  }));
  return compileSheet({
    name: sheet.name,
    owned: true,
    cells: [
      { address: "A1", value: sheet.title, style: "title" },
      { address: "A2", value: sheet.subtitle, style: "subtitle" },
      ...(sheet.sampleData ? sampleBanner(sheet.words, 4, 3) : []),
      ...headers,
      ...sheet.cells,
    ],
    tables: [
      {
        name: sheet.table,
        // A table has at least one data row: without any city, an empty one.
        range: span(TABLE_HEADER_ROW, 1, sheet.lastRow, columns.length),
        columns,
        style: "TableStyleMedium2",
        showRowStripes: true,
      },
    ],
    charts: sheet.charts,
    columnWidths: widthsFrom(sheet.widths),
    freeze: { rows: TABLE_HEADER_ROW, columns: 3 },
    print: { orientation: "landscape", fitToWidth: true },
  });
}
