// The range reader (worksheetRanges.ts, a text scanner) beside the whole-sheet saxes reader
// (worksheetPart.ts) on one package: for every worksheet, the whole sheet, then each table's ref
// on it and windows cut from the sheet's used area (its first row, its first column, a block in
// the middle, one cell, the Settings reader's A:B over every row). In each range the two must hold
// the same cells — value (exactly: same number, same text, same error code) and style index — and
// the range reader nothing outside it.

import { MAX_ROWS, formatRange, type RangeBounds } from "../../src/engine/plan/address";
import { isCellError, type CellValue } from "../../src/engine/sheetValues";
import { packagePartsOf } from "../../src/host/xlsx/package/packageParts";
import { relationshipsOf } from "../../src/host/xlsx/package/relationships";
import { readSharedStrings } from "../../src/host/xlsx/package/sharedStrings";
import { readStyles } from "../../src/host/xlsx/package/stylesPart";
import { readTablePart } from "../../src/host/xlsx/package/tablePart";
import { readWorkbookPart } from "../../src/host/xlsx/package/workbookPart";
import { readWorksheetPart, type CellContext } from "../../src/host/xlsx/package/worksheetPart";
import type { SheetCells } from "../../src/host/xlsx/package/sheetCells";
import { readWorksheetRanges } from "../../src/host/xlsx/package/worksheetRanges";
import { preflightPackage } from "../../src/host/xlsx/preflight";

export interface RangeAgreement {
  readonly sheets: number;
  /** Ranges compared, the whole sheets included. */
  readonly ranges: number;
  /** Cells compared in all. */
  readonly cells: number;
  /** "sheet1.xml A1:C9 B2: saxes … / ranges …", one per cell that differs. */
  readonly differences: readonly string[];
}

export async function rangeReaderAgrees(bytes: Uint8Array): Promise<RangeAgreement> {
  const checked = await preflightPackage(bytes);
  if (!checked.ok) throw new Error(`refused by the preflight: ${checked.detail}`);
  const parts = packagePartsOf(checked.parts);
  const workbook = readWorkbookPart(parts);
  const pathOf = (kind: string): string | undefined =>
    workbook.relationships.find((relationship) => relationship.kind === kind)?.path;
  const context: CellContext = {
    sharedStrings: readSharedStrings(parts, pathOf("sharedStrings")),
    styles: readStyles(parts, pathOf("styles")),
    date1904: workbook.date1904,
  };
  const differences: string[] = [];
  let sheets = 0;
  let ranges = 0;
  let cells = 0;
  for (const sheet of workbook.sheets) {
    const path = sheet.path;
    const part = path === undefined ? undefined : parts.get(path);
    if (path === undefined || part === undefined) continue;
    sheets++;
    const whole = readWorksheetPart(path, part, context);
    const tables = relationshipsOf(parts, path)
      .filter((relationship) => relationship.kind === "table")
      .flatMap((relationship) => readTablePart(parts, relationship.path)?.ref ?? []);
    for (const range of [undefined, ...windows(whole, tables)]) {
      ranges++;
      const read = readWorksheetRanges(
        path,
        part,
        context,
        range === undefined ? undefined : [range],
      );
      const label = `${path} ${range === undefined ? "whole" : formatRange(range)}`;
      cells += compared(whole, read, range, label, differences);
    }
  }
  return { sheets, ranges, cells, differences };
}

function windows(cells: SheetCells, tableRefs: readonly string[]): RangeBounds[] {
  let rows = 0;
  let columns = 0;
  for (const { row, column } of cells.entries()) {
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  const found: RangeBounds[] = tableRefs.flatMap((ref) => {
    const [from = "", to = from] = ref.split(":");
    const range = boundsOf(from, to);
    return range === undefined ? [] : [range];
  });
  if (rows === 0) return found;
  const middle = (size: number): [number, number] => [
    Math.max(1, Math.floor(size / 4)),
    Math.max(1, Math.ceil((size * 3) / 4)),
  ];
  const [top, bottom] = middle(rows);
  const [left, right] = middle(columns);
  return [
    ...found,
    { start: { row: 1, column: 1 }, end: { row: 1, column: columns } },
    { start: { row: 1, column: 1 }, end: { row: rows, column: 1 } },
    { start: { row: top, column: left }, end: { row: bottom, column: right } },
    { start: { row: bottom, column: right }, end: { row: bottom, column: right } },
    { start: { row: 1, column: 1 }, end: { row: MAX_ROWS, column: 2 } },
  ];
}

function boundsOf(from: string, to: string): RangeBounds | undefined {
  const position = (address: string): { row: number; column: number } | undefined => {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
    if (match === null) return undefined;
    let column = 0;
    for (const letter of match[1] ?? "") column = column * 26 + letter.charCodeAt(0) - 64;
    return { row: Number(match[2]), column };
  };
  const start = position(from);
  const end = position(to);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Compares the cells of `range`; returns how many cells it compared. */
function compared(
  whole: SheetCells,
  read: SheetCells,
  range: RangeBounds | undefined,
  label: string,
  differences: string[],
): number {
  const inside = ({ row, column }: { row: number; column: number }): boolean =>
    range === undefined ||
    (row >= range.start.row &&
      row <= range.end.row &&
      column >= range.start.column &&
      column <= range.end.column);
  let count = 0;
  for (const { row, column, cell } of whole.entries()) {
    if (!inside({ row, column })) continue;
    count++;
    const other = read.at(row, column);
    if (other === undefined) differences.push(`${label} R${row}C${column}: only saxes`);
    else if (!sameValue(cell.value, other.value) || cell.styleIndex !== other.styleIndex)
      differences.push(
        `${label} R${row}C${column}: saxes ${show(cell.value)} s=${cell.styleIndex} / ranges ${show(other.value)} s=${other.styleIndex}`,
      );
  }
  for (const { row, column, cell } of read.entries()) {
    if (!inside({ row, column }))
      differences.push(`${label} R${row}C${column}: read outside the range`);
    else if (whole.at(row, column) === undefined)
      differences.push(`${label} R${row}C${column}: only ranges (${show(cell.value)})`);
  }
  return count;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCellError(a) && isCellError(b)) return a.errorCode === b.errorCode;
  return Object.is(a, b);
}

function show(value: CellValue): string {
  return isCellError(value) ? value.errorCode : JSON.stringify(value);
}
