// The Stakeholders sheet: who answered the checklist (C2C_Stakeholders), with a group dropdown.

import { SHEETS, STAKEHOLDER_HEADERS, TABLES } from "../model/contract";
import type { Respondent } from "../model/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

export function stakeholdersSheet(
  respondents: readonly Respondent[],
  words: TemplateWords = ENGLISH_WORDS,
): SheetTemplate {
  const columns = [
    STAKEHOLDER_HEADERS.respondent,
    STAKEHOLDER_HEADERS.organisation,
    STAKEHOLDER_HEADERS.group,
    STAKEHOLDER_HEADERS.city,
    STAKEHOLDER_HEADERS.role,
  ].map((english) => words.header(english));
  const header = TABLE_HEADER_ROW;
  const groups = words.tokens("group");
  const cells: TemplateCell[] = [
    { address: "A1", value: words.text("stakeholders.title"), style: "title" },
    {
      address: "A2",
      value: words.text("stakeholders.subtitle", {
        respondent: words.header(STAKEHOLDER_HEADERS.respondent),
      }),
      style: "subtitle",
    },
    ...columns.map((text, index) => ({
      address: at(header, index + 1),
      value: text,
      style: "header" as const,
    })),
  ];
  // A table needs a data row: with no respondent the sheet offers one blank row to fill.
  const rows = respondents.length === 0 ? [null] : respondents;
  rows.forEach((respondent, index) => {
    const row = header + 1 + index;
    const values =
      respondent === null
        ? [null, null, null, null, null]
        : [
            respondent.name,
            respondent.organisation,
            respondent.group === null ? null : words.token("group", respondent.group),
            respondent.city,
            respondent.role,
          ];
    values.forEach((value, column) =>
      cells.push({
        address: at(row, column + 1),
        value: value === "" ? null : value,
        style: "input",
      }),
    );
  });
  const lastRow = header + rows.length;
  return {
    name: SHEETS.stakeholders,
    owned: false,
    cells,
    tables: [
      {
        name: TABLES.stakeholders,
        range: span(header, 1, lastRow, columns.length),
        columns,
        style: "TableStyleLight9",
        showRowStripes: true,
      },
    ],
    validations: [
      {
        range: span(header + 1, 3, lastRow, 3),
        list: { values: groups },
        allowBlank: true,
        prompt: {
          title: words.text("stakeholders.groupTitle"),
          text: words.text("stakeholders.groupPrompt"),
        },
        error: {
          title: words.text("stakeholders.groupTitle"),
          text: words.text("validation.chooseOneOf", { choices: groups.join(", ") }),
        },
      },
    ],
    columnWidths: widthsFrom([24, 30, 28, 18, 36]),
    freeze: { rows: header, columns: 1 },
    tabColour: TAB_COLOURS.input,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
