// Addresses for problems found while scoring. The scorer knows a row's sheet row but not which
// column holds which header, so it names the whole row ("Indicators!12:12"), which Excel selects.

import type { Assessment } from "../model/types";
import { SHEETS, type TABLES } from "../model/contract";
import { qualifiedAddress } from "../plan/address";

type TableKey = keyof typeof TABLES;

const CONTRACT_SHEETS: Readonly<Record<TableKey, string>> = {
  partnership: SHEETS.about,
  settings: SHEETS.settings,
  checklist: SHEETS.checklist,
  stakeholders: SHEETS.stakeholders,
  indicators: SHEETS.indicators,
  actions: SHEETS.actions,
};

export function sheetOf(assessment: Pick<Assessment, "sheets">, table: TableKey): string {
  return assessment.sheets?.[table] ?? CONTRACT_SHEETS[table];
}

export function rowAddress(sheet: string, row: number): string {
  return qualifiedAddress(sheet, `${row}:${row}`);
}
