// Problems in the order a user walks the workbook: by the tab order of their sheet, then row, then
// column. A problem that names a table rather than a cell sits at the top of that table's sheet;
// one that names no sheet at all (the workbook as a whole) comes first. Equal places keep the order
// they were found in (the reader's before the scoring's).

import type { Problem } from "../../engine/model/types";
import { parseSheetRange } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import { findTable } from "../../engine/read";
import type { SheetInfo } from "../../host/workbookHost";
import type { TableSet } from "./workbookReading";

interface Place {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
}

export function inSheetOrder(
  problems: readonly Problem[],
  sheets: readonly SheetInfo[],
  tables: TableSet,
): Problem[] {
  const tabOf = (sheet: string): number => {
    const index = sheets.findIndex((info) => sameName(info.name, sheet));
    return index < 0 ? sheets.length : index;
  };
  const placeOf = (problem: Problem): Place => {
    const cell = parseSheetRange(problem.address);
    if (cell !== undefined)
      return {
        sheet: tabOf(cell.sheet),
        row: cell.bounds.start.row,
        column: cell.bounds.start.column,
      };
    const table = findTable(tables, problem.address);
    if (table !== null) return { sheet: tabOf(table.sheet), row: 0, column: 0 };
    return { sheet: -1, row: 0, column: 0 };
  };
  const placed = problems.map((problem, index) => ({ problem, index, place: placeOf(problem) }));
  placed.sort(
    (a, b) =>
      a.place.sheet - b.place.sheet ||
      a.place.row - b.place.row ||
      a.place.column - b.place.column ||
      a.index - b.index,
  );
  return placed.map((entry) => entry.problem);
}
