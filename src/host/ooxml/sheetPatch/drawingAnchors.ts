// Where the pictures, charts and shapes of a sheet's drawing part (xl/drawings/drawingN.xml) stand:
// a two-cell anchor over its `from` to its `to` cell, a one-cell anchor at its `from` cell (its size
// is in EMUs, and which cells that covers depends on column widths, so only the anchor cell is
// known), a `to` marker at offset 0 ending in the cell before. An absolute anchor names no cell. Rows and columns are 0-based in the part (ISO 29500-1
// §20.5.2.15, `col`/`row`), 1-based here.

import type { RangeBounds } from "../../../engine/plan/address";
import { elementSpans, firstElement } from "../partText";

export interface DrawingAnchor {
  readonly bounds: RangeBounds;
  /** What the anchor holds, as a user names it: "picture", "chart", "shape", "drawing". */
  readonly shows: DrawingContent;
}

export type DrawingContent = "picture" | "chart" | "graphic" | "shape" | "drawing";

export function drawingAnchors(xml: string): DrawingAnchor[] {
  const anchors = [
    ...elementSpans(xml, "twoCellAnchor"),
    ...elementSpans(xml, "oneCellAnchor"),
  ].sort((a, b) => a.start - b.start);
  return anchors.flatMap((anchor) => {
    const from = anchorCell(anchor.text, "from");
    if (from === undefined) return [];
    const to = anchorCell(anchor.text, "to");
    // A `to` marker at offset 0 ends on the cell's edge: the drawing stops in the cell before.
    const end =
      to === undefined
        ? from
        : {
            row: to.onRowEdge && to.row > from.row ? to.row - 1 : to.row,
            column: to.onColumnEdge && to.column > from.column ? to.column - 1 : to.column,
          };
    const bounds = {
      start: { row: Math.min(from.row, end.row), column: Math.min(from.column, end.column) },
      end: { row: Math.max(from.row, end.row), column: Math.max(from.column, end.column) },
    };
    return [{ bounds, shows: shownContent(anchor.text) }];
  });
}

interface AnchorMarker {
  readonly row: number;
  readonly column: number;
  /** Whether the marker lies on the cell's top or left edge (offset 0), not inside it. */
  readonly onRowEdge: boolean;
  readonly onColumnEdge: boolean;
}

function anchorCell(anchor: string, local: "from" | "to"): AnchorMarker | undefined {
  const marker = firstElement(anchor, local);
  if (marker === undefined) return undefined;
  const number = (name: string): number =>
    Number(/>\s*(-?\d+)\s*</.exec(firstElement(marker.text, name)?.text ?? "")?.[1] ?? Number.NaN);
  const column = number("col");
  const row = number("row");
  if (!Number.isInteger(column) || !Number.isInteger(row)) return undefined;
  return {
    row: row + 1,
    column: column + 1,
    onRowEdge: number("rowOff") === 0,
    onColumnEdge: number("colOff") === 0,
  };
}

function shownContent(anchor: string): DrawingContent {
  if (firstElement(anchor, "pic") !== undefined) return "picture";
  if (/<(?:[\w.-]+:)?chart\b/.test(anchor)) return "chart";
  if (firstElement(anchor, "graphicFrame") !== undefined) return "graphic";
  if (firstElement(anchor, "sp") !== undefined || firstElement(anchor, "grpSp") !== undefined)
    return "shape";
  return "drawing";
}
