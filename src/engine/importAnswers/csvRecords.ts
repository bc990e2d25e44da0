// The records of a delimited text file, each with the line it starts on, so that every message
// about a row can name the line a user sees in an editor. Survey tools export with a comma, a
// semicolon (locales with a decimal comma), a tab or a vertical bar; the delimiter is the one the header line
// uses most. A byte order mark and any mix of CRLF, LF and CR line ends are accepted.

import { parse } from "csv-parse/sync";
import { phrase, type Phrase } from "../language/problemTexts";
import { lineMessage } from "./lineMessage";
import type { LineMessage } from "./types";

export interface CsvRecord {
  /** The 1-based line the record starts on. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvReading {
  readonly delimiter: string;
  readonly records: readonly CsvRecord[];
  /** A syntax error ends the reading (a quote never closed swallows the rest of the file). */
  readonly error: LineMessage | null;
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/** The delimiter the first line uses most, outside quotes; a comma when it uses none. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character))
      counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best: string = ",";
  for (const delimiter of DELIMITERS)
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

// csv-parse picks one record delimiter for the whole file, so files edited on two systems would
// keep stray CRs; one line end throughout also makes the lines simple to count.
function normaliseLineEnds(text: string): string {
  return text.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (const character of text) if (character === "\n") count++;
  return count;
}

function leadingLineBreaks(text: string): number {
  return /^\n*/u.exec(text)?.[0].length ?? 0;
}

// With `raw` on, csv-parse hands on_record { record, raw } although its typings say string[].
function fieldsOf(entry: unknown): readonly string[] {
  if (Array.isArray(entry)) return entry.map(String);
  const record =
    typeof entry === "object" && entry !== null
      ? (entry as { record?: unknown }).record
      : undefined;
  return Array.isArray(record) ? record.map(String) : [];
}

export function readCsvRecords(text: string): CsvReading {
  const normalised = normaliseLineEnds(text);
  const delimiter = detectDelimiter(normalised.split("\n", 1)[0] ?? "");
  const records: CsvRecord[] = [];
  // Each raw text starts with the empty lines skipped before it, so the raws laid end to end are
  // the text read so far: the line breaks in it place the next record.
  let consumed = 0;
  let linesBefore = 0;
  const collect = (fields: readonly string[], raw: string): null => {
    records.push({ line: linesBefore + leadingLineBreaks(raw) + 1, fields });
    consumed += raw.length;
    linesBefore += countLineBreaks(raw);
    return null;
  };
  try {
    parse(normalised, {
      delimiter,
      record_delimiter: "\n",
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (entry, context) => collect(fieldsOf(entry), context.raw ?? ""),
    });
  } catch (error: unknown) {
    const line = linesBefore + leadingLineBreaks(normalised.slice(consumed)) + 1;
    return { delimiter, records, error: lineMessage(line, syntaxReason(error)) };
  }
  return { delimiter, records, error: null };
}

function syntaxReason(error: unknown): Phrase {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "CSV_QUOTE_NOT_CLOSED") return phrase("answers.quoteNotClosed");
  const detail = error instanceof Error ? error.message : String(error);
  return phrase("answers.unreadableFrom", { detail });
}
