// The Settings form: the scoring settings as the workbook's C2C_Settings table gives them, and new
// values written into that table's Value cells — found by each row's Key, wherever the user moved
// the rows — so the formulas that pass the setting names recalculate. Invalid settings are refused
// whole, before anything is written; the user refreshes to rescore the Scoreboard.

import { KEY_VALUE_HEADERS, TABLES } from "../../engine/model/contract";
import { normaliseHeader } from "../../engine/plan/headers";
import type { TableData } from "../../engine/plan/tableData";
import type {
  PlanScalar,
  SheetEditPlan,
  TableEditPlan,
  WorkbookPlan,
} from "../../engine/plan/types";
import { findTable, ProblemList, readSettings as readSettingsTable } from "../../engine/read";
import { keyValueCellsByKey } from "../../engine/read/keyValueTable";
import { phraseText } from "../../engine/language/problemTexts";
import { settingsFindings, type ScoringSettings } from "../../engine/settings";
import { layoutFromTables } from "../../engine/templates";
import { settingsRows } from "../../engine/templates/settingsRows";
import type { SessionContext } from "./sessionContext";
import type { SettingsState } from "./types";

export async function readSettings(context: SessionContext): Promise<SettingsState> {
  const table = await settingsTable(context);
  const problems = new ProblemList();
  const settings = readSettingsTable(table, problems);
  return { settings, problems: [...problems.problems], editable: table !== null };
}

export async function writeSettings(
  context: SessionContext,
  settings: ScoringSettings,
): Promise<void> {
  const texts = context.texts();
  const problems = settingsFindings(settings).map((found) => phraseText(texts.language, found));
  if (problems.length > 0)
    throw new Error(texts.t("settings.notSaved", { problems: problems.join("; ") }));
  const table = await settingsTable(context);
  if (table === null) {
    throw new Error(context.texts().t("settings.noTableToSave", { table: TABLES.settings }));
  }
  const plan = settingsPlan(table, settings);
  if ((plan.edits?.length ?? 0) === 0 && (plan.tableEdits?.length ?? 0) === 0) return;
  await context.host.applyPlan(plan, { dialect: context.dialect, existingSheet: "fail" });
}

async function settingsTable(context: SessionContext): Promise<TableData | null> {
  return findTable(await context.host.readTables([TABLES.settings]), TABLES.settings);
}

/**
 * Edits of the Value cells whose value changes, and a row appended for each setting the table has
 * no row for (a workbook prepared by another tool may hold only some of them).
 */
export function settingsPlan(table: TableData, settings: ScoringSettings): WorkbookPlan {
  const valueCells = layoutFromTables({ [TABLES.settings]: table }).settingsValueCells;
  const current = currentValues(table);
  const cells: { address: string; value: PlanScalar }[] = [];
  const missing: Record<string, PlanScalar>[] = [];
  for (const row of settingsRows(settings)) {
    const key = normaliseHeader(row.key);
    const address = valueCells.get(key);
    if (address === undefined)
      missing.push({ [KEY_VALUE_HEADERS.key]: row.key, [KEY_VALUE_HEADERS.value]: row.value });
    else if (!sameSetting(current.get(key), row.value)) cells.push({ address, value: row.value });
  }
  const edits: SheetEditPlan[] = cells.length === 0 ? [] : [{ sheet: table.sheet, cells }];
  const tableEdits: TableEditPlan[] =
    missing.length === 0 ? [] : [{ table: table.name, appendRows: missing }];
  return { styles: {}, sheets: [], names: [], edits, tableEdits };
}

function currentValues(table: TableData): Map<string, unknown> {
  return new Map([...keyValueCellsByKey(table)].map(([key, cell]) => [key, cell.value]));
}

// Text settings are read without case ("Peer" is peer, "ta, stk" is TA, STK), so rewriting one that
// only differs in case is no change.
function sameSetting(current: unknown, wanted: number | string): boolean {
  if (typeof wanted === "string")
    return typeof current === "string" && current.trim().toLowerCase() === wanted.toLowerCase();
  return current === wanted;
}
