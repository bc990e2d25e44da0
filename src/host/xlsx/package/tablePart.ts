// A table part (xl/tables/tableN.xml): the table's names, its range, its header and totals rows
// and its column names.

import { isTrue } from "./workbookPart";
import { SPREADSHEET } from "./namespaces";
import type { PackageParts } from "./packageParts";
import { PackageReadError } from "./packageReadError";
import { parseXmlPart } from "./xmlStream";

export interface TablePart {
  /** The name structured references and Excel's Name Manager use (displayName; else name). */
  readonly name: string;
  /** Including the header row and any totals row, e.g. "A1:F20". */
  readonly ref: string;
  /** headerRowCount: 1 unless the table's header row is switched off. */
  readonly headerRowCount: number;
  /** totalsRowCount: 0 unless the table shows a totals row. */
  readonly totalsRowCount: number;
  readonly columnNames: readonly string[];
}

export function readTablePart(parts: PackageParts, path: string): TablePart | undefined {
  const bytes = parts.get(path);
  if (bytes === undefined) throw PackageReadError.inPart(path, undefined);
  let table:
    { name: string; ref: string; headerRowCount: number; totalsRowCount: number } | undefined;
  // An object, not a let: the handlers assign it, which narrowing after the parse cannot see.
  const seen = { filter: false };
  const columnNames: string[] = [];
  parseXmlPart(path, bytes, {
    open(element) {
      if (element.uri !== SPREADSHEET) return;
      if (element.local === "table") {
        const name = element.attribute("displayName") ?? element.attribute("name");
        const ref = element.attribute("ref");
        if (name === undefined || ref === undefined) return;
        table = {
          name,
          ref,
          // Excel leaves out the attribute for its default, a header row.
          headerRowCount: count(element.attribute("headerRowCount"), 1),
          totalsRowCount: count(element.attribute("totalsRowCount"), 0),
        };
      } else if (element.local === "autoFilter") seen.filter = true;
      else if (element.local === "tableColumn") columnNames.push(element.attribute("name") ?? "");
    },
  });
  if (table === undefined) return undefined;
  // headerRowCount="0" beside an <autoFilter> is ExcelJS's misreading written back (exceljs#2184):
  // Excel drops the filter when the header row goes, so the pair means a header row.
  const headerRowCount = table.headerRowCount === 0 && seen.filter ? 1 : table.headerRowCount;
  return { ...table, headerRowCount, columnNames };
}

function count(value: string | undefined, absent: number): number {
  if (value === undefined) return absent;
  if (isTrue(value)) return 1;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : absent;
}
