// C2C_Checklist: Principle · Item ID · Item · one column per respondent · Item score · Spread ·
// Evidence. Respondent columns are the columns between Item and Item score (or whichever of Item
// score, Spread and Evidence comes first after Item); each is matched by its header to a row of
// C2C_Stakeholders. Answers are kept as the cells hold them; those that are not 1–5, n/a, ? or a
// blank are reported here, and scoring treats them as missing.

import { catalogue } from "../catalogue";
import type { ChecklistItem, PrincipleId } from "../catalogue/types";
import { readAnswer } from "../cells";
import { CHECKLIST_HEADERS } from "../model/contract";
import type { ChecklistItemRow, Respondent } from "../model/types";
import { normaliseHeader } from "../plan/headers";
import { typedTable, type TableData, type TypedRow } from "../plan/tableData";
import { nameKey, textOf } from "../sheetValues";
import { principleIdOf, principleOfItemId } from "./principleIds";
import type { ProblemList } from "./problemList";
import type { StakeholderRegister } from "./readStakeholders";
import { checkColumns, headerAddress, isBlankRow } from "./tables";

export interface ChecklistReading {
  readonly respondents: readonly Respondent[];
  readonly rows: readonly ChecklistItemRow[];
}

type ChecklistKey = keyof typeof CHECKLIST_HEADERS;

const ITEMS_BY_ID = new Map<string, ChecklistItem>(
  catalogue.items.map((item) => [item.id.toLowerCase(), item]),
);

/** Null when the table is absent or cannot be read (no Item ID column). */
export function readChecklist(
  table: TableData | null,
  register: StakeholderRegister,
  registerRead: boolean,
  problems: ProblemList,
): ChecklistReading | null {
  if (table === null) return null;
  const typed = typedTable(table, CHECKLIST_HEADERS);
  // Respondent names may repeat (two columns for one person); checkColumns would call that a
  // repeated header, so only the fixed columns' repeats are reported through it.
  const fixedKeys = new Set(Object.values(CHECKLIST_HEADERS).map(normaliseHeader));
  if (
    !checkColumns(
      { ...typed, duplicates: typed.duplicates.filter((column) => fixedKeys.has(column.key)) },
      CHECKLIST_HEADERS,
      ["itemId"],
      problems,
    )
  )
    return null;

  const respondentIndexes = respondentColumns(table);
  const respondents = respondentIndexes.map((index) =>
    respondentOf(table, index, register, registerRead, problems),
  );
  reportRepeatedNames(table, respondentIndexes, problems);

  const rows: ChecklistItemRow[] = [];
  const seen = new Map<string, number>();
  typed.rows.forEach((row, position) => {
    const tableRow = table.rows[position];
    const answerCells = respondentIndexes.map((index) => tableRow?.cells[index]);
    const answersBlank = answerCells.every(
      (cell) => cell === undefined || readAnswer(cell.value).kind === "blank",
    );
    if (isBlankRow(row) && answersBlank) return;
    const parsed = itemOf(table, row, problems);
    if (parsed === undefined) return;
    const earlier = seen.get(parsed.itemId.toLowerCase());
    if (earlier !== undefined) {
      problems.warn(row.cells.itemId?.address ?? table.name, "checklist.itemAgain", {
        item: parsed.itemId,
        first: earlier,
      });
      return;
    }
    seen.set(parsed.itemId.toLowerCase(), row.row);
    for (const cell of answerCells) {
      if (cell === undefined) continue;
      const reading = readAnswer(cell.value);
      if (reading.kind === "invalid")
        problems.warn(cell.address, "checklist.answerUnreadable", { reason: reading.reason });
    }
    rows.push({
      ...parsed,
      answers: answerCells.map((cell) => cell?.value ?? null),
      evidence: textOf(row.cells.evidence?.value),
      row: row.row,
    });
  });
  return { respondents, rows };
}

// Between the last of Principle / Item ID / Item and the first of Item score / Spread / Evidence after it.
/**
 * Where the respondent columns stand, as indexes into table.columns: from just after the last of
 * Principle, Item ID and Item, up to (not including) the first of Item score, Spread and Evidence
 * after them, or the table's end. Answers imported from a survey tool go in the same place.
 */
