// The About sheet: the partnership as key/value rows (C2C_Partnership), and how to use the workbook.

import { catalogue } from "../catalogue";
import {
  INDICATOR_HEADERS,
  KEY_VALUE_HEADERS,
  PARTNERSHIP_KEYS,
  SHEETS,
  TABLES,
} from "../model/contract";
import type { Partnership } from "../model/types";
import type { DataValidationPlan } from "../plan/types";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

function guide(words: TemplateWords): string[] {
  const answers = {
    notApplicable: words.token("answer", "n/a"),
    dontKnow: words.token("answer", "?"),
  };
  return [
    words.text("about.guideSettings", { sheet: SHEETS.settings }),
    words.text("about.guideChecklist", { sheet: SHEETS.checklist, ...answers }),
    words.text("about.guideStakeholders", { sheet: SHEETS.stakeholders }),
    words.text("about.guideIndicators", {
      sheet: SHEETS.indicators,
      value: words.header(INDICATOR_HEADERS.value),
      worst: words.header(INDICATOR_HEADERS.worst),
      end: words.header(INDICATOR_HEADERS.end),
    }),
    words.text("about.guideActions", { sheet: SHEETS.actions }),
    words.text("about.guideScoreboard", { sheet: SHEETS.scoreboard }),
    words.text("about.guideColours"),
  ];
}

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
function valueColumnWidth(title: string, subtitle: string, lines: readonly string[]): number {
  const textWidths = [
    Math.ceil(title.length * TITLE_CHARACTER_WIDTH),
    subtitle.length,
    ...lines.map((line) => line.length),
  ];
  return Math.max(MIN_VALUE_WIDTH, ...textWidths.map((width) => width + WIDTH_MARGIN - KEY_WIDTH));
}

export function aboutSheet(
  partnership: Partnership,
  words: TemplateWords = ENGLISH_WORDS,
): SheetTemplate {
  const lines = guide(words);
  const rows: readonly (readonly [string, string | number | null])[] = [
    [PARTNERSHIP_KEYS.name, partnership.name],
    [PARTNERSHIP_KEYS.cities, partnership.cities.join(", ")],
    [PARTNERSHIP_KEYS.countries, partnership.countries.join(", ")],
    [PARTNERSHIP_KEYS.startYear, partnership.startYear],
    [PARTNERSHIP_KEYS.reportingYear, partnership.reportingYear],
    [PARTNERSHIP_KEYS.list, words.token("list", partnership.list)],
    [PARTNERSHIP_KEYS.catalogueVersion, partnership.catalogueVersion],
  ];
  const title = words.text("about.title", { partnership: partnership.name });
  const subtitle = words.text("about.subtitle");
  const cells: TemplateCell[] = [
    { address: "A1", value: title, style: "title" },
    { address: "A2", value: subtitle, style: "subtitle" },
  ];
  const header = TABLE_HEADER_ROW;
  cells.push(
    { address: at(header, 1), value: words.header(KEY_VALUE_HEADERS.key), style: "header" },
    { address: at(header, 2), value: words.header(KEY_VALUE_HEADERS.value), style: "header" },
  );
  rows.forEach(([key, value], index) => {
    const row = header + 1 + index;
    const stamped = key === PARTNERSHIP_KEYS.catalogueVersion;
    cells.push({ address: at(row, 1), value: words.header(key), style: "label" });
    cells.push({
      address: at(row, 2),
      value,
      style: stamped ? "prefilled" : typeof value === "number" ? "inputYear" : "input",
    });
  });
  const lastRow = header + rows.length;
  let row = lastRow + 2;
  cells.push({ address: at(row, 1), value: words.text("about.howToUse"), style: "sectionHeading" });
  for (const line of lines) cells.push({ address: at(++row, 1), value: line, style: "note" });
  row += 2;
  cells.push({
    address: at(row, 1),
    value: words.text("about.answerScale"),
    style: "sectionHeading",
  });
  for (const level of catalogue.answerScale.levels) {
    row += 1;
    cells.push(
      { address: at(row, 1), value: level.value, style: "label" },
      {
        address: at(row, 2),
        value: words.catalogue("answerLabels", String(level.value), level.label),
        style: "label",
      },
    );
  }
  cells.push(
    { address: at(++row, 1), value: words.token("answer", "n/a"), style: "label" },
    { address: at(row, 2), value: words.text("about.notApplicable"), style: "label" },
  );
  cells.push(
    { address: at(++row, 1), value: words.token("answer", "?"), style: "label" },
    { address: at(row, 2), value: words.text("about.dontKnow"), style: "label" },
  );

  const listRow = header + 1 + rows.findIndex(([key]) => key === PARTNERSHIP_KEYS.list);
  const lists = {
    simplified: words.token("list", "simplified"),
    long: words.token("list", "long"),
  };
  const validations: DataValidationPlan[] = [
    {
      range: at(listRow, 2),
      list: { values: words.tokens("list") },
      allowBlank: false,
      prompt: { title: words.text("about.listTitle"), text: words.text("about.listPrompt", lists) },
      error: { title: words.text("about.listTitle"), text: words.text("about.listError", lists) },
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
        columns: [words.header(KEY_VALUE_HEADERS.key), words.header(KEY_VALUE_HEADERS.value)],
        style: "TableStyleLight9",
        showRowStripes: false,
      },
    ],
    validations,
    columnWidths: widthsFrom([KEY_WIDTH, valueColumnWidth(title, subtitle, lines)]),
    tabColour: TAB_COLOURS.reference,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
