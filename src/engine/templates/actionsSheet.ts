// The Actions sheet: the action plan (C2C_Actions) with a status dropdown and y/n for whether an
// action addresses stakeholder input. A new workbook offers blank rows to fill.

import { ACTION_HEADERS, SHEETS, TABLES } from "../model/contract";
import type { ActionRow } from "../model/types";
import type { PlanScalar } from "../plan/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { yesNo } from "./planValue";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { flagWords } from "./indicatorsSheet";
import { TAB_COLOURS } from "./styles";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

/** Blank rows a workbook without actions offers. */
export const BLANK_ACTION_ROWS = 10;

const ACTION_COLUMNS: readonly string[] = [
  ACTION_HEADERS.id,
  ACTION_HEADERS.action,
  ACTION_HEADERS.target,
  ACTION_HEADERS.owner,
  ACTION_HEADERS.due,
  ACTION_HEADERS.status,
  ACTION_HEADERS.stakeholderInput,
  ACTION_HEADERS.evidence,
];

const text = (value: string): PlanScalar => (value === "" ? null : value);

export function actionsSheet(
  actions: readonly ActionRow[],
  words: TemplateWords = ENGLISH_WORDS,
): SheetTemplate {
  const header = TABLE_HEADER_ROW;
  const headers = ACTION_COLUMNS.map((english) => words.header(english));
  const cells: TemplateCell[] = [
    { address: "A1", value: words.text("actions.title"), style: "title" },
    { address: "A2", value: words.text("actions.subtitle"), style: "subtitle" },
    ...headers.map((value, index) => ({
      address: at(header, index + 1),
      value,
      style: "header" as const,
    })),
  ];
  const rowCount = actions.length === 0 ? BLANK_ACTION_ROWS : actions.length;
  for (let index = 0; index < rowCount; index++) {
    const action = actions[index];
    const values: PlanScalar[] =
      action === undefined
        ? ACTION_COLUMNS.map(() => null)
        : [
            text(action.id),
            text(action.action),
            text(action.target),
            text(action.owner),
            text(action.due),
            action.status === null ? null : words.token("status", action.status),
            yesNo(action.stakeholderInputAddressed, words),
            text(action.evidence),
          ];
    values.forEach((value, column) =>
      cells.push({ address: at(header + 1 + index, column + 1), value, style: "input" }),
    );
  }
  const lastRow = header + rowCount;
  const statusColumn = ACTION_COLUMNS.indexOf(ACTION_HEADERS.status) + 1;
  const inputColumn = ACTION_COLUMNS.indexOf(ACTION_HEADERS.stakeholderInput) + 1;
  return {
    name: SHEETS.actions,
    owned: false,
    cells,
    tables: [
      {
        name: TABLES.actions,
        range: span(header, 1, lastRow, ACTION_COLUMNS.length),
        columns: headers,
        style: "TableStyleLight9",
        showRowStripes: true,
      },
    ],
    validations: [
      {
        range: span(header + 1, statusColumn, lastRow, statusColumn),
        list: { values: words.tokens("status") },
        allowBlank: true,
        error: {
          title: words.header(ACTION_HEADERS.status),
          text: words.text("validation.chooseOneOf", {
            choices: words.tokens("status").join(", "),
          }),
        },
      },
      {
        range: span(header + 1, inputColumn, lastRow, inputColumn),
        list: { values: words.tokens("flag") },
        allowBlank: true,
        error: {
          title: words.text("actions.stakeholderInputTitle"),
          text: words.text("validation.answerYesOrNo", flagWords(words)),
        },
      },
    ],
    columnWidths: widthsFrom([8, 50, 14, 22, 12, 13, 16, 36]),
    freeze: { rows: header, columns: 0 },
    tabColour: TAB_COLOURS.input,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
