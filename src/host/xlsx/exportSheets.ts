// An answers file's bytes as the import reads them, recognised by content, not by name: a zip
// package is a workbook export (.xlsx: every worksheet's rows, cells as stored, read by our own
// reader after the preflight), a text file is a CSV (UTF-8, with or without a byte order mark),
// and anything else is refused with the preflight's sentence. Bytes only, so the pane uses it too.

import type { AnswersSource, ExportSheet, GridRow } from "../../engine/importAnswers";
import { phrase, type Phrase } from "../../engine/language/problemTexts";
import type { CellValue } from "../../engine/sheetValues";
import { PackageReadError, UNREADABLE_CONTENTS } from "./package/packageReadError";
import { XlsxPackage } from "./package/xlsxPackage";
import { preflightPackage, REFUSALS } from "./preflight";
import { foreignFormat } from "./preflightFormat";
import type { PartInflater } from "./preflightInflate";

export type AnswersFileReading =
  | { readonly ok: true; readonly source: AnswersSource }
  /** `reason` ends "<file>: cannot be read: …"; `detail` is the technical cause. */
  | { readonly ok: false; readonly reason: Phrase; readonly detail: string };

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

const NOT_UTF8 = phrase("package.notUtf8");

/** `inflater`: how the host inflates a package's parts (the preflight's default: web streams). */
export async function readAnswersFile(
  bytes: Uint8Array,
  inflater?: PartInflater,
): Promise<AnswersFileReading> {
  if (ZIP_LOCAL_HEADER.every((byte, index) => bytes[index] === byte))
    return readExport(bytes, inflater);
  const format = foreignFormat(bytes);
  if (format !== "text") return { ok: false, reason: REFUSALS[format], detail: format };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error: unknown) {
    return { ok: false, reason: NOT_UTF8, detail: String(error) };
  }
  return { ok: true, source: { kind: "text", text } };
}

async function readExport(
  bytes: Uint8Array,
  inflater: PartInflater | undefined,
): Promise<AnswersFileReading> {
  const checked = await preflightPackage(bytes, inflater);
  if (!checked.ok) return { ok: false, reason: checked.reason, detail: checked.detail };
  try {
    const workbook = XlsxPackage.open(checked.parts);
    const sheets: ExportSheet[] = [];
    for (const sheet of workbook.sheets) {
      const cells = workbook.cells(sheet);
      if (cells === undefined) continue;
      const rows = new Map<number, CellValue[]>();
      for (const { row, column, cell } of cells.entries()) {
        const values = rows.get(row) ?? [];
        values[column - 1] = cell.value;
        rows.set(row, values);
      }
      const gridRows: GridRow[] = [...rows.entries()]
        .sort(([a], [b]) => a - b)
        .map(([line, values]) => ({ line, cells: Array.from(values, (value) => value ?? null) }));
      sheets.push({ name: sheet.name, rows: gridRows });
    }
    return { ok: true, source: { kind: "sheets", sheets } };
  } catch (error: unknown) {
    if (error instanceof PackageReadError)
      return { ok: false, reason: UNREADABLE_CONTENTS, detail: error.detail };
    throw error;
  }
}
