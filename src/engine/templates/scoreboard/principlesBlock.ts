// The principles table of the Scoreboard: score 1–5 and 0–100, band, items answered and applicable,
// contested items and mean consensus for each of the ten G20 Rome principles, the overall
// alignment below them, and a radar chart of the ten 0–100 scores.

import type { PrincipleId } from "../../catalogue/types";
import {
  INSUFFICIENT_ANSWERS,
  alignmentFormula,
  answeredItemsFormula,
  applicableItemsFormula,
  contestedItemsFormula,
  hundredFormula,
  meanConsensusFormula,
  principleBandFormula,
  principleScoreFormula,
  type ChecklistColumns,
} from "../../formula/checklistFormulas";
import { ref, type Expr } from "../../formula/expr";
import { CHECKLIST_HEADERS } from "../../model/contract";
import { respondentColumns } from "../computedColumns";
import { at, span } from "../grid";
import { columnRange, rowSpan, type TableLayout } from "../layout";
import { shown, type TemplateCell } from "../sheetTemplate";
import { CHART_COLOURS, PRINCIPLE_BAND_COLOURS } from "../styles";
import type { TemplateTextKey } from "../texts";
import { bandByLabelFormat, bandLabelFormat, type Block, type ScoreboardContext } from "./block";

export const PRINCIPLE_HEADERS = [
  "Principle",
  "Name",
  "Score (1–5)",
  "Score (0–100)",
  "Band",
  "Items answered",
  "Items applicable",
  "Contested items",
  "Consensus",
];

const PRINCIPLE_HEADER_KEYS: readonly TemplateTextKey[] = [
  "scoreboard.principle",
  "scoreboard.name",
  "scoreboard.scoreFivePoint",
  "scoreboard.scoreHundred",
  "scoreboard.band",
  "scoreboard.itemsAnswered",
  "scoreboard.itemsApplicable",
  "scoreboard.contestedItems",
  "scoreboard.consensus",
];

export interface PrinciplesBlock extends Block {
  /** Sheet row of each principle's line, for the strengths and priorities. */
  readonly rowOfPrinciple: ReadonlyMap<PrincipleId, number>;
}

function checklistColumns(table: TableLayout | undefined): ChecklistColumns | undefined {
  if (table === undefined) return undefined;
  const itemScores = columnRange(table, CHECKLIST_HEADERS.itemScore);
  const principles = columnRange(table, CHECKLIST_HEADERS.principle);
  const spreads = columnRange(table, CHECKLIST_HEADERS.spread);
  return itemScores && principles && spreads && { itemScores, principles, spreads };
}

