// The lower parts of the Scoreboard: strengths and priorities (each score a reference to its line
// in the tables above), data coverage and disaggregation, and the action plan's status counts.

import type {
  DataCoverage,
  GoalHighlight,
  Highlights,
  PrincipleHighlight,
} from "../../assessment/types";
import {
  BLANK,
  add,
  call,
  div,
  gt,
  mul,
  num,
  ref,
  sub,
  sum,
  text,
  type Expr,
} from "../../formula/expr";
import { ACTION_HEADERS, INDICATOR_HEADERS } from "../../model/contract";
import { ACTION_STATUSES } from "../../model/types";
import { at } from "../grid";
import { columnRange } from "../layout";
import { shown, type TemplateCell } from "../sheetTemplate";
import { PRINCIPLE_BAND_COLOURS, SDG_BAND_COLOURS } from "../styles";
import { countToken } from "../../formula/formulaWords";
import type { TemplateTextKey } from "../texts";
import { bandLabelFormat, type Block, type ScoreboardContext } from "./block";

export interface HighlightRows {
  readonly rowOfPrinciple: ReadonlyMap<string, number>;
  /** city → goal → row of the city's SDG table. */
  readonly rowOfGoal: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

export function highlightsBlock(
  context: ScoreboardContext,
  firstRow: number,
  rows: HighlightRows,
): Block {
  const { sheet, scores, words } = context;
  const cells: TemplateCell[] = [
    {
      address: at(firstRow, 1),
      value: words.text("scoreboard.highlightsHeading"),
      style: "sectionHeading",
    },
  ];
  const header = firstRow + 1;
  (
    [
      "scoreboard.kind",
      "scoreboard.principleOrGoal",
      "scoreboard.score",
      "scoreboard.band",
      "scoreboard.city",
    ] as const
  ).forEach((key, index) =>
    cells.push({ address: at(header, index + 1), value: words.text(key), style: "header" }),
  );
  let row = header;
  const principleBandRows: number[] = [];
  const goalBandRows: number[] = [];
  const principleLine = (kind: string, highlight: PrincipleHighlight): void => {
    row += 1;
    const source = rows.rowOfPrinciple.get(highlight.principle);
    principleBandRows.push(row);
    cells.push(
      { address: at(row, 1), value: kind, style: "label" },
      {
        address: at(row, 2),
        value: `${highlight.principle} ${words.catalogue("principleNames", highlight.principle, highlight.name)}`,
        style: "label",
      },
      {
        address: at(row, 3),
        value: highlight.score,
        style: "computedFivePoint",
        ...(source === undefined ? {} : { expr: ref(sheet, at(source, 3)) }),
      },
      {
        address: at(row, 4),
        value: words.label(highlight.band),
        style: "computedText",
        ...(source === undefined ? {} : { expr: ref(sheet, at(source, 5)) }),
      },
    );
  };
  const goalLine = (kind: string, highlight: GoalHighlight): void => {
    row += 1;
    const source = rows.rowOfGoal.get(highlight.city)?.get(highlight.goal);
    goalBandRows.push(row);
    cells.push(
      { address: at(row, 1), value: kind, style: "label" },
      {
        address: at(row, 2),
        value: `${words.text("scoreboard.goalTag", { goal: highlight.goal })} ${words.catalogue("goalNames", String(highlight.goal), highlight.name)}`,
        style: "label",
      },
      {
        address: at(row, 3),
        value: highlight.index,
        style: "computedHundred",
        ...(source === undefined ? {} : { expr: ref(sheet, at(source, 3)) }),
      },
      {
        address: at(row, 4),
        value: words.label(highlight.band),
        style: "computedText",
        ...(source === undefined ? {} : { expr: ref(sheet, at(source, 6)) }),
      },
      { address: at(row, 5), value: highlight.city, style: "label" },
    );
  };
  const lines = (
    kinds: { principle: TemplateTextKey; goal: TemplateTextKey },
    highlights: Highlights,
  ): void => {
    highlights.principles.forEach((highlight) => {
      principleLine(words.text(kinds.principle), highlight);
    });
    highlights.goals.forEach((highlight) => {
      goalLine(words.text(kinds.goal), highlight);
    });
  };
  lines(
    { principle: "scoreboard.strengthPrinciple", goal: "scoreboard.strengthGoal" },
    scores.strengths,
  );
  lines(
    { principle: "scoreboard.priorityPrinciple", goal: "scoreboard.priorityGoal" },
    scores.priorities,
  );
  if (row === header) {
    row += 1;
    cells.push({
      address: at(row, 1),
      value: words.text("scoreboard.noHighlights"),
      style: "note",
    });
  }
  return {
    cells,
    conditionalFormats: [
      ...principleBandRows.map((bandRow) =>
        bandLabelFormat(at(bandRow, 4), PRINCIPLE_BAND_COLOURS, words),
      ),
      ...goalBandRows.map((bandRow) => bandLabelFormat(at(bandRow, 4), SDG_BAND_COLOURS, words)),
    ],
    charts: [],
    nextRow: row + 2,
  };
}

/** Value and disaggregation coverage: every indicator row, then each city in its latest year. */
export function dataCoverageBlock(context: ScoreboardContext, firstRow: number): Block {
  const { sheet, scores, words } = context;
  const table = context.layout.tables.indicators;
  const column = (header: string): Expr | undefined =>
    table === undefined ? undefined : columnRange(table, header);
  const codes = column(INDICATOR_HEADERS.code);
  const values = column(INDICATOR_HEADERS.value);
  const disaggregated = column(INDICATOR_HEADERS.disaggregated);
  const cities = column(INDICATOR_HEADERS.city);
  const years = column(INDICATOR_HEADERS.year);
  const header = firstRow + 1;
  const cells: TemplateCell[] = [
    {
      address: at(firstRow, 1),
      value: words.text("scoreboard.coverageHeading"),
      style: "sectionHeading",
    },
  ];
  [
    words.text("scoreboard.rows"),
    "",
    words.text("scoreboard.indicatorRows"),
    words.text("scoreboard.withValue"),
    words.text("scoreboard.coverage"),
    words.text("scoreboard.disaggregated"),
    words.text("scoreboard.disaggregationShare"),
  ].forEach((value, index) => {
    if (value !== "") cells.push({ address: at(header, index + 1), value, style: "header" });
  });
  const formula = (expr: Expr | undefined): { expr?: Expr } => (expr === undefined ? {} : { expr });
  // A numeric criterion counts only cells holding a number: the rows with a value.
  const hasValue = values && { range: values, criterion: text(">=-1E+300") };
  const line = (
    row: number,
    label: string,
    coverage: DataCoverage,
    criteria: readonly Expr[] | undefined,
  ): void => {
    const cell = (col: number): Expr => ref(sheet, at(row, col));
    const all =
      criteria === undefined
        ? undefined
        : criteria.length === 0
          ? codes && call("COUNTA", codes)
          : call("COUNTIFS", ...criteria);
    const withValue =
      criteria === undefined || hasValue === undefined
        ? undefined
        : call("COUNTIFS", ...criteria, hasValue.range, hasValue.criterion);
    const disaggregatedValues =
      criteria === undefined || hasValue === undefined || disaggregated === undefined
        ? undefined
        : countToken(disaggregated, "flag", "y", [...criteria, hasValue.range, hasValue.criterion]);
    cells.push(
      { address: at(row, 1), value: label, style: "label" },
      { address: at(row, 3), value: coverage.rows, style: "computedWhole", ...formula(all) },
      {
        address: at(row, 4),
        value: coverage.withValue,
        style: "computedWhole",
        ...formula(withValue),
      },
      {
        address: at(row, 5),
        value: shown(coverage.share),
        style: "computedPercent",
        expr: call("IFERROR", div(cell(4), cell(3)), BLANK),
      },
      {
        address: at(row, 6),
        value: coverage.disaggregated,
        style: "computedWhole",
        ...formula(disaggregatedValues),
      },
      {
        address: at(row, 7),
        value: shown(coverage.disaggregationShare),
        style: "computedPercent",
        expr: call("IFERROR", div(cell(6), cell(4)), BLANK),
      },
    );
  };
  line(header + 1, words.text("scoreboard.allIndicatorRows"), scores.dataCoverage, []);
  scores.cities.forEach((city, index) => {
    const criteria =
      cities && years ? [cities, text(city.city), years, num(city.latestYear)] : undefined;
    line(header + 2 + index, `${city.city} (${city.latestYear})`, city.coverage, criteria);
  });
  return { cells, conditionalFormats: [], charts: [], nextRow: header + 3 + scores.cities.length };
}

export function actionsBlock(context: ScoreboardContext, firstRow: number): Block {
  const { sheet, scores, words } = context;
  const table = context.layout.tables.actions;
  const status = table && columnRange(table, ACTION_HEADERS.status);
  const ids = table && columnRange(table, ACTION_HEADERS.id);
  const actionTexts = table && columnRange(table, ACTION_HEADERS.action);
  const input = table && columnRange(table, ACTION_HEADERS.stakeholderInput);
  const actions = scores.actions;
  const formula = (expr: Expr | undefined): { expr?: Expr } => (expr === undefined ? {} : { expr });
  const cells: TemplateCell[] = [
    { address: at(firstRow, 1), value: words.text("actions.title"), style: "sectionHeading" },
  ];
  const header = firstRow + 1;
  [words.header(ACTION_HEADERS.status), words.text("scoreboard.actions")].forEach((value, index) =>
    cells.push({ address: at(header, index + 1), value, style: "header" }),
  );
  let row = header;
  const statusRows: number[] = [];
  for (const name of ACTION_STATUSES) {
    row += 1;
    statusRows.push(row);
    cells.push(
      { address: at(row, 1), value: words.token("status", name), style: "label" },
      {
        address: at(row, 2),
        value: actions.byStatus[name],
        style: "computedWhole",
        ...formula(status && countToken(status, "status", name)),
      },
    );
  }
  // An action is a row with an ID or a text; blank rows offered for typing are not actions.
  const total =
    ids &&
    actionTexts &&
    call("SUMPRODUCT", mul(gt(add(call("LEN", ids), call("LEN", actionTexts)), num(0)), num(1)));
  const noStatusRow = row + 1;
  const totalRow = row + 2;
  const statusCells = statusRows.map((statusRow) => ref(sheet, at(statusRow, 2)));
  cells.push(
    { address: at(noStatusRow, 1), value: words.text("scoreboard.noStatus"), style: "label" },
    {
      address: at(noStatusRow, 2),
      value: actions.noStatus,
      style: "computedWhole",
      expr: sub(ref(sheet, at(totalRow, 2)), sum(statusCells)),
    },
    { address: at(totalRow, 1), value: words.text("scoreboard.total"), style: "header" },
    { address: at(totalRow, 2), value: actions.total, style: "computedWhole", ...formula(total) },
  );
  const shareRow = totalRow + 1;
  const yes = input && countToken(input, "flag", "y");
  const no = input && countToken(input, "flag", "n");
  cells.push(
    {
      address: at(shareRow, 1),
      value: words.text("scoreboard.addressingInput"),
      style: "label",
    },
    {
      address: at(shareRow, 2),
      value: shown(actions.stakeholderInputShare),
      style: "computedPercent",
      ...formula(yes && no && call("IFERROR", div(yes, add(yes, no)), BLANK)),
    },
  );
  return { cells, conditionalFormats: [], charts: [], nextRow: shareRow + 2 };
}
