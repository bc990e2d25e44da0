// A part of the Scoreboard: its cells, formats and charts, and the row after it. Parts are laid
// out one under another; each knows only its own first row.

import type { AssessmentScores } from "../../assessment/types";
import type { SettingRefs } from "../../formula/settingRefs";
import type { Assessment } from "../../model/types";
import type { ChartPlan, ConditionalFormatPlan, HighlightPlan } from "../../plan/types";
import type { WorkbookLayout } from "../layout";
import type { TemplateCell } from "../sheetTemplate";
import { ENGLISH_WORDS, type TemplateWords } from "../texts";

export interface ScoreboardContext {
  readonly sheet: string;
  readonly assessment: Assessment;
  readonly scores: AssessmentScores;
  readonly layout: WorkbookLayout;
  readonly refs: SettingRefs;
  /** The Scoreboard's words, in the workbook's language. */
  readonly words: TemplateWords;
}

export interface Block {
  readonly cells: readonly TemplateCell[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartPlan[];
  /** The first free row below the block. */
  readonly nextRow: number;
}

/** Band colours on a label column, by the label's text. */
export function bandLabelFormat(
  range: string,
  colours: readonly (readonly [string, HighlightPlan])[],
  words: TemplateWords = ENGLISH_WORDS,
): ConditionalFormatPlan {
  return {
    range,
    rules: colours.map(([label, highlight]) => ({
      kind: "cell-equals",
      value: words.label(label),
      highlight,
    })),
  };
}

/**
 * The same colours on score cells, following the label in `labelColumn` of the same row
 * (`labelColumn` like "E", `firstRow` the range's first row), so the colour sits beside its label.
 */
export function bandByLabelFormat(
  range: string,
  labelColumn: string,
  firstRow: number,
  colours: readonly (readonly [string, HighlightPlan])[],
  words: TemplateWords = ENGLISH_WORDS,
): ConditionalFormatPlan {
  return {
    range,
    rules: colours.map(([label, highlight]) => ({
      kind: "expression",
      formula: `=$${labelColumn}${firstRow}="${words.label(label)}"`,
      highlight,
    })),
  };
}
