// C2C_Actions: the action plan (docs/method.md §5, transparency and accountability). Statuses and the
// y/n column are checked; a Principle/Goal that names neither a principle nor a goal is reported
// but kept as typed, since the column is for people to read.

import { ACTION_HEADERS } from "../model/contract";
import { tokenOf } from "../language/contractWords";
import { ACTION_STATUSES, type ActionRow, type ActionStatus } from "../model/types";
import { typedTable, type TableCellData, type TableData } from "../plan/tableData";
import { dateText, readFlag } from "./cellReaders";
import { cellPhrase, isBlank, textOf } from "../sheetValues";
import { goalOf } from "./goalNumbers";
import { principleIdOf } from "./principleIds";
import type { ProblemList } from "./problemList";
import { checkColumns, isBlankRow } from "./tables";

export function readActions(table: TableData | null, problems: ProblemList): ActionRow[] {
  if (table === null) return [];
  const typed = typedTable(table, ACTION_HEADERS);
  checkColumns(typed, ACTION_HEADERS, [], problems);
  const actions: ActionRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of typed.rows) {
    if (isBlankRow(row)) continue;
    const { cells } = row;
    const id = textOf(cells.id?.value);
    const earlier = firstRowOf.get(id.toLowerCase());
    if (id !== "" && earlier !== undefined) {
      problems.warn(cells.id?.address ?? table.name, "action.listedAgain", { id, first: earlier });
    } else if (id !== "") {
      firstRowOf.set(id.toLowerCase(), row.row);
    }
    const target = textOf(cells.target?.value);
    if (
      target !== "" &&
      principleIdOf(target) === undefined &&
      typeof goalOf(target) !== "number"
    ) {
      problems.warn(cells.target?.address ?? table.name, "action.badTarget", { target });
    }
    actions.push({
      id,
      action: textOf(cells.action?.value),
      target,
      owner: textOf(cells.owner?.value),
      due: dateText(cells.due?.value),
      status: statusOf(cells.status, problems),
      stakeholderInputAddressed: flagOf(cells.stakeholderInput, problems),
      evidence: textOf(cells.evidence?.value),
      row: row.row,
    });
  }
  return actions;
}

function statusOf(cell: TableCellData | undefined, problems: ProblemList): ActionStatus | null {
  if (cell === undefined || isBlank(cell.value)) return null;
  // "In progress", "in-progress", "en cours" and "En curso" are one status.
  const status = tokenOf("status", textOf(cell.value));
  if (status !== undefined) return status;
  problems.warn(cell.address, "action.notStatus", {
    cell: cellPhrase(cell.value),
    statuses: ACTION_STATUSES.join(", "),
  });
  return null;
}

function flagOf(cell: TableCellData | undefined, problems: ProblemList): boolean | null {
  if (cell === undefined) return null;
  const reading = readFlag(cell.value);
  if (reading.kind === "flag") return reading.value;
  if (reading.kind === "invalid")
    problems.warn(cell.address, "action.addressedUnreadable", { reason: reading.reason });
  return null;
}
