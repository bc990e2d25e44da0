// ExcelJS 4.4 misreads two things of tables written by Excel, and writes the misreading back:
// - the header row: it sees one only when the file says headerRowCount="1", but Excel omits the
//   attribute for its default (a header row). Loaded as "no header row", the table is read wrongly
//   and written back as headerRowCount="0" over an autoFilter, a file Excel repairs (exceljs#2184);
// - the filter buttons: Excel lists <filterColumn> only for filtered columns, and marks a hidden
//   button with hiddenButton="1"; ExcelJS takes a missing filterColumn as "button hidden" (and
//   matches them by position, not colId), so every re-saved table loses its filter arrows.
// The package is read once before loading, and the loaded table models are corrected from it.
//
// A workbook that already went through plain ExcelJS carries the first damage in the file:
// headerRowCount="0" next to an <autoFilter>. Excel removes the filter when a table's header row is
// switched off (the filter buttons live in the header), so that pair means "header row" too.

import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { worksheetTables, type TableModel } from "./tableModels";
import { elementsAttributes } from "../../../src/host/xlsx/xml";

export interface TableFacts {
  readonly hasHeaderRow: boolean;
  /** Per column, whether its filter button shows; undefined when the table has no filter. */
  readonly filterButtons?: readonly boolean[];
}

/** Lower-cased table name → what the table part really says. */
export async function tableFactsOf(zip: JSZip): Promise<Map<string, TableFacts>> {
  const facts = new Map<string, TableFacts>();
  for (const part of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    const xml = await part.async("string");
    const table = elementsAttributes(xml, "table")[0];
    if (table?.name === undefined) continue;
    const hasFilter = /<autoFilter[\s>/]/.test(xml);
    const columnCount = elementsAttributes(xml, "tableColumn").length;
    const hiddenButtons = new Set(
      elementsAttributes(xml, "filterColumn")
        .filter((column) => column.hiddenButton === "1" || column.hiddenButton === "true")
        .map((column) => Number(column.colId)),
    );
    facts.set(table.name.toLocaleLowerCase("en"), {
      hasHeaderRow: table.headerRowCount !== "0" || hasFilter,
      ...(hasFilter
        ? {
            filterButtons: Array.from(
              { length: columnCount },
              (_, index) => !hiddenButtons.has(index),
            ),
          }
        : {}),
    });
  }
  return facts;
}

/**
 * A table part without <tableStyleInfo> (openpyxl and LibreOffice write none) loads with a null
 * style, on which ExcelJS's writer fails. It is given an empty one: written back with no style
 * name, the table keeps the plain look it had, rather than taking on Excel's default blue bands.
 */
function keepNoStyle(model: TableModel): void {
  if (typeof model.style === "object" && model.style !== null) return;
  model.style = {
    theme: null,
    showFirstColumn: false,
    showLastColumn: false,
    showRowStripes: false,
    showColumnStripes: false,
  };
}

/** Corrects the loaded table models of every sheet from the package's facts. */
export function correctLoadedTables(
  workbook: ExcelJS.Workbook,
  facts: ReadonlyMap<string, TableFacts>,
): void {
  for (const worksheet of workbook.worksheets) {
    for (const table of worksheetTables(worksheet)) {
      keepNoStyle(table.model);
      const fact = facts.get(table.name.toLocaleLowerCase("en"));
      if (fact === undefined) continue;
      table.model.headerRow = fact.hasHeaderRow;
      const columns = Array.isArray(table.model.columns) ? (table.model.columns as unknown[]) : [];
      columns.forEach((column, index) => {
        if (typeof column === "object" && column !== null)
          (column as { filterButton?: boolean }).filterButton =
            fact.filterButtons?.[index] ?? false;
      });
    }
  }
}

/** A package loaded into ExcelJS's model, its tables corrected from the package (`zip`, the same bytes). */
export async function loadModel(bytes: Uint8Array, zip: JSZip): Promise<ExcelJS.Workbook> {
  const tableFacts = await tableFactsOf(zip);
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own `Buffer extends ArrayBuffer` type but reads through JSZip, which takes
  // Node Buffers and Uint8Arrays alike; a Buffer view over the same memory avoids a copy.
  const buffer: unknown = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  correctLoadedTables(workbook, tableFacts);
  return workbook;
}
