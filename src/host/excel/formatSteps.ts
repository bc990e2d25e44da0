// Cell formats of a plan as range commands: each named style and each number format goes to the
// fewest rectangles that cover its cells (templates style whole columns of a table, so a sheet of
// 140,000 cells takes a few dozen commands), and column widths one command per column.

import {
  formatRange,
  parseCellAddress,
  type CellPosition,
  type RangeBounds,
} from "../../engine/plan/address";
import type { CellPlan, CellStylePlan, WorkbookPlan } from "../../engine/plan/types";
import { writeStep, type WriteStep } from "./batches";
import type { RangeFormatApi } from "./excelApi";
import { coveringRectangles } from "./rectangles";
import { blockSteps } from "./valueBlocks";

/** The thin rule under header cells; the same grey the xlsx host draws. */
const BORDER_COLOUR = "#7F7F7F";

/** Excel's default font (Calibri 11) has a 7-pixel digit, columns 5 pixels of padding, and a pixel is 0.75 pt. */
export function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** Number formats: each format's cells in rectangles, the format repeated over each block. */
export function numberFormatSteps(
  sheetName: string,
  cells: readonly CellPlan[],
  plan: WorkbookPlan,
  budget: number,
): WriteStep[] {
  const byFormat = groupPositions(
    cells,
    (cell) =>
      cell.numberFormat ??
      (cell.style === undefined ? undefined : plan.styles[cell.style]?.numberFormat),
  );
  return [...byFormat].flatMap(([format, positions]) =>
    coveringRectangles(positions).flatMap((bounds) =>
      blockSteps(sheetName, bounds, () => format, budget, "numberFormat"),
    ),
  );
}

/** Named styles: each style's cells in rectangles, one command per style property per rectangle. */
export function styleSteps(
  sheetName: string,
  cells: readonly CellPlan[],
  plan: WorkbookPlan,
): WriteStep[] {
  const byStyle = groupPositions(cells, (cell) => cell.style);
  return [...byStyle].flatMap(([styleId, positions]) => {
    const style = plan.styles[styleId];
    if (style === undefined) return [];
    return coveringRectangles(positions).map((bounds) => styleStep(sheetName, bounds, style));
  });
}

export function columnWidthSteps(
  sheetName: string,
  widths: Readonly<Record<string, number>>,
): WriteStep[] {
  return Object.entries(widths).map(([letters, characters]) => {
    const address = `${letters}:${letters}`;
    const points = columnWidthPoints(characters);
    return writeStep(2, [address, points], (session) => {
      session.sheet(sheetName).getRange(address).format.columnWidth = points;
    });
  });
}

function styleStep(sheetName: string, bounds: RangeBounds, style: CellStylePlan): WriteStep {
  const address = formatRange(bounds);
  const setters = styleSetters(style, bounds.end.row > bounds.start.row);
  const commands = setters.reduce((sum, setter) => sum + setter.commands, 1);
  return writeStep(commands, [address, style], (session) => {
    const format = session.sheet(sheetName).getRange(address).format;
    for (const setter of setters) setter.set(format);
  });
}

interface FormatSetter {
  readonly set: (format: RangeFormatApi) => void;
  /** The commands it queues. */
  readonly commands: number;
}

const one = (set: (format: RangeFormatApi) => void): FormatSetter => ({ set, commands: 1 });

/** One setter per property the style gives; the rest of the cell's format is left as it is. */
function styleSetters(style: CellStylePlan, severalRows: boolean): FormatSetter[] {
  const setters: FormatSetter[] = [];
  const { bold, italic, fontSize, fontColour, fill, horizontalAlignment, wrapText } = style;
  if (bold !== undefined)
    setters.push(
      one((format) => {
        format.font.bold = bold;
      }),
    );
  if (italic !== undefined)
    setters.push(
      one((format) => {
        format.font.italic = italic;
      }),
    );
  if (fontSize !== undefined)
    setters.push(
      one((format) => {
        format.font.size = fontSize;
      }),
    );
  if (fontColour !== undefined)
    setters.push(
      one((format) => {
        format.font.color = fontColour;
      }),
    );
  if (fill !== undefined)
    setters.push(
      one((format) => {
        format.fill.color = fill;
      }),
    );
  if (horizontalAlignment !== undefined)
    setters.push(
      one((format) => {
        format.horizontalAlignment = excelAlignment(horizontalAlignment);
      }),
    );
  if (wrapText !== undefined)
    setters.push(
      one((format) => {
        format.wrapText = wrapText;
      }),
    );
  // Aligned or wrapped cells sit at the top of tall rows, as the xlsx host writes them.
  if (horizontalAlignment !== undefined || wrapText !== undefined)
    setters.push(
      one((format) => {
        format.verticalAlignment = "Top";
      }),
    );
  if (style.bottomBorder === true) {
    const edges: ("EdgeBottom" | "InsideHorizontal")[] = severalRows
      ? ["EdgeBottom", "InsideHorizontal"]
      : ["EdgeBottom"];
    for (const edge of edges) {
      setters.push({
        set: (format) => {
          const border = format.borders.getItem(edge);
          border.style = "Continuous";
          border.weight = "Thin";
          border.color = BORDER_COLOUR;
        },
        commands: 4,
      });
    }
  }
  return setters;
}

function excelAlignment(
  alignment: NonNullable<CellStylePlan["horizontalAlignment"]>,
): "Left" | "Center" | "Right" {
  switch (alignment) {
    case "left":
      return "Left";
    case "center":
      return "Center";
    case "right":
      return "Right";
  }
}

function groupPositions(
  cells: readonly CellPlan[],
  keyOf: (cell: CellPlan) => string | undefined,
): Map<string, CellPosition[]> {
  const groups = new Map<string, CellPosition[]>();
  for (const cell of cells) {
    const key = keyOf(cell);
    const position = parseCellAddress(cell.address);
    if (key === undefined || position === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [position]);
    else group.push(position);
  }
  return groups;
}
