// The sheet view of a generated sheet: its frozen panes, and whether it is the tab the workbook
// opens on, with the range shown there selected (the runner's selectRange).

import { formatCellAddress, formatRange, type RangeBounds } from "../engine/plan/address";
import type { FreezePlan } from "../engine/plan/types";

export interface SheetViewOptions {
  readonly freeze?: FreezePlan;
  /** The sheet is the selected tab. */
  readonly selected: boolean;
  /** The range selected on it, its top-left cell the active cell. */
  readonly selection?: RangeBounds;
}

export function sheetViewXml(options: SheetViewOptions): string {
  const { freeze, selection } = options;
  const frozen = freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0);
  const selected = options.selected ? ' tabSelected="1"' : "";
  const paneName = !frozen
    ? undefined
    : freeze.rows > 0 && freeze.columns > 0
      ? "bottomRight"
      : freeze.rows > 0
        ? "bottomLeft"
        : "topRight";
  const pane =
    !frozen || paneName === undefined
      ? ""
      : `<pane${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""} topLeftCell="${formatCellAddress({ row: freeze.rows + 1, column: freeze.columns + 1 })}" activePane="${paneName}" state="frozen"/>`;
  // A frozen sheet opens with the first cell below and right of the panes active, as Excel has it.
  const shown =
    selection ??
    (frozen
      ? {
          start: { row: freeze.rows + 1, column: freeze.columns + 1 },
          end: { row: freeze.rows + 1, column: freeze.columns + 1 },
        }
      : undefined);
  const selectionAttributes =
    shown === undefined
      ? ""
      : ` activeCell="${formatCellAddress(shown.start)}" sqref="${formatRange(shown)}"`;
  const selectionXml =
    paneName === undefined && selectionAttributes === ""
      ? ""
      : `<selection${paneName === undefined ? "" : ` pane="${paneName}"`}${selectionAttributes}/>`;
  return `<sheetViews><sheetView${selected} workbookViewId="0">${pane}${selectionXml}</sheetView></sheetViews>`;
}
