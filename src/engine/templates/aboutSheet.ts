// The About sheet: the partnership as key/value rows (C2C_Partnership), and how to use the workbook.

import { catalogue } from "../catalogue";
import { KEY_VALUE_HEADERS, PARTNERSHIP_KEYS, SHEETS, TABLES } from "../model/contract";
import type { Partnership } from "../model/types";
import type { DataValidationPlan } from "../plan/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";

const GUIDE: readonly string[] = [
  `${SHEETS.settings}: the rules that change a number (defaults of the OECD framework); formulas read them by name.`,
  `${SHEETS.checklist}: one column per respondent; answer 1–5, n/a (not applicable) or ? (don't know) from the dropdown.`,
  `${SHEETS.stakeholders}: who answered, their organisation, stakeholder group and city.`,
  `${SHEETS.indicators}: one row per indicator, city and year; type the Value; Worst and End value come from the catalogue and may be replaced.`,
  `${SHEETS.actions}: the action plan, with owners and status.`,
  `${SHEETS.scoreboard}: generated and protected (no password); rebuilt by the add-in's Refresh or by "c2c score".`,
  "Yellow cells are inputs; grey cells are computed.",
];

const KEY_WIDTH = 26;
const MIN_VALUE_WIDTH = 70;
// The title's 16-point characters are about one and a half times as wide as the 11-point ones a
// column's width counts.
const TITLE_CHARACTER_WIDTH = 1.5;
const WIDTH_MARGIN = 2;

/**
 * The Value column, wide enough that the title, the subtitle and the guide, which stand in column A
 * and run on over column B, end within column B: a printed page holds the used columns only.
 */
function valueColumnWidth(title: string, subtitle: string): number {
  const textWidths = [
    Math.ceil(title.length * TITLE_CHARACTER_WIDTH),
    subtitle.length,
    ...GUIDE.map((line) => line.length),
  ];
  return Math.max(MIN_VALUE_WIDTH, ...textWidths.map((width) => width + WIDTH_MARGIN - KEY_WIDTH));
}

export function aboutSheet(partnership: Partnership): SheetTemplate {
  const rows: readonly (readonly [string, string | number | null])[] = [
    [PARTNERSHIP_KEYS.name, partnership.name],
    [PARTNERSHIP_KEYS.cities, partnership.cities.join(", ")],
    [PARTNERSHIP_KEYS.countries, partnership.countries.join(", ")],
    [PARTNERSHIP_KEYS.startYear, partnership.startYear],
    [PARTNERSHIP_KEYS.reportingYear, partnership.reportingYear],
    [PARTNERSHIP_KEYS.list, partnership.list],
    [PARTNERSHIP_KEYS.catalogueVersion, partnership.catalogueVersion],
  ];
  const title = `C2C Scoreboard — ${partnership.name}`;
  const subtitle =
    "Monitoring and evaluation of a city-to-city partnership (OECD framework: G20 Rome principles and SDG indicators).";
  const cells: TemplateCell[] = [
    { address: "A1", value: title, style: "title" },
    { address: "A2", value: subtitle, style: "subtitle" },
  ];
  const header = TABLE_HEADER_ROW;
  cells.push(
    { address: at(header, 1), value: KEY_VALUE_HEADERS.key, style: "header" },
    { address: at(header, 2), value: KEY_VALUE_HEADERS.value, style: "header" },
  );
  rows.forEach(([key, value], index) => {
    const row = header + 1 + index;
    const stamped = key === PARTNERSHIP_KEYS.catalogueVersion;
    cells.push({ address: at(row, 1), value: key, style: "label" });
    cells.push({
      address: at(row, 2),
      value,
      style: stamped ? "prefilled" : typeof value === "number" ? "inputYear" : "input",
    });
  });
  const lastRow = header + rows.length;
  let row = lastRow + 2;
  cells.push({ address: at(row, 1), value: "How to use this workbook", style: "sectionHeading" });
  for (const line of GUIDE) cells.push({ address: at(++row, 1), value: line, style: "note" });
  row += 2;
  cells.push({
    address: at(row, 1),
    value: "Answer scale of the checklist",
    style: "sectionHeading",
  });
  for (const level of catalogue.answerScale.levels) {
    row += 1;
    cells.push(
      { address: at(row, 1), value: level.value, style: "label" },
      { address: at(row, 2), value: level.label, style: "label" },
    );
  }
  cells.push(
    { address: at(++row, 1), value: catalogue.answerScale.notApplicable, style: "label" },
    { address: at(row, 2), value: "Not applicable (left out of the means)", style: "label" },
  );
  cells.push(
    { address: at(++row, 1), value: catalogue.answerScale.dontKnow, style: "label" },
    { address: at(row, 2), value: "Don't know (counts as unanswered)", style: "label" },
  );

  const listRow = header + 1 + rows.findIndex(([key]) => key === PARTNERSHIP_KEYS.list);
  const validations: DataValidationPlan[] = [
    {
      range: at(listRow, 2),
      list: { values: ["simplified", "long"] },
      allowBlank: false,
      prompt: {
        title: "Indicator list",
        text: "simplified (few indicators, for cities with little data) or long",
      },
      error: { title: "Indicator list", text: "Choose simplified or long." },
    },
  ];
  return {
    name: SHEETS.about,
    owned: false,
    cells,
    tables: [
      {
        name: TABLES.partnership,
        range: span(header, 1, lastRow, 2),
        columns: [KEY_VALUE_HEADERS.key, KEY_VALUE_HEADERS.value],
        style: "TableStyleLight9",
        showRowStripes: false,
      },
    ],
    validations,
    columnWidths: widthsFrom([KEY_WIDTH, valueColumnWidth(title, subtitle)]),
    tabColour: TAB_COLOURS.reference,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
