// A whole workbook from an assessment: the input sheets holding its data, their computed columns
// as formulas, and the Scoreboard. newAssessmentPlan uses it for an empty assessment; the demo
// for its sample data. Rows are laid out by the templates, so each row's `row` is set to its place.

import type { AssessmentScores } from "../assessment/types";
import { settingRefs } from "../formula/settingRefs";
import { CHECKLIST_CONTESTED_HEADER, CHECKLIST_HEADERS, SHEETS } from "../model/contract";
import type { Assessment } from "../model/types";
import type { ConditionalFormatPlan, WorkbookPlan } from "../plan/types";
import { aboutSheet } from "./aboutSheet";
import { actionsSheet } from "./actionsSheet";
import { checklistRow, checklistSheet } from "./checklistSheet";
import { checklistSubtotalCells } from "./checklistSubtotals";
import { checklistComputedCells, indicatorComputedCells } from "./computedColumns";
import { TABLE_HEADER_ROW, letters, span } from "./grid";
import { indicatorRow, indicatorsSheet } from "./indicatorsSheet";
import { columnOf, layoutFromTablePlans, type TableLayout } from "./layout";
import { mergeCells } from "./mergeCells";
import type { Stamp } from "./provenance";
import { scoreboardSheet } from "./scoreboard/scoreboardSheet";
import { settingsSheet } from "./settingsSheet";
import { compileSheet, type SheetTemplate } from "./sheetTemplate";
import { stakeholdersSheet } from "./stakeholdersSheet";
import { CONTESTED_HIGHLIGHT, STYLES } from "./styles";
import { templateWords } from "./texts";

/** The assessment with every row's `row` set to where the templates put it. */
export function placeRows(assessment: Assessment): Assessment {
  return {
    ...assessment,
    checklist: assessment.checklist.map((item, index) => ({ ...item, row: checklistRow(index) })),
    indicators: assessment.indicators.map((indicator, index) => ({
      ...indicator,
      row: indicatorRow(index),
    })),
    actions: assessment.actions.map((action, index) => ({
      ...action,
      row: TABLE_HEADER_ROW + 1 + index,
    })),
  };
}

function tableOf(
  sheet: SheetTemplate,
): { sheet: string; table: NonNullable<SheetTemplate["tables"]>[number] }[] {
  return (sheet.tables ?? []).map((table) => ({ sheet: sheet.name, table }));
}

/** The contested flag coloured beside its label: the Spread and Contested cells of a contested item. */
function contestedFormats(table: TableLayout, contested: string): ConditionalFormatPlan[] {
  const spread = columnOf(table, CHECKLIST_HEADERS.spread);
  const flag = columnOf(table, CHECKLIST_CONTESTED_HEADER);
  if (spread === undefined || flag === undefined) return [];
  return [
    {
      range: span(table.firstRow, spread, table.lastRow, flag),
      rules: [
        {
          kind: "expression",
          formula: `=$${letters(flag)}${table.firstRow}="${contested}"`,
          highlight: CONTESTED_HIGHLIGHT,
        },
      ],
    },
  ];
}

export function assessmentWorkbookPlan(
  input: Assessment,
  scores: AssessmentScores,
  stamp: Stamp,
): WorkbookPlan {
  const assessment = placeRows(input);
  const language = assessment.language ?? "en";
  const words = templateWords(language);
  const settings = settingsSheet(scores.settings, words);
  const about = aboutSheet(assessment.partnership, words);
  const checklist = checklistSheet(assessment.respondents, assessment.checklist, words);
  const stakeholders = stakeholdersSheet(assessment.respondents, words);
  const indicators = indicatorsSheet(
    assessment.indicators,
    assessment.partnership.startYear,
    scores.indicators.map((result) => result.end),
    words,
  );
  const actions = actionsSheet(assessment.actions, words);
  const inputSheets = [about, settings.sheet, checklist, stakeholders, indicators, actions];
  const layout = layoutFromTablePlans(inputSheets.flatMap(tableOf), settings.valueCells);
  const refs = settingRefs(
    scores.settings,
    new Set(settings.names.map((name) => name.name)),
    language,
  );

  const checklistTable = layout.tables.checklist;
  const indicatorTable = layout.tables.indicators;
  const rowOfItem = (index: number): number =>
    assessment.checklist[index]?.row ?? checklistRow(index);
  const rowOfIndicator = (index: number): number =>
    assessment.indicators[index]?.row ?? indicatorRow(index);
  const filledChecklist: SheetTemplate =
    checklistTable === undefined
      ? checklist
      : {
          ...checklist,
          cells: mergeCells(checklist.cells, [
            ...checklistComputedCells(checklistTable, assessment, scores, refs, rowOfItem),
            ...checklistSubtotalCells(checklistTable, scores, refs, words),
          ]),
          conditionalFormats: contestedFormats(checklistTable, words.label("contested")),
        };
  const filledIndicators: SheetTemplate =
    indicatorTable === undefined
      ? indicators
      : {
          ...indicators,
          cells: mergeCells(
            indicators.cells,
            indicatorComputedCells(indicatorTable, assessment, scores, rowOfIndicator, {
              fillInputs: true,
              inputsAsStored: false,
            }),
          ),
        };

  const scoreboard = scoreboardSheet(
    { sheet: SHEETS.scoreboard, assessment, scores, layout, refs, words },
    stamp,
  );
  const sheets = [
    about,
    settings.sheet,
    filledChecklist,
    stakeholders,
    filledIndicators,
    actions,
    scoreboard,
  ];
  return { styles: STYLES, sheets: sheets.map(compileSheet), names: [...settings.names] };
}