export function respondentColumnSpan(table: TableData): {
  readonly start: number;
  readonly end: number;
} {
  const indexOf = (header: string): number =>
    table.columns.findIndex((column) => column.key === normaliseHeader(header));
  const start =
    Math.max(
      indexOf(CHECKLIST_HEADERS.principle),
      indexOf(CHECKLIST_HEADERS.itemId),
      indexOf(CHECKLIST_HEADERS.item),
    ) + 1;
  const ends = [CHECKLIST_HEADERS.itemScore, CHECKLIST_HEADERS.spread, CHECKLIST_HEADERS.evidence]
    .map(indexOf)
    .filter((index) => index >= start);
  return { start, end: ends.length === 0 ? table.columns.length : Math.min(...ends) };
}

function respondentColumns(table: TableData): number[] {
  const { start, end } = respondentColumnSpan(table);
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}

function respondentOf(
  table: TableData,
  index: number,
  register: StakeholderRegister,
  registerRead: boolean,
  problems: ProblemList,
): Respondent {
  const name = table.columns[index]?.header.trim() ?? "";
  const registered = register.byName.get(nameKey(name));
  if (registered !== undefined) return { ...registered, name };
  if (registerRead) {
    problems.warn(headerAddress(table, index), "checklist.unregistered", { name });
  }
  return { name, organisation: "", group: null, city: "", role: "" };
}

function reportRepeatedNames(
  table: TableData,
  indexes: readonly number[],
  problems: ProblemList,
): void {
  const seen = new Set<string>();
  for (const index of indexes) {
    const key = nameKey(table.columns[index]?.header ?? "");
    if (seen.has(key)) {
      problems.warn(headerAddress(table, index), "checklist.sameRespondent", {
        name: table.columns[index]?.header.trim() ?? "",
      });
    }
    seen.add(key);
  }
}

function itemOf(
  table: TableData,
  row: TypedRow<ChecklistKey>,
  problems: ProblemList,
): Pick<ChecklistItemRow, "principle" | "itemId" | "item"> | undefined {
  const itemIdCell = row.cells.itemId;
  const itemId = textOf(itemIdCell?.value);
  if (itemIdCell === undefined || itemId === "") {
    problems.warn(itemIdCell?.address ?? table.name, "checklist.noItemId");
    return undefined;
  }
  const known = ITEMS_BY_ID.get(itemId.toLowerCase());
  const principle = principleOf(table, row, itemId, known, problems);
  if (principle === undefined) return undefined;
  const text = textOf(row.cells.item?.value);
  return { principle, itemId: known?.id ?? itemId, item: text === "" ? (known?.text ?? "") : text };
}

// The row's Principle when it names one; else the catalogue's principle of the item, else the
// principle its id starts with (a user's own item "TA7").
function principleOf(
  table: TableData,
  row: TypedRow<ChecklistKey>,
  itemId: string,
  known: ChecklistItem | undefined,
  problems: ProblemList,
): PrincipleId | undefined {
  const cell = row.cells.principle;
  const typed = textOf(cell?.value);
  const fromItem = known?.principle ?? principleOfItemId(itemId);
  if (typed === "") {
    if (fromItem !== undefined) return fromItem;
    problems.warn(row.cells.itemId?.address ?? table.name, "checklist.noPrinciple", {
      item: itemId,
    });
    return undefined;
  }
  const named = principleIdOf(typed);
  if (named === undefined) {
    const address = cell?.address ?? table.name;
    if (fromItem === undefined) problems.warn(address, "checklist.notPrinciple", { typed });
    else problems.warn(address, "checklist.notPrincipleFromId", { typed, principle: fromItem });
    return fromItem;
  }
  if (known !== undefined && known.principle !== named) {
    problems.warn(cell?.address ?? table.name, "checklist.principleDiffers", {
      item: known.id,
      catalogue: known.principle,
      row: named,
    });
  }
  return named;
}
