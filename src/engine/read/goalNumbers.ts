// SDG goal numbers as users type them: 6, "6", "SDG 6", "Goal 6".

import { readWholeNumber } from "./cellReaders";
import type { CellValue } from "../cells";

export const FIRST_GOAL = 1;
export const LAST_GOAL = 17;

const GOAL_TEXT = /^(?:sdg|goal)?\s*(\d{1,2})$/iu;

export function goalOf(cell: CellValue): number | "blank" | "invalid" {
  const reading = readWholeNumber(cell);
  if (reading.kind === "blank") return "blank";
  const number =
    reading.kind === "number"
      ? reading.value
      : typeof cell === "string"
        ? Number(GOAL_TEXT.exec(cell.trim())?.[1])
        : NaN;
  return Number.isInteger(number) && number >= FIRST_GOAL && number <= LAST_GOAL
    ? number
    : "invalid";
}

/** "11.6.2" → 11, "6.b.1" → 6: the goal a UN-style code starts with; undefined otherwise. */
export function goalOfCode(code: string): number | undefined {
  const goal = Number(/^(\d{1,2})\./u.exec(code.trim())?.[1]);
  return Number.isInteger(goal) && goal >= FIRST_GOAL && goal <= LAST_GOAL ? goal : undefined;
}
