// The computed columns of the input tables (Checklist: Item score, Spread, Contested; Indicators:
// Score) as formulas with the engine's values, and the input cells the engine filled (a blank Worst
// or End value taken from the catalogue, a peer worst value, a blank Objective). The same cells go
// into a new workbook's sheets and, as edits, into a user's existing tables.

import type { AssessmentScores } from "../assessment/types";
import { contestedFormula, itemScoreFormula, spreadFormula } from "../formula/checklistFormulas";
import { tokenIn } from "../language";
import type { Expr } from "../formula/expr";
import { scoreFormula, type PercentInputs } from "../formula/indicatorFormulas";
import type { SettingRefs } from "../formula/settingRefs";
import {
  CHECKLIST_CONTESTED_HEADER,
  CHECKLIST_HEADERS,
  INDICATOR_HEADERS,
} from "../model/contract";
import type { Assessment, IndicatorRow, PercentScaledCell } from "../model/types";
import { columnCells, columnOf, rowSpan, type TableLayout } from "./layout";
import { columnFormula, type SlotReference } from "./columnFormula";
import { shown, type TemplateCell } from "./sheetTemplate";
import { nameKey } from "../sheetValues";

/** Where row i of the assessment stands: its own sheet row, or the row a template gives it. */
export type RowOf = (index: number) => number;

/** The respondent columns of a checklist: between Item and Item score. */
export function respondentColumns(table: TableLayout): { first: number; last: number } | undefined {
  const item = columnOf(table, CHECKLIST_HEADERS.item);
  const itemScore = columnOf(table, CHECKLIST_HEADERS.itemScore);
  if (item === undefined || itemScore === undefined || itemScore - item < 2) return undefined;
  return { first: item + 1, last: itemScore - 1 };
}

export function checklistComputedCells(
  table: TableLayout,
  assessment: Assessment,
  scores: AssessmentScores,
  refs: SettingRefs,
  rowOf: RowOf,
): TemplateCell[] {
  const answers = respondentColumns(table);
  const columns = {
    [CHECKLIST_HEADERS.itemScore]: columnCells(table, CHECKLIST_HEADERS.itemScore),
    [CHECKLIST_HEADERS.spread]: columnCells(table, CHECKLIST_HEADERS.spread),
    [CHECKLIST_CONTESTED_HEADER]: columnCells(table, CHECKLIST_CONTESTED_HEADER),
  };
  const cells: TemplateCell[] = [];
  scores.items.forEach((item, index) => {
    if (assessment.checklist[index] === undefined) return;
    const row = rowOf(index);
    const answerRow =
      answers === undefined ? undefined : rowSpan(table.sheet, row, answers.first, answers.last);
    const put = (
      header: keyof typeof columns,
      value: TemplateCell["value"],
      style: TemplateCell["style"],
      expr: Expr | undefined,
    ): void => {
      const address = columns[header]?.address(row);
      if (address !== undefined)
        cells.push({ address, value, style, ...(expr === undefined ? {} : { expr }) });
    };
    put(
      CHECKLIST_HEADERS.itemScore,
      item.score === "n/a" ? tokenIn(refs.words.language, "answer", "n/a") : shown(item.score),
      "computedFivePoint",
      answerRow && itemScoreFormula(answerRow, refs.itemAggregation, refs.words),
    );
    put(
      CHECKLIST_HEADERS.spread,
      shown(item.spread),
      "computedWhole",
      answerRow && spreadFormula(answerRow),
    );
    const spreadCell = columns[CHECKLIST_HEADERS.spread]?.cell(row);
    put(
      CHECKLIST_CONTESTED_HEADER,
      item.contested ? refs.words.labelText("contested") : "",
      "computedText",
      spreadCell && contestedFormula(spreadCell, refs.contestedThreshold, refs.words),
    );
  });
  return cells;
}

const unitKey = (row: IndicatorRow): string =>
  `${row.code.trim().toLowerCase()}\u0000${nameKey(row.city)}`;

/**
 * For each row, the index of the row whose Value a baseline worst value comes from: the unit's
 * earliest year with a value (as the engine's baseline worst value takes it).
 */
function baselineIndexes(rows: readonly IndicatorRow[]): Map<string, number> {
  const earliest = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.value === null) return;
    const key = unitKey(row);
    const best = earliest.get(key);
    const bestRow = best === undefined ? undefined : rows[best];
    if (bestRow === undefined || row.year < bestRow.year) earliest.set(key, index);
  });
  return earliest;
}

