// One partner city on the Scoreboard: its SDG table in its latest year (index, distance, coverage,
// band, trend, distance closed) with a bar chart of the goal indices; the goal indices by year that
// the trends are read from; and the four EC objectives.

import { catalogue, findGoal } from "../../catalogue";
import type { CitySdgResult, GoalIndexResult, TrendResult } from "../../assessment/types";
import { ref, num, text, type Expr, call, ifThen } from "../../formula/expr";
import {
  NO_DATA,
  baseYearFormula,
  coverageFormula,
  distanceClosedFormula,
  distanceFormula,
  goalIndexFormula,
  indexBandFormula,
  latestYearFormula,
  meanOfNumbersFormula,
  objectiveIndexFormula,
  scoreInYearFormula,
  sdgBandFormula,
  trendFormula,
  type CriterionPair,
  type TrendCells,
} from "../../formula/indicatorFormulas";
import { INDICATOR_HEADERS } from "../../model/contract";
import { at, span } from "../grid";
import { columnRange } from "../layout";
import { shown, type TemplateCell } from "../sheetTemplate";
import { CHART_COLOURS, SDG_BAND_COLOURS } from "../styles";
import type { TemplateTextKey, TemplateWords } from "../texts";
import { bandByLabelFormat, bandLabelFormat, type Block, type ScoreboardContext } from "./block";
import type { ChartPlan, ConditionalFormatPlan } from "../../plan/types";

export const SDG_HEADERS = [
  "Goal",
  "Name",
  "Index",
  "Distance",
  "Coverage",
  "Band",
  "Trend",
  "Distance closed",
];

export interface CityBlock extends Block {
  /** Sheet row of each goal in the city's SDG table. */
  readonly rowOfGoal: ReadonlyMap<number, number>;
  /** The cell of the city's overall SDG index in its latest year (the DAC lens's impact reads it). */
  readonly overallIndexCell: string;
}

const SDG_HEADER_KEYS: readonly TemplateTextKey[] = [
  "scoreboard.goal",
  "scoreboard.name",
  "scoreboard.index",
  "scoreboard.distance",
  "scoreboard.coverage",
  "scoreboard.band",
  "scoreboard.trend",
  "scoreboard.distanceClosed",
];

/** "SDG 6": the short label of a goal, in the language ("ODD 6", "ODS 6"). */
const goalTag = (words: TemplateWords, goal: number): string =>
  words.text("scoreboard.goalTag", { goal });

const goalName = (words: TemplateWords, goal: number, english: string): string =>
  words.catalogue("goalNames", String(goal), english);

const goalLabel = (words: TemplateWords, goal: number): string =>
  `${goalTag(words, goal)} ${goalName(words, goal, findGoal(goal)?.name ?? "")}`.trim();

