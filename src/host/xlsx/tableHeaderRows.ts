// ExcelJS 4.4 reads a table's header row only when the file says headerRowCount="1", but Excel omits
// the attribute when it has its default (a header row). Loaded as "no header row", such a table is
// read wrongly and written back with headerRowCount="0" over an autoFilter, a file Excel repairs
// (exceljs issue #2184). The package is read once before loading to restore the truth.
//
// A workbook that already went through plain ExcelJS carries the damage in the file:
// headerRowCount="0" next to an <autoFilter>. Excel removes the filter when a table's header row is
// switched off (the filter buttons live in the header), so that pair means "header row" too.

import type JSZip from "jszip";
import { elementsAttributes } from "./xml";

/** Table name → whether it has a header row, for every table part of the package. */
export async function tableHeaderRows(zip: JSZip): Promise<Map<string, boolean>> {
  const headerRows = new Map<string, boolean>();
  const tableParts = zip.file(/^xl\/tables\/[^/]+\.xml$/);
  for (const part of tableParts) {
    const xml = await part.async("string");
    const table = elementsAttributes(xml, "table")[0];
    if (table?.name === undefined) continue;
    const hasHeaderRow = table.headerRowCount !== "0" || /<autoFilter[\s>/]/.test(xml);
    headerRows.set(table.name.toLocaleLowerCase("en"), hasHeaderRow);
  }
  return headerRows;
}
