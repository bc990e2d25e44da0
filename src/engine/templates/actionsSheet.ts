// The Actions sheet: the action plan (C2C_Actions) with a status dropdown and y/n for whether an
// action addresses stakeholder input. A new workbook offers blank rows to fill.

import { ACTION_HEADERS, SHEETS, TABLES } from "../model/contract";
import { ACTION_STATUSES, type ActionRow } from "../model/types";
import type { PlanScalar } from "../plan/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { yesNo } from "./planValue";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";

/** Blank rows a workbook without actions offers. */
export const BLANK_ACTION_ROWS = 10;

export const ACTION_COLUMNS: readonly string[] = [
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

export function actionsSheet(actions: readonly ActionRow[]): SheetTemplate {
  const header = TABLE_HEADER_ROW;
  const cells: TemplateCell[] = [
    { address: "A1", value: "Action plan", style: "title" },
    {
      address: "A2",
      value:
        "What the partnership will do about its priorities: owner, due date, status, and whether the action answers stakeholder input.",
      style: "subtitle",
    },
    ...ACTION_COLUMNS.map((value, index) => ({
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
            action.status,
            yesNo(action.stakeholderInputAddressed),
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
        columns: [...ACTION_COLUMNS],
        style: "TableStyleLight9",
        showRowStripes: true,
      },
    ],
    validations: [
      {
        range: span(header + 1, statusColumn, lastRow, statusColumn),
        list: { values: ACTION_STATUSES },
        allowBlank: true,
        error: { title: "Status", text: `Choose one of: ${ACTION_STATUSES.join(", ")}.` },
      },
      {
        range: span(header + 1, inputColumn, lastRow, inputColumn),
        list: { values: ["y", "n"] },
        allowBlank: true,
        error: { title: "Stakeholder input", text: "Answer y or n." },
      },
    ],
    columnWidths: widthsFrom([8, 50, 14, 22, 12, 13, 16, 36]),
    freeze: { rows: header, columns: 0 },
    tabColour: TAB_COLOURS.input,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