export interface IndicatorCellOptions {
  /** Write the engine's worst/end/objective into blank input cells (and a peer worst over the old one). */
  readonly fillInputs: boolean;
  /**
   * The input cells hold what the user's workbook stores (a scored copy of it, not a new sheet
   * written from the values read): a value read from a percent format is scaled in the formula.
   */
  readonly inputsAsStored: boolean;
}

type ScoreSlot = "value" | "worst" | "end";
const SCORE_SLOTS: readonly ScoreSlot[] = ["value", "worst", "end"];
type ScorePrinter = ReturnType<typeof columnFormula<ScoreSlot>>;

/**
 * The Score column's formula printed once for each combination of percent-scaled inputs, found by
 * the combination's number (a text key built for every row of a long list cost more than the rest).
 */
function scorePrinters(): (percent: PercentInputs) => ScorePrinter {
  const printers: (ScorePrinter | undefined)[] = [];
  return (percent) => {
    const shape = (percent.value ? 4 : 0) + (percent.worst ? 2 : 0) + (percent.end ? 1 : 0);
    const known = printers[shape];
    if (known !== undefined) return known;
    const printer = columnFormula(SCORE_SLOTS, (cells) =>
      scoreFormula(cells.value, cells.worst, cells.end, percent),
    );
    printers[shape] = printer;
    return printer;
  };
}

const isPercentScaled = (row: IndicatorRow | undefined, cell: PercentScaledCell): boolean =>
  row?.percentScaled?.includes(cell) ?? false;

export function indicatorComputedCells(
  table: TableLayout,
  assessment: Assessment,
  scores: AssessmentScores,
  rowOf: RowOf,
  options: IndicatorCellOptions,
): TemplateCell[] {
  const cells: TemplateCell[] = [];
  const rows = assessment.indicators;
  const baselines = baselineIndexes(rows);
  const columns = {
    value: columnCells(table, INDICATOR_HEADERS.value),
    worst: columnCells(table, INDICATOR_HEADERS.worst),
    end: columnCells(table, INDICATOR_HEADERS.end),
    score: columnCells(table, INDICATOR_HEADERS.score),
    objective: columnCells(table, INDICATOR_HEADERS.objective),
  };
  const scorePrinter = scorePrinters();
  const reference = (address: string | undefined): SlotReference | undefined =>
    address === undefined ? undefined : { sheet: table.sheet, address };
  scores.indicators.forEach((result, index) => {
    const input = rows[index];
    if (input === undefined) return;
    const row = rowOf(index);
    const value = reference(columns.value?.address(row));
    const end = reference(columns.end?.address(row));
    const baseline = result.worstSource === "baseline" ? baselines.get(unitKey(input)) : undefined;
    const worst = reference(
      baseline === undefined
        ? columns.worst?.address(row)
        : columns.value?.address(rowOf(baseline)),
    );
    const scoreAddress = columns.score?.address(row);
    if (scoreAddress !== undefined) {
      const baselineRow = baseline === undefined ? undefined : rows[baseline];
      const percent = {
        value: options.inputsAsStored && isPercentScaled(input, "value"),
        worst:
          options.inputsAsStored &&
          (baselineRow === undefined
            ? isPercentScaled(input, "worst")
            : isPercentScaled(baselineRow, "value")),
        end: options.inputsAsStored && isPercentScaled(input, "end"),
      };
      const formula = value && worst && end && scorePrinter(percent)({ value, worst, end });
      cells.push({
        address: scoreAddress,
        value: shown(result.score),
        style: "computedHundred",
        ...(formula === undefined ? {} : { formula }),
      });
    }
    if (!options.fillInputs) return;
    const fill = (
      column: "worst" | "end" | "objective",
      filled: number | string | null,
      current: number | string | null,
      style: TemplateCell["style"],
    ): void => {
      const address = columns[column]?.address(row);
      if (address !== undefined && filled !== null && filled !== current)
        cells.push({ address, value: filled, style });
    };
    if (
      result.worstSource !== "baseline" &&
      (input.worst === null || result.worstSource === "peer")
    )
      fill("worst", result.worst, input.worst, "input");
    if (input.end === null) fill("end", result.end, input.end, "input");
    if (input.objective === null) fill("objective", result.objective, input.objective, "prefilled");
  });
  return cells;
}