export function principlesBlock(context: ScoreboardContext, firstRow: number): PrinciplesBlock {
  const { sheet, scores, assessment, refs, words } = context;
  const table = context.layout.tables.checklist;
  const columns = checklistColumns(table);
  const answers = table === undefined ? undefined : respondentColumns(table);
  const cells: TemplateCell[] = [
    {
      address: at(firstRow, 1),
      value: words.text("scoreboard.principlesHeading"),
      style: "sectionHeading",
    },
  ];
  const header = firstRow + 1;
  PRINCIPLE_HEADER_KEYS.forEach((key, index) =>
    cells.push({ address: at(header, index + 1), value: words.text(key), style: "header" }),
  );
  const rowOfPrinciple = new Map<PrincipleId, number>();
  const cell = (row: number, column: number): Expr => ref(sheet, at(row, column));

  scores.principles.forEach((result, index) => {
    const row = header + 1 + index;
    rowOfPrinciple.set(result.principle, row);
    const answerRows =
      table === undefined || answers === undefined
        ? []
        : assessment.checklist.flatMap((item) =>
            item.principle === result.principle
              ? [rowSpan(table.sheet, item.row, answers.first, answers.last)]
              : [],
          );
    const formula = (expr: Expr | undefined): { expr?: Expr } =>
      expr === undefined ? {} : { expr };
    cells.push(
      { address: at(row, 1), value: result.principle, style: "label" },
      {
        address: at(row, 2),
        value: words.catalogue("principleNames", result.principle, result.name),
        style: "label",
      },
      {
        address: at(row, 3),
        value: shown(result.score),
        style: "computedFivePoint",
        ...formula(
          columns && principleScoreFormula(columns, result.principle, refs.halfAnsweredShare),
        ),
      },
      {
        address: at(row, 4),
        value: shown(result.scoreOutOf100),
        style: "computedHundred",
        expr: hundredFormula(cell(row, 3)),
      },
      {
        address: at(row, 5),
        value: words.label(result.band ?? INSUFFICIENT_ANSWERS),
        style: "computedText",
        expr: principleBandFormula(cell(row, 3), refs.principleBand, refs.words),
      },
      {
        address: at(row, 6),
        value: result.itemsAnswered,
        style: "computedWhole",
        ...formula(columns && answeredItemsFormula(columns, result.principle)),
      },
      {
        address: at(row, 7),
        value: result.itemsApplicable,
        style: "computedWhole",
        ...formula(columns && applicableItemsFormula(columns, result.principle)),
      },
      {
        address: at(row, 8),
        value: result.contestedItems,
        style: "computedWhole",
        ...formula(
          columns && contestedItemsFormula(columns, result.principle, refs.contestedThreshold),
        ),
      },
      {
        address: at(row, 9),
        value: shown(result.meanConsensus),
        style: "computedConsensus",
        ...formula(answerRows.length > 0 ? meanConsensusFormula(answerRows) : undefined),
      },
    );
  });
  const lastPrincipleRow = header + scores.principles.length;
  const alignmentRow = lastPrincipleRow + 1;
  const scoreCells = scores.principles.map((_, index) => cell(header + 1 + index, 3));
  const weights = scores.principles.map((result) => refs.weights[result.principle]);
  const alignment = scores.alignment;
  cells.push(
    { address: at(alignmentRow, 1), value: words.text("scoreboard.overall"), style: "header" },
    {
      address: at(alignmentRow, 2),
      value: words.text("scoreboard.alignmentMean"),
      style: "header",
    },
    {
      address: at(alignmentRow, 3),
      value: shown(alignment.score),
      style: "computedFivePoint",
      expr: alignmentFormula(
        ref(sheet, span(header + 1, 3, lastPrincipleRow, 3)),
        scoreCells,
        weights,
        refs.weightsRange,
      ),
    },
    {
      address: at(alignmentRow, 4),
      value: shown(alignment.scoreOutOf100),
      style: "computedHundred",
      expr: hundredFormula(cell(alignmentRow, 3)),
    },
    {
      address: at(alignmentRow, 5),
      value: words.label(alignment.band ?? INSUFFICIENT_ANSWERS),
      style: "computedText",
      expr: principleBandFormula(cell(alignmentRow, 3), refs.principleBand, refs.words),
    },
  );
  const bandRange = span(header + 1, 5, alignmentRow, 5);
  const chartTop = firstRow;
  const chartBottom = Math.max(alignmentRow, firstRow + 18);
  return {
    cells,
    conditionalFormats: [
      bandLabelFormat(bandRange, PRINCIPLE_BAND_COLOURS, words),
      bandByLabelFormat(
        span(header + 1, 3, alignmentRow, 4),
        "E",
        header + 1,
        PRINCIPLE_BAND_COLOURS.slice(0, 4),
        words,
      ),
    ],
    charts: [
      {
        kind: "radar",
        title: words.text("scoreboard.principlesChart"),
        anchor: span(chartTop, 11, chartBottom, 18),
        categories: span(header + 1, 2, lastPrincipleRow, 2),
        series: [
          {
            name: words.text("scoreboard.scoreHundred"),
            values: span(header + 1, 4, lastPrincipleRow, 4),
            colour: CHART_COLOURS.principles,
          },
        ],
        valueAxis: { min: 0, max: 100, numberFormat: "0" },
      },
    ],
    nextRow: chartBottom + 2,
    rowOfPrinciple,
  };
}
