// One worksheet part of a values-only package: every cell of the plan as its computed value (never
// a formula), its look, the column widths, frozen panes and the tab colour. Its column widths are
// shared with the generated sheets of the runner (generatedSheetXml.ts).

import {
  columnNumber,
  formatCellAddress,
  parseCellAddress,
  type CellPosition,
} from "../engine/plan/address";
import type { PlanScalar, SheetPlan } from "../engine/plan/types";
import type { CellFormats } from "./cellFormats";
import { cellLook, type StyleTable } from "./cellLook";
import { argb, RELATIONSHIP_NS, SPREADSHEET_NS, XML_HEADER } from "./ooxml";
import type { SharedStrings } from "./sharedStrings";

interface PlacedCell {
  readonly position: CellPosition;
  readonly value: PlanScalar;
  readonly format: number;
}

export function worksheetXml(
  sheet: SheetPlan,
  styles: StyleTable,
  formats: CellFormats,
  strings: SharedStrings,
): string {
  const cells = placedCells(sheet, styles, formats);
  const rows = new Map<number, PlacedCell[]>();
  for (const cell of cells) {
    const row = rows.get(cell.position.row);
    if (row === undefined) rows.set(cell.position.row, [cell]);
    else row.push(cell);
  }
  const rowXml = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, rowCells]) => {
      const sorted = [...rowCells].sort((a, b) => a.position.column - b.position.column);
      return `<row r="${row}">${sorted.map((cell) => cellXml(cell, strings)).join("")}</row>`;
    });
  return [
    `${XML_HEADER}<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIP_NS}">`,
    sheet.tabColour === undefined
      ? ""
      : `<sheetPr><tabColor rgb="${argb(sheet.tabColour)}"/></sheetPr>`,
    sheetViewXml(sheet),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(sheet),
    `<sheetData>${rowXml.join("")}</sheetData>`,
    "</worksheet>",
  ].join("");
}

// A later plan cell at the same address wins, as it does when a host writes the plan.
function placedCells(sheet: SheetPlan, styles: StyleTable, formats: CellFormats): PlacedCell[] {
  const byAddress = new Map<string, PlacedCell>();
  for (const cell of sheet.cells) {
    const position = parseCellAddress(cell.address);
    if (position === undefined)
      throw new RangeError(
        `the cell "${cell.address}" of the sheet "${sheet.name}" is not an A1 address`,
      );
    byAddress.set(formatCellAddress(position), {
      position,
      value: cell.value,
      format: formats.indexOf(cellLook(cell, sheet, styles)),
    });
  }
  return [...byAddress.values()];
}

function cellXml(cell: PlacedCell, strings: SharedStrings): string {
  const reference = formatCellAddress(cell.position);
  const style = cell.format === 0 ? "" : ` s="${cell.format}"`;
  const { value } = cell;
  if (value === null || value === "") return style === "" ? "" : `<c r="${reference}"${style}/>`;
  if (typeof value === "number") {
    // A plan never holds NaN or infinity on purpose; if one slips through it shows as #NUM!, as in Excel.
    return Number.isFinite(value)
      ? `<c r="${reference}"${style}><v>${String(value)}</v></c>`
      : `<c r="${reference}"${style} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof value === "boolean")
    return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${style} t="s"><v>${strings.add(value)}</v></c>`;
}

function sheetViewXml(sheet: SheetPlan): string {
  const freeze = sheet.freeze;
  if (freeze === undefined || (freeze.rows === 0 && freeze.columns === 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = formatCellAddress({ row: freeze.rows + 1, column: freeze.columns + 1 });
  const split = `${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""}`;
  const pane =
    freeze.rows > 0 && freeze.columns > 0
      ? "bottomRight"
      : freeze.rows > 0
        ? "bottomLeft"
        : "topRight";
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

export function columnsXml(sheet: SheetPlan): string {
  const widths = Object.entries(sheet.columnWidths ?? {})
    .map(([letters, width]) => ({ column: columnNumber(letters), width }))
    .filter(
      (entry): entry is { column: number; width: number } =>
        entry.column !== undefined && Number.isFinite(entry.width) && entry.width > 0,
    )
    .sort((a, b) => a.column - b.column);
  if (widths.length === 0) return "";
  return `<cols>${widths.map(({ column, width }) => `<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`).join("")}</cols>`;
}
