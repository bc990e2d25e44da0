// The action plan: the weak spots an action can be added for (the Scoreboard's priorities), and a
// new action written into C2C_Actions — into the table's first blank row (a new workbook offers ten)
// or appended below it — with the next free ID and the status "planned".

import { ACTION_HEADERS, TABLES } from "../../engine/model/contract";
import { qualifiedAddress } from "../../engine/plan/address";
import { normaliseHeader } from "../../engine/plan/headers";
import type { TableData } from "../../engine/plan/tableData";
import type { PlanScalar, WorkbookPlan } from "../../engine/plan/types";
import { findTable } from "../../engine/read";
import { isBlank, textOf } from "../../engine/sheetValues";
import { goalOf } from "../../engine/read/goalNumbers";
import { principleIdOf } from "../../engine/read/principleIds";
import { catalogueText } from "../../engine/catalogue/texts";
import { bandText } from "../components/bandText";
import { formatPrincipleScore, formatSdgIndex } from "../components/format";
import type { PaneTexts } from "../texts/paneTexts";
import type { SessionContext } from "./sessionContext";
import type { ActionAdded, NewAction, WeakSpot } from "./types";
import { readScoredWorkbook } from "./workbookReading";

const PLANNED = "planned";
const ID_PATTERN = /^A(\d+)$/i;

export async function weakSpots(context: SessionContext): Promise<readonly WeakSpot[]> {
  const { scores } = await readScoredWorkbook(context);
  const { principles, goals } = scores.priorities;
  const texts = context.texts();
  const { t, language } = texts;
  return [
    ...principles.map((entry) => ({
      target: entry.principle,
      label: `${entry.principle} ${catalogueText(language, "principleNames", entry.principle) ?? entry.name}`,
      detail: t("actions.principleDetail", {
        score: formatPrincipleScore(texts, entry.score),
        band: bandText(texts, entry.band),
      }),
    })),
    ...goals.map((entry) => ({
      target: `SDG ${entry.goal}`,
      label: `SDG ${entry.goal} ${catalogueText(language, "goalNames", String(entry.goal)) ?? entry.name}`,
      detail: t("actions.goalDetail", {
        city: entry.city,
        year: entry.year,
        index: formatSdgIndex(texts, entry.index),
        band: bandText(texts, entry.band),
      }),
    })),
  ];
}

export async function addAction(context: SessionContext, action: NewAction): Promise<ActionAdded> {
  const texts = context.texts();
  const { t } = texts;
  const problems = actionProblems(texts, action);
  if (problems.length > 0)
    throw new Error(t("actions.notAdded", { problems: problems.join("; ") }));
  const table = findTable(await context.host.readTables([TABLES.actions]), TABLES.actions);
  if (table === null) throw new Error(t("actions.noTable", { table: TABLES.actions }));
  const id = nextActionId(table);
  const values: Readonly<Record<string, PlanScalar>> = {
    [ACTION_HEADERS.id]: id,
    [ACTION_HEADERS.action]: action.action.trim(),
    [ACTION_HEADERS.target]: action.target.trim(),
    [ACTION_HEADERS.owner]: blankIfEmpty(action.owner),
    [ACTION_HEADERS.due]: blankIfEmpty(action.due),
    [ACTION_HEADERS.status]: PLANNED,
    [ACTION_HEADERS.stakeholderInput]:
      action.stakeholderInputAddressed === null
        ? null
        : action.stakeholderInputAddressed
          ? "y"
          : "n",
  };
  await context.host.applyPlan(actionPlan(table, values), {
    dialect: context.dialect,
    existingSheet: "fail",
  });
  const written = findTable(await context.host.readTables([TABLES.actions]), TABLES.actions);
  return { id, address: actionCellOf(written ?? table, id) };
}

function actionProblems({ t }: PaneTexts, action: NewAction): string[] {
  const problems: string[] = [];
  if (action.action.trim() === "") problems.push(t("actions.noText"));
  const target = action.target.trim();
  if (principleIdOf(target) === undefined && typeof goalOf(target) !== "number") {
    problems.push(t("actions.notTarget", { target }));
  }
  return problems;
}

const blankIfEmpty = (text: string): PlanScalar => (text.trim() === "" ? null : text.trim());

/** A1, A2 …: one more than the highest "A<number>" ID in the table. */
export function nextActionId(table: TableData): string {
  const idColumn = columnIndex(table, ACTION_HEADERS.id);
  let highest = 0;
  for (const row of table.rows) {
    const match = ID_PATTERN.exec(textOf(row.cells[idColumn]?.value ?? null).trim());
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `A${highest + 1}`;
}

// The first row with nothing in any cell takes the action; without one the table grows by a row.
function actionPlan(table: TableData, values: Readonly<Record<string, PlanScalar>>): WorkbookPlan {
  const blankRow = table.rows.find((row) => row.cells.every((cell) => isBlank(cell.value)));
  if (blankRow === undefined)
    return {
      styles: {},
      sheets: [],
      names: [],
      tableEdits: [{ table: table.name, appendRows: [values] }],
    };
  const cells = Object.entries(values).flatMap(([header, value]) => {
    const column = table.columns[columnIndex(table, header)];
    return column === undefined || value === null
      ? []
      : [{ address: `${column.column}${blankRow.row}`, value }];
  });
  return { styles: {}, sheets: [], names: [], edits: [{ sheet: table.sheet, cells }] };
}

function columnIndex(table: TableData, header: string): number {
  return table.columns.findIndex((column) => column.key === normaliseHeader(header));
}

function actionCellOf(table: TableData, id: string): string {
  const idColumn = columnIndex(table, ACTION_HEADERS.id);
  const actionColumn = table.columns[columnIndex(table, ACTION_HEADERS.action)];
  const row = [...table.rows]
    .reverse()
    .find((candidate) => textOf(candidate.cells[idColumn]?.value ?? null).trim() === id);
  if (row === undefined || actionColumn === undefined) return table.name;
  return qualifiedAddress(table.sheet, `${actionColumn.column}${row.row}`);
}
