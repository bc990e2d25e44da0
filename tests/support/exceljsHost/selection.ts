// Shows a range when the file is opened: its sheet becomes the active tab (the only selected one,
// or Excel would open with the tabs grouped) and the range's top-left cell the active cell. ExcelJS
// 4.4 writes a sheet view's selection as its active cell only, so a larger range shows by its corner.

import type ExcelJS from "exceljs";
import { formatCellAddress, type RangeBounds } from "../../../src/engine/plan/address";

// ExcelJS writes and reads a view's tabSelected but leaves it out of its typings.
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

// A loaded workbook or sheet without views has them undefined, whatever the typings say.
function sheetViews(worksheet: ExcelJS.Worksheet): Partial<ExcelJS.WorksheetView>[] {
  const views: unknown = worksheet.views;
  return Array.isArray(views) ? worksheet.views : [];
}

function bookViews(workbook: ExcelJS.Workbook): ExcelJS.WorkbookView[] {
  const views: unknown = workbook.views;
  return Array.isArray(views) ? workbook.views : [];
}

export function showRange(
  workbook: ExcelJS.Workbook,
  target: ExcelJS.Worksheet,
  bounds: RangeBounds,
): void {
  const activeCell = formatCellAddress(bounds.start);
  for (const worksheet of workbook.worksheets) {
    const [first, ...rest] = sheetViews(worksheet);
    const isTarget = worksheet === target;
    if (first === undefined && !isTarget) continue;
    // ExcelJS writes the selection only for a view with a state; a sheet without views gets "normal".
    const view: SheetView = {
      state: "normal",
      ...first,
      tabSelected: isTarget,
      ...(isTarget ? { activeCell } : {}),
    };
    worksheet.views = [view, ...rest];
  }
  const activeTab = workbook.worksheets.indexOf(target);
  const [view, ...others] = bookViews(workbook);
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 12000,
      height: 24000,
      firstSheet: 0,
      visibility: "visible",
      ...view,
      activeTab,
    },
    ...others,
  ];
}
