// What every part of a SpreadsheetML package the writer makes shares: the XML declaration, the
// namespaces, colours as ARGB.

/** The media type of an .xlsx file. */
export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIP_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** "#1F3864" → "FF1F3864" (ARGB, opaque), the form SpreadsheetML colours take. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}
