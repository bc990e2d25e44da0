// The Checklist sheet: Principle · Item ID · Item · one answer column per respondent · Item score ·
// Spread · Contested · Evidence, with answer dropdowns. The computed columns and the principle
// subtotals beside the table are formulas added by computedColumns.ts.

import { catalogue } from "../catalogue";
import { CHECKLIST_CONTESTED_HEADER, CHECKLIST_HEADERS, SHEETS, TABLES } from "../model/contract";
import type { ChecklistItemRow, Respondent } from "../model/types";
import type { DataValidationPlan } from "../plan/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { planValue } from "./planValue";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";
import { TemplateError } from "./templateError";

const ANSWER_PROMPT =
  catalogue.answerScale.levels.map((level) => `${level.value} ${level.label}`).join(" · ") +
  " · n/a not applicable · ? don't know";

export function checklistColumns(respondents: readonly Respondent[]): string[] {
  return [
    CHECKLIST_HEADERS.principle,
    CHECKLIST_HEADERS.itemId,
    CHECKLIST_HEADERS.item,
    ...respondents.map((respondent) => respondent.name),
    CHECKLIST_HEADERS.itemScore,
    CHECKLIST_HEADERS.spread,
    CHECKLIST_CONTESTED_HEADER,
    CHECKLIST_HEADERS.evidence,
  ];
}

const MIN_ITEM_WIDTH = 70;
const ITEM_MARGIN = 2;

/** The Item column shows every item whole: the item is what a respondent answers. */
function itemColumnWidth(rows: readonly ChecklistItemRow[]): number {
  return Math.max(MIN_ITEM_WIDTH, ...rows.map((row) => row.item.length + ITEM_MARGIN));
}

/** The sheet row of the i-th checklist row in the template's layout. */
export const checklistRow = (index: number): number => TABLE_HEADER_ROW + 1 + index;

export function checklistSheet(
  respondents: readonly Respondent[],
  rows: readonly ChecklistItemRow[],
): SheetTemplate {
  if (respondents.length === 0)
    throw new TemplateError("the checklist needs at least one respondent column");
  if (rows.length === 0) throw new TemplateError("the checklist needs at least one item");
  const columns = checklistColumns(respondents);
  const header = TABLE_HEADER_ROW;
  const firstAnswer = 4;
  const lastAnswer = firstAnswer + respondents.length - 1;
  const evidenceColumn = columns.length;
  const cells: TemplateCell[] = [
    { address: "A1", value: "Self-assessment checklist: G20 Rome principles", style: "title" },
    {
      address: "A2",
      value:
        "One column per respondent, headed with the name used on the Stakeholders sheet. Answer 1–5, n/a or ? from the dropdown.",
      style: "subtitle",
    },
    ...columns.map((text, index) => ({
      address: at(header, index + 1),
      value: text,
      style: "header" as const,
    })),
  ];
  rows.forEach((item, index) => {
    const row = checklistRow(index);
    cells.push({ address: at(row, 1), value: item.principle, style: "prefilled" });
    cells.push({ address: at(row, 2), value: item.itemId, style: "prefilled" });
    cells.push({ address: at(row, 3), value: item.item, style: "prefilled" });
    respondents.forEach((_, respondentIndex) => {
      cells.push({
        address: at(row, firstAnswer + respondentIndex),
        value: planValue(item.answers[respondentIndex]),
        style: "inputAnswer",
      });
    });
    cells.push({
      address: at(row, evidenceColumn),
      value: item.evidence === "" ? null : item.evidence,
      style: "input",
    });
  });
  const lastRow = checklistRow(rows.length - 1);
  const validations: DataValidationPlan[] = [
    {
      range: span(header + 1, firstAnswer, lastRow, lastAnswer),
      list: {
        values: [
          "1",
          "2",
          "3",
          "4",
          "5",
          catalogue.answerScale.notApplicable,
          catalogue.answerScale.dontKnow,
        ],
      },
      allowBlank: true,
      prompt: { title: "Answer", text: ANSWER_PROMPT },
      error: { title: "Answer", text: "Answer 1 to 5, n/a (not applicable) or ? (don't know)." },
    },
  ];
  return {
    name: SHEETS.checklist,
    owned: false,
    cells,
    tables: [
      {
        name: TABLES.checklist,
        range: span(header, 1, lastRow, columns.length),
        columns,
        style: "TableStyleLight9",
        showRowStripes: true,
      },
    ],
    validations,
    columnWidths: {
      ...widthsFrom([10, 8, itemColumnWidth(rows)]),
      ...widthsFrom(
        respondents.map(() => 14),
        firstAnswer,
      ),
      ...widthsFrom([10, 8, 11, 40], lastAnswer + 1),
    },
    freeze: { rows: header, columns: 3 },
    tabColour: TAB_COLOURS.input,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
