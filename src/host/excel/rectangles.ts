// Cells grouped into the fewest obvious rectangles, so a style, a number format or an edit goes to
// Excel as one range command per block instead of one per cell.

import type { CellPosition, RangeBounds } from "../../engine/plan/address";

/**
 * Disjoint rectangles covering exactly the given cells: each row's cells split into runs of
 * adjacent columns, and a run stacked on an identical run of the row above joins its rectangle.
 */
export function coveringRectangles(positions: Iterable<CellPosition>): RangeBounds[] {
  const columnsByRow = new Map<number, number[]>();
  for (const { row, column } of positions) {
    const columns = columnsByRow.get(row);
    if (columns === undefined) columnsByRow.set(row, [column]);
    else columns.push(column);
  }
  const done: RangeBounds[] = [];
  // Open rectangles by their column span, each waiting for the next row.
  let open = new Map<string, { startRow: number; first: number; last: number }>();
  let previousRow = Number.NEGATIVE_INFINITY;
  for (const row of [...columnsByRow.keys()].sort((a, b) => a - b)) {
    const runs = columnRuns(columnsByRow.get(row) ?? []);
    const next = new Map<string, { startRow: number; first: number; last: number }>();
    for (const run of runs) {
      const key = `${run.first}:${run.last}`;
      const continued = row === previousRow + 1 ? open.get(key) : undefined;
      next.set(key, continued ?? { startRow: row, ...run });
      if (continued !== undefined) open.delete(key);
    }
    for (const closed of open.values()) done.push(bounds(closed, previousRow));
    open = next;
    previousRow = row;
  }
  for (const closed of open.values()) done.push(bounds(closed, previousRow));
  return done.sort((a, b) => a.start.row - b.start.row || a.start.column - b.start.column);
}

function columnRuns(columns: readonly number[]): { first: number; last: number }[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: { first: number; last: number }[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && column === last.last + 1) last.last = column;
    else runs.push({ first: column, last: column });
  }
  return runs;
}

function bounds(
  open: { startRow: number; first: number; last: number },
  endRow: number,
): RangeBounds {
  return {
    start: { row: open.startRow, column: open.first },
    end: { row: endRow, column: open.last },
  };
}
