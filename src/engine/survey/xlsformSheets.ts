// An XlsForm as the three sheets the format defines (survey, choices, settings), each a header row
// and one row per entry, as sheet plans any values writer can save. Languages become column pairs
// `label::English (en)` and `hint::English (en)`, as Kobo and ODK read them.

import { columnLetters } from "../plan/address";
import type { CellPlan, CellStylePlan, PlanScalar, SheetPlan } from "../plan/types";
import type { FormLanguage, Translated, XlsForm } from "./xlsform";

export const XLSFORM_STYLES: Readonly<Record<string, CellStylePlan>> = {
  header: { bold: true, fill: "#D9E2F3", bottomBorder: true },
};

function languageColumn(kind: "label" | "hint", language: FormLanguage): string {
  return `${kind}::${language.name} (${language.code})`;
}

function sheet(
  name: string,
  headers: readonly string[],
  rows: readonly (readonly PlanScalar[])[],
  widths: readonly number[],
): SheetPlan {
  const cells: CellPlan[] = headers.map((header, column) => ({
    address: `${columnLetters(column + 1)}1`,
    value: header,
    style: "header",
  }));
  rows.forEach((row, rowIndex) => {
    row.forEach((value, column) => {
      if (value !== null && value !== "")
        cells.push({ address: `${columnLetters(column + 1)}${rowIndex + 2}`, value });
    });
  });
  return {
    name,
    owned: true,
    cells,
    columnWidths: Object.fromEntries(
      widths.map((width, column) => [columnLetters(column + 1), width]),
    ),
    freeze: { rows: 1, columns: 0 },
  };
}

function texts(text: Translated | undefined, languages: readonly FormLanguage[]): string[] {
  return languages.map((language) => text?.[language.code] ?? "");
}

export function xlsformSheets(form: XlsForm): SheetPlan[] {
  const { languages } = form;
  const survey = sheet(
    "survey",
    [
      "type",
      "name",
      ...languages.map((language) => languageColumn("label", language)),
      ...languages.map((language) => languageColumn("hint", language)),
      "required",
    ],
    form.survey.map((row) => [
      row.type,
      row.name,
      ...texts(row.label, languages),
      ...texts(row.hint, languages),
      row.required === true ? "yes" : "",
    ]),
    [30, 18, ...languages.map(() => 70), ...languages.map(() => 50), 10],
  );
  const choices = sheet(
    "choices",
    ["list_name", "name", ...languages.map((language) => languageColumn("label", language))],
    form.choices.map((row) => [row.listName, row.name, ...texts(row.label, languages)]),
    [20, 32, ...languages.map(() => 40)],
  );
  const { settings } = form;
  const settingsSheet = sheet(
    "settings",
    ["form_title", "form_id", "version", "default_language"],
    [
      [
        settings.formTitle,
        settings.formId,
        settings.version,
        `${settings.defaultLanguage.name} (${settings.defaultLanguage.code})`,
      ],
    ],
    [50, 30, 20, 20],
  );
  return [survey, choices, settingsSheet];
}
