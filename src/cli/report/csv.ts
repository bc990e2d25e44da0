// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines end in
// CRLF. Text that a spreadsheet would run as a formula (=, +, @ at the start) gets a leading
// apostrophe, so a city named "=HYPERLINK(…)" in a workbook cannot become a live formula in
// whoever opens the report.

export type CsvField = string | number | null;

export function csvLine(fields: readonly CsvField[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

function csvField(field: CsvField): string {
  if (field === null) return "";
  if (typeof field === "number") return Number.isFinite(field) ? String(field) : "";
  const text = /^[=+@\t\r]/.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
