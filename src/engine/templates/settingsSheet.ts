// The Settings sheet: the C2C_Settings table (Key · Value · Meaning), one defined name per Value
// cell, and range names over the band limits and weights.

import { KEY_VALUE_HEADERS, SHEETS, TABLES } from "../model/contract";
import { normaliseHeader } from "../plan/headers";
import type { DataValidationPlan, DefinedNamePlan } from "../plan/types";
import type { ScoringSettings } from "../settings";
import { TABLE_HEADER_ROW, at, span, widthsFrom } from "./grid";
import { settingsNames } from "./settingsNames";
import { settingsRows } from "./settingsRows";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

export interface SettingsSheet {
  readonly sheet: SheetTemplate;
  readonly names: readonly DefinedNamePlan[];
  /** normalised key → Value cell, as layoutFromTables finds them in a workbook. */
  readonly valueCells: ReadonlyMap<string, string>;
}

export function settingsSheet(
  settings: ScoringSettings,
  words: TemplateWords = ENGLISH_WORDS,
): SettingsSheet {
  const rows = settingsRows(settings, words);
  const header = TABLE_HEADER_ROW;
  const columns = [
    words.header(KEY_VALUE_HEADERS.key),
    words.header(KEY_VALUE_HEADERS.value),
    words.text("settings.meaningHeader"),
  ];
  const cells: TemplateCell[] = [
    { address: "A1", value: words.text("settings.title"), style: "title" },
    { address: "A2", value: words.text("settings.subtitle"), style: "subtitle" },
    ...columns.map((text, index) => ({
      address: at(header, index + 1),
      value: text,
      style: "header" as const,
    })),
  ];
  const valueCells = new Map<string, string>();
  const validations: DataValidationPlan[] = [];
  rows.forEach((row, index) => {
    const sheetRow = header + 1 + index;
    cells.push({ address: at(sheetRow, 1), value: row.key, style: "label" });
    cells.push({ address: at(sheetRow, 2), value: row.value, style: "input" });
    cells.push({ address: at(sheetRow, 3), value: row.meaning, style: "note" });
    valueCells.set(normaliseHeader(row.key), at(sheetRow, 2));
    if (row.choices !== undefined) {
      validations.push({
        range: at(sheetRow, 2),
        list: { values: row.choices },
        allowBlank: false,
        error: {
          title: row.key.slice(0, 32),
          text: words.text("validation.chooseOneOf", { choices: row.choices.join(", ") }),
        },
      });
    }
  });
  const lastRow = header + rows.length;
  return {
    sheet: {
      name: SHEETS.settings,
      owned: false,
      cells,
      tables: [
        {
          name: TABLES.settings,
          range: span(header, 1, lastRow, 3),
          columns,
          style: "TableStyleLight9",
          showRowStripes: false,
        },
      ],
      validations,
      columnWidths: widthsFrom([38, 12, 100]),
      freeze: { rows: header, columns: 0 },
      tabColour: TAB_COLOURS.reference,
      print: PRINT_ONE_PAGE_WIDE,
    },
    names: settingsNames(SHEETS.settings, valueCells, settings),
    valueCells,
  };
}
