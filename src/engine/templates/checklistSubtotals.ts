// Principle subtotals beside the Checklist table (two columns to its right): score, items answered
// and applicable per principle, so whoever fills the checklist sees each principle take shape.

import type { AssessmentScores } from "../assessment/types";
import {
  answeredItemsFormula,
  applicableItemsFormula,
  principleScoreFormula,
} from "../formula/checklistFormulas";
import type { SettingRefs } from "../formula/settingRefs";
import { CHECKLIST_HEADERS } from "../model/contract";
import { at } from "./grid";
import { columnRange, type TableLayout } from "./layout";
import { shown, type TemplateCell } from "./sheetTemplate";
import type { TemplateTextKey, TemplateWords } from "./texts";

/** The subtotals' headers, in the workbook's language (English: Principle, Score (1–5), Answered, Applicable). */
const SUBTOTAL_HEADER_KEYS: readonly TemplateTextKey[] = [
  "scoreboard.principle",
  "scoreboard.scoreFivePoint",
  "checklist.subtotalAnswered",
  "checklist.subtotalApplicable",
];

/** The subtotal cells, or none when the table lacks a column they read. */
export function checklistSubtotalCells(
  table: TableLayout,
  scores: AssessmentScores,
  refs: SettingRefs,
  words: TemplateWords,
): TemplateCell[] {
  const itemScores = columnRange(table, CHECKLIST_HEADERS.itemScore);
  const principles = columnRange(table, CHECKLIST_HEADERS.principle);
  const spreads = columnRange(table, CHECKLIST_HEADERS.spread);
  if (itemScores === undefined || principles === undefined || spreads === undefined) return [];
  const columns = { itemScores, principles, spreads };
  const first = Math.max(...table.columns.map((column) => column.column)) + 2;
  const cells: TemplateCell[] = SUBTOTAL_HEADER_KEYS.map((key, index) => ({
    address: at(table.headerRow, first + index),
    value: words.text(key),
    style: "header",
  }));
  scores.principles.forEach((result, index) => {
    const row = table.headerRow + 1 + index;
    cells.push(
      { address: at(row, first), value: result.principle, style: "label" },
      {
        address: at(row, first + 1),
        value: shown(result.score),
        style: "computedFivePoint",
        expr: principleScoreFormula(columns, result.principle, refs.halfAnsweredShare),
      },
      {
        address: at(row, first + 2),
        value: result.itemsAnswered,
        style: "computedWhole",
        expr: answeredItemsFormula(columns, result.principle),
      },
      {
        address: at(row, first + 3),
        value: result.itemsApplicable,
        style: "computedWhole",
        expr: applicableItemsFormula(columns, result.principle),
      },
    );
  });
  return cells;
}
