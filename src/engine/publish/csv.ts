// CSV text as RFC 4180 writes it (fields with the delimiter, a quote or a line break are quoted,
// quotes doubled, lines end in CRLF), with the two locale choices people ask for: a semicolon or tab
// delimiter, and a decimal comma (only with a delimiter other than the comma, or every number would
// split in two). Text a spreadsheet would run as a formula (=, +, -, @, tab or carriage return at the
// start) gets a leading apostrophe, so a city named "=HYPERLINK(…)" cannot become a live formula in
// whoever opens the file; numbers are written as numbers, so a negative number is never escaped.

export type CsvField = string | number | null;

export type CsvDelimiter = "," | ";" | "\t";

export interface CsvOptions {
  readonly delimiter: CsvDelimiter;
  /** Write 2,5 instead of 2.5. */
  readonly decimalComma: boolean;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { delimiter: ",", decimalComma: false };

/** Why these options cannot be used together, or null when they can. */
export function csvOptionsProblem(options: CsvOptions): string | null {
  if (options.decimalComma && options.delimiter === ",") {
    return 'a decimal comma needs a delimiter other than the comma (use --delimiter ";" or --delimiter tab), or every number would split across two columns';
  }
  return null;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvLine(
  fields: readonly CsvField[],
  options: CsvOptions = DEFAULT_CSV_OPTIONS,
): string {
  return `${fields.map((field) => csvField(field, options)).join(options.delimiter)}\r\n`;
}

export function csvField(field: CsvField, options: CsvOptions = DEFAULT_CSV_OPTIONS): string {
  if (field === null) return "";
  if (typeof field === "number") return csvNumber(field, options);
  const text = FORMULA_START.test(field) ? `'${field}` : field;
  return needsQuotes(text, options.delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvNumber(value: number, options: CsvOptions): string {
  if (!Number.isFinite(value)) return "";
  const text = String(value);
  return options.decimalComma ? text.replace(".", ",") : text;
}

function needsQuotes(text: string, delimiter: CsvDelimiter): boolean {
  return text.includes(delimiter) || /["\r\n]/.test(text);
}
