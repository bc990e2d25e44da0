// Placing one respondent's answers on the Checklist: into their own column when they have one
// (only where it is blank: an answer already in the workbook is never overwritten), else into a
// new column whose values are listed per data row of the table.

import { readAnswer, type AnswerReading, type CellValue } from "../cells";
import { phrase, type PhraseValue } from "../language/problemTexts";
import type { CellPlan, PlanScalar } from "../plan/types";
import { cellPhrase } from "../sheetValues";
import { lineMessage } from "./lineMessage";
import type { AnswerRow, AnswerValue, LineMessage } from "./types";
import { localAddress, type ChecklistTarget } from "./workbookTables";

export interface Placement {
  /** Rows whose answer is in the workbook afterwards: written, or already there. */
  readonly placed: readonly AnswerRow[];
  readonly written: number;
  readonly unchanged: number;
  readonly rejected: readonly LineMessage[];
}

export interface ExistingColumnPlacement extends Placement {
  readonly cells: readonly CellPlan[];
}

export interface NewColumnPlacement extends Placement {
  /** One value per data row of the Checklist table, top to bottom; null where the respondent gave no answer. */
  readonly values: readonly PlanScalar[];
}

function noRowFor(row: AnswerRow, checklist: ChecklistTarget): LineMessage {
  return lineMessage(
    row.line,
    phrase("answers.noChecklistRow", { table: checklist.table.name, item: row.itemId }),
  );
}

export function placeInExistingColumn(
  rows: readonly AnswerRow[],
  columnIndex: number,
  checklist: ChecklistTarget,
): ExistingColumnPlacement {
  const { table } = checklist;
  const column = table.columns[columnIndex];
  const cells: CellPlan[] = [];
  const placed: AnswerRow[] = [];
  const rejected: LineMessage[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const rowIndex = checklist.itemRows.get(row.itemId.toLowerCase());
    const tableRow = rowIndex === undefined ? undefined : table.rows[rowIndex];
    const cell = tableRow?.cells[columnIndex];
    if (column === undefined || tableRow === undefined || cell === undefined) {
      rejected.push(noRowFor(row, checklist));
      continue;
    }
    const held = readAnswer(cell.value);
    if (held.kind === "blank") {
      cells.push({ address: localAddress(column, tableRow), value: row.answer });
      placed.push(row);
    } else if (sameAnswer(held, row.answer)) {
      unchanged++;
      placed.push(row);
    } else {
      rejected.push(
        lineMessage(
          row.line,
          phrase("answers.cellHolds", {
            cell: cell.address,
            held: heldText(held, cell.value),
            answer: row.answer,
          }),
        ),
      );
    }
  }
  return { cells, placed, written: cells.length, unchanged, rejected };
}

export function placeInNewColumn(
  rows: readonly AnswerRow[],
  checklist: ChecklistTarget,
): NewColumnPlacement {
  const values: PlanScalar[] = checklist.table.rows.map(() => null);
  const placed: AnswerRow[] = [];
  const rejected: LineMessage[] = [];
  for (const row of rows) {
    const rowIndex = checklist.itemRows.get(row.itemId.toLowerCase());
    if (rowIndex === undefined) {
      rejected.push(noRowFor(row, checklist));
      continue;
    }
    values[rowIndex] = row.answer;
    placed.push(row);
  }
  return { values, placed, written: placed.length, unchanged: 0, rejected };
}

function sameAnswer(held: AnswerReading, answer: AnswerValue): boolean {
  if (held.kind === "score") return held.value === answer;
  if (held.kind === "not-applicable") return answer === "n/a";
  if (held.kind === "dont-know") return answer === "?";
  return false;
}

// "3", "n/a", "?" as the user typed them; anything else (text that is not an answer) as a cell is described.
function heldText(held: AnswerReading, value: CellValue): PhraseValue {
  if (held.kind === "score") return String(held.value);
  if (held.kind === "not-applicable") return "n/a";
  if (held.kind === "dont-know") return "?";
  return cellPhrase(value);
}
