// The Stakeholders sheet: who answered the checklist (C2C_Stakeholders), with a group dropdown.

import { SHEETS, STAKEHOLDER_HEADERS, TABLES } from "../model/contract";
import { STAKEHOLDER_GROUPS, type Respondent } from "../model/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";

export function stakeholdersSheet(respondents: readonly Respondent[]): SheetTemplate {
  const columns = [
    STAKEHOLDER_HEADERS.respondent,
    STAKEHOLDER_HEADERS.organisation,
    STAKEHOLDER_HEADERS.group,
    STAKEHOLDER_HEADERS.city,
    STAKEHOLDER_HEADERS.role,
  ];
  const header = TABLE_HEADER_ROW;
  const cells: TemplateCell[] = [
    { address: "A1", value: "Stakeholders", style: "title" },
    {
      address: "A2",
      value:
        "Everyone who answers the checklist; the Respondent name heads their answer column on the Checklist.",
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
            respondent.group,
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
        list: { values: STAKEHOLDER_GROUPS },
        allowBlank: true,
        prompt: { title: "Stakeholder group", text: "The group the respondent speaks for." },
        error: {
          title: "Stakeholder group",
          text: `Choose one of: ${STAKEHOLDER_GROUPS.join(", ")}.`,
        },
      },
    ],
    columnWidths: widthsFrom([24, 30, 28, 18, 36]),
    freeze: { rows: header, columns: 1 },
    tabColour: TAB_COLOURS.input,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
