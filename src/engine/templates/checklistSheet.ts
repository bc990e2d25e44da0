// The Checklist sheet: Principle · Item ID · Item · one answer column per respondent · Item score ·
// Spread · Contested · Evidence, with answer dropdowns. The computed columns and the principle
// subtotals beside the table are formulas added by computedColumns.ts.

import { catalogue } from "../catalogue";
import { CHECKLIST_CONTESTED_HEADER, CHECKLIST_HEADERS, SHEETS, TABLES } from "../model/contract";
import type { ChecklistItemRow, Respondent } from "../model/types";
import { tokenOf } from "../language";
import type { DataValidationPlan, PlanScalar } from "../plan/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { planValue } from "./planValue";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";
import { TemplateError } from "./templateError";
import { phrase } from "../language/problemTexts";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

/** The answer scale as the dropdown's prompt shows it: "1 Not in place · … · n/a not applicable". */
function answerPrompt(words: TemplateWords): string {
  const levels = catalogue.answerScale.levels.map(
    (level) =>
      `${level.value} ${words.catalogue("answerLabels", String(level.value), level.label)}`,
  );
  return [...levels, words.text("checklist.promptNotApplicable", answerWords(words))].join(" · ");
}

function answerWords(words: TemplateWords): { notApplicable: string; dontKnow: string } {
  return { notApplicable: words.token("answer", "n/a"), dontKnow: words.token("answer", "?") };
}

/** An answer as the workbook's language writes it: n/a → s.o. in French; numbers and other text as given. */
function answerIn(words: TemplateWords, value: PlanScalar): PlanScalar {
  if (typeof value !== "string") return value;
  const token = tokenOf("answer", value);
  return token === undefined ? value : words.token("answer", token);
}

export function checklistColumns(
  respondents: readonly Respondent[],
  words: TemplateWords = ENGLISH_WORDS,
): string[] {
  const header = (english: string): string => words.header(english);
  return [
    header(CHECKLIST_HEADERS.principle),
    header(CHECKLIST_HEADERS.itemId),
    header(CHECKLIST_HEADERS.item),
    ...respondents.map((respondent) => respondent.name),
    header(CHECKLIST_HEADERS.itemScore),
    header(CHECKLIST_HEADERS.spread),
    header(CHECKLIST_CONTESTED_HEADER),
    header(CHECKLIST_HEADERS.evidence),
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
  words: TemplateWords = ENGLISH_WORDS,
): SheetTemplate {
  if (respondents.length === 0) throw new TemplateError(phrase("template.noRespondentColumn"));
  if (rows.length === 0) throw new TemplateError(phrase("template.noItem"));
  const columns = checklistColumns(respondents, words);
  const header = TABLE_HEADER_ROW;
  const firstAnswer = 4;
  const lastAnswer = firstAnswer + respondents.length - 1;
  const evidenceColumn = columns.length;
  const cells: TemplateCell[] = [
    { address: "A1", value: words.text("checklist.title"), style: "title" },
    {
      address: "A2",
      value: words.text("checklist.subtitle", {
        sheet: SHEETS.stakeholders,
        ...answerWords(words),
      }),
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
        value: answerIn(words, planValue(item.answers[respondentIndex])),
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
        values: ["1", "2", "3", "4", "5", ...words.tokens("answer")],
      },
      allowBlank: true,
      prompt: { title: words.text("checklist.answerTitle"), text: answerPrompt(words) },
      error: {
        title: words.text("checklist.answerTitle"),
        text: words.text("checklist.answerError", answerWords(words)),
      },
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