export function cityBlock(
  context: ScoreboardContext,
  city: CitySdgResult,
  firstRow: number,
): CityBlock {
  const { sheet, scores, refs, words } = context;
  const table = context.layout.tables.indicators;
  const column = (header: string): Expr | undefined =>
    table === undefined ? undefined : columnRange(table, header);
  const scoreColumn = column(INDICATOR_HEADERS.score);
  const goalColumn = column(INDICATOR_HEADERS.goal);
  const cityColumn = column(INDICATOR_HEADERS.city);
  const yearColumn = column(INDICATOR_HEADERS.year);
  const objectiveColumn = column(INDICATOR_HEADERS.objective);
  const canFilter =
    scoreColumn !== undefined &&
    goalColumn !== undefined &&
    cityColumn !== undefined &&
    yearColumn !== undefined;
  const inCityYear = (year: number): CriterionPair[] =>
    cityColumn === undefined || yearColumn === undefined
      ? []
      : [
          { range: cityColumn, criterion: text(city.city) },
          { range: yearColumn, criterion: num(year) },
        ];
  const cell = (row: number, col: number): Expr => ref(sheet, at(row, col));
  const formula = (expr: Expr | undefined): { expr?: Expr } => (expr === undefined ? {} : { expr });

  const cells: TemplateCell[] = [
    {
      address: at(firstRow, 1),
      value: words.text("scoreboard.sdgProfile", { city: city.city, year: city.latestYear }),
      style: "sectionHeading",
    },
  ];
  const header = firstRow + 1;
  SDG_HEADER_KEYS.forEach((key, index) =>
    cells.push({ address: at(header, index + 1), value: words.text(key), style: "header" }),
  );

  // The by-year block below the SDG table holds the series each trend is read from.
  // A city on the Scoreboard has indicator rows, so it has at least its latest year.
  const years = [
    ...new Set([
      city.latestYear,
      ...scores.goalIndices.filter((entry) => entry.city === city.city).map((entry) => entry.year),
    ]),
  ].sort((a, b) => a - b);
  const goals = city.goals;
  const tableLast = header + goals.length + 1;
  const chartBottom = Math.max(tableLast, firstRow + 16);
  const byYearFirst = chartBottom + 2;
  const byYearHeader = byYearFirst + 1;
  const firstYearColumn = 3;
  const lastYearColumn = firstYearColumn + years.length - 1;
  const helperColumns = {
    baseYear: lastYearColumn + 1,
    baseScore: lastYearColumn + 2,
    latestYear: lastYearColumn + 3,
    latestScore: lastYearColumn + 4,
  };

  const ownIndices = new Map(
    scores.goalIndices
      .filter((entry) => entry.city === city.city)
      .map((entry) => [`${entry.year}:${entry.goal}`, entry]),
  );
  const goalIndexValue = (goal: number, year: number): GoalIndexResult | undefined =>
    ownIndices.get(`${year}:${goal}`);
  const overallValue = (year: number): number | null =>
    scores.overallIndices.find((entry) => entry.city === city.city && entry.year === year)?.index ??
    null;

  /** Writes one by-year row (a goal or the overall index) and returns the trend helper cells. */
  const byYearRow = (
    row: number,
    label: string,
    name: string,
    valueOf: (year: number) => number | null,
    exprOf: (year: number, col: number) => Expr | undefined,
    trend: TrendResult,
  ): TrendCells => {
    cells.push(
      { address: at(row, 1), value: label, style: "label" },
      { address: at(row, 2), value: name, style: "label" },
    );
    years.forEach((year, index) => {
      const col = firstYearColumn + index;
      cells.push({
        address: at(row, col),
        value: shown(valueOf(year)),
        style: "computedHundred",
        ...formula(exprOf(year, col)),
      });
    });
    const series = ref(sheet, span(row, firstYearColumn, row, lastYearColumn));
    const yearRow = ref(sheet, span(byYearHeader, firstYearColumn, byYearHeader, lastYearColumn));
    const points = years.map((_, index) => ({
      score: cell(row, firstYearColumn + index),
      year: cell(byYearHeader, firstYearColumn + index),
    }));
    const scoreIn = (year: number | null): number | null => (year === null ? null : valueOf(year));
    cells.push(
      {
        address: at(row, helperColumns.baseYear),
        value: shown(trend.baseYear),
        style: "computedWhole",
        expr: baseYearFormula(points, series),
      },
      {
        address: at(row, helperColumns.baseScore),
        value: shown(scoreIn(trend.baseYear)),
        style: "computedHundred",
        expr: scoreInYearFormula(series, yearRow, cell(row, helperColumns.baseYear)),
      },
      {
        address: at(row, helperColumns.latestYear),
        value: shown(trend.latestYear),
        style: "computedWhole",
        expr: latestYearFormula(points, series),
      },
      {
        address: at(row, helperColumns.latestScore),
        value: shown(scoreIn(trend.latestYear)),
        style: "computedHundred",
        expr: scoreInYearFormula(series, yearRow, cell(row, helperColumns.latestYear)),
      },
    );
    return {
      count: call("COUNT", series),
      baseYear: cell(row, helperColumns.baseYear),
      baseScore: cell(row, helperColumns.baseScore),
      latestYear: cell(row, helperColumns.latestYear),
      latestScore: cell(row, helperColumns.latestScore),
    };
  };

  cells.push({
    address: at(byYearFirst, 1),
    value: words.text("scoreboard.indexByYear", { city: city.city }),
    style: "sectionHeading",
  });
  [
    words.text("scoreboard.goal"),
    words.text("scoreboard.name"),
    ...years,
    words.text("scoreboard.baseYear"),
    words.text("scoreboard.baseScore"),
    words.text("scoreboard.latestYear"),
    words.text("scoreboard.latestScore"),
  ].forEach((value, index) =>
    cells.push({ address: at(byYearHeader, index + 1), value, style: "header" }),
  );

  const rowOfGoal = new Map<number, number>();
  const latestIndexColumn = firstYearColumn + years.indexOf(city.latestYear);
  goals.forEach((goalRow, index) => {
    const row = header + 1 + index;
    const seriesRow = byYearHeader + 1 + index;
    rowOfGoal.set(goalRow.goal, row);
    const helpers = byYearRow(
      seriesRow,
      goalTag(words, goalRow.goal),
      goalName(words, goalRow.goal, goalRow.name),
      (year) => goalIndexValue(goalRow.goal, year)?.index ?? null,
      (year) =>
        canFilter
          ? goalIndexFormula(scoreColumn, goalColumn, goalRow.goal, inCityYear(year))
          : undefined,
      goalRow.trend,
    );
    const latest = goalRow.latest;
    const latestCriteria: CriterionPair[] =
      goalColumn === undefined
        ? []
        : [{ range: goalColumn, criterion: num(goalRow.goal) }, ...inCityYear(city.latestYear)];
    cells.push(
      { address: at(row, 1), value: goalTag(words, goalRow.goal), style: "label" },
      { address: at(row, 2), value: goalLabel(words, goalRow.goal), style: "label" },
      {
        address: at(row, 3),
        value: shown(latest.index),
        style: "computedHundred",
        expr: ref(sheet, at(seriesRow, latestIndexColumn)),
      },
      {
        address: at(row, 4),
        value: shown(latest.distance),
        style: "computedHundred",
        expr: distanceFormula(cell(row, 3)),
      },
      {
        address: at(row, 5),
        value: latest.coverage,
        style: "computedPercent",
        ...formula(canFilter ? coverageFormula(scoreColumn, latestCriteria) : undefined),
      },
      {
        address: at(row, 6),
        value: words.label(latest.band),
        style: "computedText",
        expr: indexBandFormula(
          cell(row, 3),
          cell(row, 5),
          refs.sdgBand,
          refs.coverageThreshold,
          refs.words,
        ),
      },
      {
        address: at(row, 7),
        value: words.label(goalRow.trend.trendClass),
        style: "computedText",
        expr: trendFormula(
          ref(sheet, span(seriesRow, firstYearColumn, seriesRow, lastYearColumn)),
          ref(sheet, span(byYearHeader, firstYearColumn, byYearHeader, lastYearColumn)),
          refs.targetYear,
          helpers,
          refs.words,
        ),
      },
      {
        address: at(row, 8),
        value: shown(goalRow.trend.distanceClosed),
        style: "computedPercent",
        expr: distanceClosedFormula(helpers),
      },
    );
  });

  // The overall SDG index: the mean of the goal indices that exist, in each year.
  const overallRow = header + 1 + goals.length;
  const overallSeriesRow = byYearHeader + 1 + goals.length;
  const overallHelpers = byYearRow(
    overallSeriesRow,
    words.text("scoreboard.allGoals"),
    words.text("scoreboard.overallIndex"),
    overallValue,
    (_year, col) =>
      goals.length === 0
        ? undefined
        : meanOfNumbersFormula(ref(sheet, span(byYearHeader + 1, col, overallSeriesRow - 1, col))),
    city.overallTrend,
  );
  const overall = city.overall;
  cells.push(
    { address: at(overallRow, 1), value: words.text("scoreboard.allGoals"), style: "header" },
    {
      address: at(overallRow, 2),
      value: words.text("scoreboard.overallIndexMean"),
      style: "header",
    },
    {
      address: at(overallRow, 3),
      value: shown(overall.index),
      style: "computedHundred",
      ...formula(
        goals.length === 0
          ? undefined
          : meanOfNumbersFormula(ref(sheet, span(header + 1, 3, overallRow - 1, 3))),
      ),
    },
    {
      address: at(overallRow, 4),
      value: shown(overall.distance),
      style: "computedHundred",
      expr: distanceFormula(cell(overallRow, 3)),
    },
    {
      address: at(overallRow, 6),
      value: words.label(overall.band),
      style: "computedText",
      expr: ifThen(
        call("ISNUMBER", cell(overallRow, 3)),
        sdgBandFormula(cell(overallRow, 3), refs.sdgBand, refs.words),
        refs.words.label(NO_DATA),
      ),
    },
    {
      address: at(overallRow, 7),
      value: words.label(city.overallTrend.trendClass),
      style: "computedText",
      expr: trendFormula(
        ref(sheet, span(overallSeriesRow, firstYearColumn, overallSeriesRow, lastYearColumn)),
        ref(sheet, span(byYearHeader, firstYearColumn, byYearHeader, lastYearColumn)),
        refs.targetYear,
        overallHelpers,
        refs.words,
      ),
    },
    {
      address: at(overallRow, 8),
      value: shown(city.overallTrend.distanceClosed),
      style: "computedPercent",
      expr: distanceClosedFormula(overallHelpers),
    },
  );

  // EC objectives in the latest year.
  const objectivesFirst = overallSeriesRow + 2;
  const objectivesHeader = objectivesFirst + 1;
  cells.push({
    address: at(objectivesFirst, 1),
    value: words.text("scoreboard.objectivesHeading", { city: city.city, year: city.latestYear }),
    style: "sectionHeading",
  });
  (
    [
      "scoreboard.objective",
      "scoreboard.name",
      "scoreboard.index",
      "scoreboard.coverage",
      "scoreboard.band",
    ] as const
  ).forEach((key, index) =>
    cells.push({
      address: at(objectivesHeader, index + 1),
      value: words.text(key),
      style: "header",
    }),
  );
  city.objectives.forEach((objective, index) => {
    const row = objectivesHeader + 1 + index;
    const criteria: CriterionPair[] =
      objectiveColumn === undefined
        ? []
        : [
            { range: objectiveColumn, criterion: text(objective.objective) },
            ...inCityYear(city.latestYear),
          ];
    const canCompute = canFilter && objectiveColumn !== undefined;
    cells.push(
      { address: at(row, 1), value: objective.objective, style: "label" },
      {
        address: at(row, 2),
        value: words.catalogue(
          "objectiveNames",
          objective.objective,
          catalogue.objectives.find((entry) => entry.id === objective.objective)?.name ??
            objective.objective,
        ),
        style: "label",
      },
      {
        address: at(row, 3),
        value: shown(objective.index),
        style: "computedHundred",
        ...formula(
          canCompute
            ? objectiveIndexFormula(
                scoreColumn,
                objectiveColumn,
                objective.objective,
                inCityYear(city.latestYear),
              )
            : undefined,
        ),
      },
      {
        address: at(row, 4),
        value: objective.coverage,
        style: "computedPercent",
        ...formula(canCompute ? coverageFormula(scoreColumn, criteria) : undefined),
      },
      {
        address: at(row, 5),
        value: words.label(objective.band),
        style: "computedText",
        expr: indexBandFormula(
          cell(row, 3),
          cell(row, 4),
          refs.sdgBand,
          refs.coverageThreshold,
          refs.words,
        ),
      },
    );
  });
  const objectivesLast = objectivesHeader + city.objectives.length;

  const conditionalFormats: ConditionalFormatPlan[] = [
    bandLabelFormat(span(header + 1, 6, overallRow, 6), SDG_BAND_COLOURS, words),
    bandByLabelFormat(span(header + 1, 3, overallRow, 3), "F", header + 1, SDG_BAND_COLOURS, words),
    bandLabelFormat(
      span(objectivesHeader + 1, 5, Math.max(objectivesLast, objectivesHeader + 1), 5),
      SDG_BAND_COLOURS,
      words,
    ),
  ];
  const charts: ChartPlan[] =
    goals.length === 0
      ? []
      : [
          {
            kind: "bar",
            barDirection: "horizontal",
            title: words.text("scoreboard.sdgChart", { city: city.city, year: city.latestYear }),
            anchor: span(firstRow, 11, chartBottom, 18),
            // The short "SDG n" labels of column A: the goal names wrap over several lines in a
            // bar chart's axis, and then only every other goal gets a label.
            categories: span(header + 1, 1, overallRow - 1, 1),
            series: [
              {
                name: words.text("scoreboard.indexHundred"),
                values: span(header + 1, 3, overallRow - 1, 3),
                colour: CHART_COLOURS.goals,
              },
            ],
            valueAxis: { min: 0, max: 100, numberFormat: "0" },
          },
        ];
  return {
    cells,
    conditionalFormats,
    charts,
    nextRow: objectivesLast + 2,
    rowOfGoal,
    overallIndexCell: at(overallRow, 3),
  };
}
