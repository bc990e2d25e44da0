// Packages for the patcher's tests: read whole into part name → bytes, one part swapped, and the
// cells read back with the project's streaming package reader (which parses every part it reads,
// so a malformed patch fails there too).

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxPackage } from "../../../../src/host/xlsx/package/xlsxPackage";
import type { CellValue } from "../../../../src/engine/sheetValues";

export const EXCEL_MADE = join(__dirname, "../../../../../shared/corpus/excel-made");

export type Parts = Map<string, Uint8Array>;

export async function partsOf(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async("uint8array"));
  }
  return parts;
}

export async function excelMadeParts(name: string): Promise<Parts> {
  return partsOf(new Uint8Array(await readFile(join(EXCEL_MADE, name))));
}

export function partText(parts: Parts, path: string): string {
  const bytes = parts.get(path);
  if (bytes === undefined) throw new Error(`no part ${path}`);
  return new TextDecoder().decode(bytes);
}

export function withPart(parts: Parts, path: string, text: string): Parts {
  const copy = new Map(parts);
  copy.set(path, new TextEncoder().encode(text));
  return copy;
}

export async function zipOf(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, bytes] of parts) zip.file(name, bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export interface ReadCell {
  readonly value: CellValue;
  readonly styleIndex: number;
}

/** Every stored cell of the sheet, by reference ("B7"), as the package reader reads it. */
export function sheetCells(parts: Parts, sheet: string): Map<string, ReadCell> {
  const workbook = XlsxPackage.open(parts);
  const entry = workbook.sheets.find((candidate) => candidate.name === sheet);
  if (entry === undefined) throw new Error(`no sheet ${sheet}`);
  const cells = new Map<string, ReadCell>();
  for (const { row, column, cell } of workbook.cells(entry)?.entries() ?? [])
    cells.set(reference(row, column), cell);
  return cells;
}

function reference(row: number, column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * The part with the <c> elements at these references taken out, <dimension ref> and row spans
 * blanked (a patch may widen them), and self-closing rows and <sheetData/> written open (a patch
 * opens them to hold cells): what must be equal before and after a patch.
 */
export function withoutCells(xml: string, references: ReadonlySet<string>): string {
  return xml
    .replace(/<c\s[^>]*?r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell, ref: string) =>
      references.has(ref) ? "" : cell,
    )
    .replace(/(<dimension ref=")[^"]*"/, '$1"')
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<(row|sheetData)(\s[^>]*?)?\s*\/>/g, "<$1$2></$1>")
    .replace(/<row r="(\d+)"><\/row>/g, "");
}
