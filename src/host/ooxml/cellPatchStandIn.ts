// A minimal stand-in for the worksheet patcher being written on the branch `patcher`
// (src/host/ooxml/sheetPatch, `patchWorksheetCells`), with its signature, so saving an edited
// package works before that branch is merged; delete this file and import the patcher instead once
// it is. It rewrites the `<c>` elements of the edited cells, inserting cells and rows in order where
// the sheet has none, and copies every other byte. It refuses what only the patcher handles: rows or
// cells without an r attribute where an edit lands, and overwriting a shared formula's master.

import { formatCellAddress, parseCellAddress } from "../../engine/plan/address";
import type { PlanScalar } from "../../engine/plan/types";
import { sheetCellXml } from "../../xlsxWriter/formulaCellXml";
import { attributeOf, elementSpans } from "./partText";

export interface CellEdit {
  readonly reference: string;
  readonly value: PlanScalar;
  /** Without the leading "=". */
  readonly formula?: string;
  /** The cellXfs index; undefined keeps the cell's s= as it is. */
  readonly format?: number;
}

export function patchWorksheetCells(xml: string, edits: readonly CellEdit[]): string {
  if (edits.length === 0) return xml;
  const sheetData = elementSpans(xml, "sheetData")[0];
  if (sheetData === undefined) throw new Error("the worksheet has no <sheetData>");
  const prefix = sheetData.prefix === "" ? "" : `${sheetData.prefix}:`;
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const edit of edits) {
    const position = parseCellAddress(edit.reference);
    if (position === undefined) throw new RangeError(`"${edit.reference}" is not a cell address`);
    const row = byRow.get(position.row) ?? new Map<number, CellEdit>();
    row.set(position.column, edit);
    byRow.set(position.row, row);
  }
  const body = sheetData.text.endsWith("/>")
    ? ""
    : sheetData.text.slice(sheetData.text.indexOf(">") + 1, sheetData.text.lastIndexOf("<"));
  const pieces: string[] = [];
  let copied = 0;
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  for (const row of elementSpans(body, "row")) {
    const number = Number(attributeOf(row.text, "r"));
    if (!Number.isInteger(number) || number < 1)
      throw new Error("a row without an r attribute: the stand-in patcher cannot place cells");
    while (pending.length > 0 && (pending[0] ?? 0) < number) {
      const inserted = pending.shift() ?? 0;
      pieces.push(body.slice(copied, row.start), newRow(prefix, inserted, byRow.get(inserted)));
      copied = row.start;
    }
    const edited = byRow.get(number);
    if (edited === undefined) continue;
    pending.shift();
    pieces.push(body.slice(copied, row.start), patchedRow(row.text, prefix, edited));
    copied = row.end;
  }
  pieces.push(body.slice(copied));
  for (const row of pending) pieces.push(newRow(prefix, row, byRow.get(row)));
  const open = `<${prefix}sheetData>`;
  const startTag = sheetData.text.endsWith("/>")
    ? open
    : sheetData.text.slice(0, sheetData.text.indexOf(">") + 1);
  const rebuilt = `${startTag}${pieces.join("")}</${prefix}sheetData>`;
  return xml.slice(0, sheetData.start) + rebuilt + xml.slice(sheetData.end);
}

function newRow(prefix: string, row: number, cells: Map<number, CellEdit> | undefined): string {
  const written = [...(cells ?? new Map<number, CellEdit>())]
    .sort(([a], [b]) => a - b)
    .map(([, edit]) => cellText(prefix, edit, 0))
    .join("");
  return written === "" ? "" : `<${prefix}row r="${row}">${written}</${prefix}row>`;
}

function patchedRow(written: string, prefix: string, edits: Map<number, CellEdit>): string {
  const rowText = written.endsWith("/>")
    ? `${written.slice(0, -2).trimEnd()}></${prefix}row>`
    : written;
  const tagEnd = rowText.indexOf(">") + 1;
  const inner = rowText.slice(tagEnd, rowText.lastIndexOf("<"));
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const pieces: string[] = [];
  let copied = 0;
  for (const cell of elementSpans(inner, "c")) {
    const position = parseCellAddress(attributeOf(cell.text, "r") ?? "");
    if (position === undefined)
      throw new Error("a cell without an r attribute: the stand-in patcher cannot place cells");
    while (pending.length > 0 && (pending[0] ?? 0) < position.column) {
      const column = pending.shift() ?? 0;
      const edit = edits.get(column);
      if (edit !== undefined)
        pieces.push(inner.slice(copied, cell.start), cellText(prefix, edit, 0));
      copied = cell.start;
    }
    const edit = edits.get(position.column);
    if (edit === undefined) continue;
    pending.shift();
    if (/<(?:[\w.-]+:)?f\b[^>]*\bt="shared"[^>]*\bref=/.test(cell.text))
      throw new Error(
        `the cell ${formatCellAddress(position)} holds a shared formula's master: the stand-in patcher cannot unshare it`,
      );
    const kept = Number(attributeOf(cell.text, "s") ?? "0") || 0;
    pieces.push(inner.slice(copied, cell.start), cellText(prefix, edit, kept));
    copied = cell.end;
  }
  pieces.push(inner.slice(copied));
  for (const column of pending) {
    const edit = edits.get(column);
    if (edit !== undefined) pieces.push(cellText(prefix, edit, 0));
  }
  return `${rowText.slice(0, tagEnd)}${pieces.join("")}</${prefix}row>`;
}

function cellText(prefix: string, edit: CellEdit, keptFormat: number): string {
  const xml = sheetCellXml({
    reference: edit.reference,
    value: edit.value,
    ...(edit.formula === undefined ? {} : { formula: edit.formula }),
    format: edit.format ?? keptFormat,
  });
  return prefix === "" ? xml : xml.replace(/<(\/?)(c|f|v|is|t)\b/g, `<$1${prefix}$2`);
}
