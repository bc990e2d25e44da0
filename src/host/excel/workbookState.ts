// What the host reads before it changes anything: the sheets in tab order, their tables and
// protection, the workbook's structure protection, the defined names, and the add-in's settings on
// its hidden sheet. Two syncs whatever the workbook's size: one for the collections and the
// workbook's protection, one for what hangs off each sheet.

import type { CellValue } from "../../engine/cells";
import { parseRange } from "../../engine/plan/address";
import {
  ADDIN_SETTINGS_SHEET,
  ownedSheets,
  settingsFromRows,
} from "../../engine/plan/addinSettings";
import { sameName } from "../../engine/plan/names";
import type { WorkbookInventory } from "../../engine/plan/placement";
import { cellValueOf } from "./cellEntries";
import type { RequestContextApi } from "./excelApi";

export interface WorkbookState {
  /** Sheets (without the settings sheet), tables and names, as placePlan wants them. */
  readonly inventory: WorkbookInventory;
  readonly settings: Readonly<Record<string, string>>;
  readonly settingsSheetExists: boolean;
  /** Every sheet name in tab order, the hidden settings sheet included. */
  readonly tabOrder: readonly string[];
  /** The sheets that are protected now. */
  readonly protectedSheets: readonly string[];
  /** The workbook's structure is protected (Review › Protect Workbook). */
  readonly structureProtected: boolean;
}

/** Reads queued alongside the state's two syncs, so they cost no sync of their own. */
export interface ReadsAlongside {
  /** Queued before the first sync. */
  readonly first: () => void;
  /** Queued before the second sync, with the first one's results readable. */
  readonly second: () => void;
}

export async function readWorkbookState(
  context: RequestContextApi,
  alongside?: ReadsAlongside,
): Promise<WorkbookState> {
  alongside?.first();
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/formula");
  const protection = context.workbook.protection;
  protection.load("protected");
  await context.sync();

  const sheets = [...worksheets.items].sort((a, b) => a.position - b.position);
  const tableCollections = sheets.map((sheet) => {
    const tables = sheet.tables;
    tables.load("items/name");
    return tables;
  });
  for (const sheet of sheets) sheet.protection.load("protected");
  const settingsSheet = sheets.find((sheet) => sameName(sheet.name, ADDIN_SETTINGS_SHEET));
  const settingsRange = settingsSheet?.getUsedRangeOrNullObject(true);
  settingsRange?.load("address,values");
  alongside?.second();
  await context.sync();

  const settings =
    settingsRange === undefined || settingsRange.isNullObject
      ? {}
      : settingsFromRows(rowsFromA1(settingsRange.address, settingsRange.values));
  const owned = ownedSheets(settings);
  const userVisible = sheets.filter((sheet) => !sameName(sheet.name, ADDIN_SETTINGS_SHEET));
  return {
    inventory: {
      sheets: userVisible.map((sheet) => ({
        name: sheet.name,
        owned: owned.some((name) => sameName(name, sheet.name)),
      })),
      tables: sheets.flatMap((sheet, index) =>
        (tableCollections[index]?.items ?? []).map((table) => ({
          name: table.name,
          sheet: sheet.name,
        })),
      ),
      names: names.items.map((item) => ({
        name: item.name,
        ...(item.type === "Range" ? rangeReference(item.formula) : {}),
      })),
      reservedSheets: [ADDIN_SETTINGS_SHEET],
    },
    settings,
    settingsSheetExists: settingsSheet !== undefined,
    tabOrder: sheets.map((sheet) => sheet.name),
    protectedSheets: sheets
      .filter((sheet) => sheet.protection.protected)
      .map((sheet) => sheet.name),
    structureProtected: protection.protected,
  };
}

/**
 * The rows of a sheet from row 1 and column A, given a range's address and values (a used range
 * starts wherever the first non-blank cell is).
 */
function rowsFromA1(address: string, values: readonly (readonly unknown[])[]): CellValue[][] {
  const bounds = parseRange(address.slice(address.lastIndexOf("!") + 1));
  if (bounds === undefined) return [];
  const rows: CellValue[][] = [];
  for (let row = 1; row <= bounds.end.row; row++) {
    const cells: CellValue[] = [];
    for (let column = 1; column <= bounds.end.column; column++) {
      cells.push(cellValueOf(values[row - bounds.start.row]?.[column - bounds.start.column]));
    }
    rows.push(cells);
  }
  return rows;
}

/** "=Settings!$B$3" or "='Partner data'!$A$1:$B$2" → its sheet and range; undefined for anything else. */
export function rangeReference(formula: unknown): { sheet: string; range: string } | undefined {
  if (typeof formula !== "string") return undefined;
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheetPart = text.slice(0, bang);
  const range = text.slice(bang + 1).replace(/\$/g, "");
  if (parseRange(range) === undefined) return undefined;
  const quoted = /^'((?:[^']|'')+)'$/.exec(sheetPart);
  if (quoted !== null) return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), range };
  // An unquoted sheet part is a plain name; a comma or a #REF! means several areas or a lost sheet.
  return /^[^\s',#]+$/.test(sheetPart) ? { sheet: sheetPart, range } : undefined;
}
