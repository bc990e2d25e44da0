// The table part (xl/tables/tableN.xml) of a plan's table: its range with a header row, a filter
// button on every column, and a built-in table style. The header cells themselves are written on
// the sheet, holding the column names (Excel repairs a table whose header cells differ).

import { formatRange, parseRange } from "../engine/plan/address";
import type { TablePlan } from "../engine/plan/types";
import { xmlText } from "../engine/sheetValues";
import { SPREADSHEET_NS, XML_HEADER } from "./ooxml";

export const TABLE_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const TABLE_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** `id` is unique among the workbook's tables. */
export function tablePartXml(table: TablePlan, id: number): string {
  const bounds = parseRange(table.range);
  if (bounds === undefined) throw new RangeError(`"${table.range}" is not a range`);
  const ref = formatRange(bounds);
  const columns = table.columns
    .map((name, index) => `<tableColumn id="${index + 1}" name="${xmlText(name)}"/>`)
    .join("");
  const name = xmlText(table.name);
  return (
    `${XML_HEADER}<table xmlns="${SPREADSHEET_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlText(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showRowStripes ? 1 : 0}" showColumnStripes="0"/>` +
    "</table>"
  );
}
