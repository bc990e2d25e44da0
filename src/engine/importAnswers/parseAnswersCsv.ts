// A tidy answers file (one row per respondent × item, as online forms export them) read into rows
// the import can place. A row that cannot be used is rejected with its line and every reason found;
// nothing is guessed: an unknown item, an answer off the scale or a group outside the contract's
// list is the user's to correct in the file.

import { catalogue } from "../catalogue";
import type { ChecklistItem } from "../catalogue/types";
import { readAnswer } from "../cells";
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "../model/types";
import { tokenOf } from "../language/contractWords";
import { nameKey, textOf } from "../sheetValues";
import { matchAnswerColumns, type AnswerColumns } from "./answerColumns";
import { rowPlace, type AnswersGrid } from "./answersGrid";
import { readCsvRecords, type CsvRecord } from "./csvRecords";
import type { AnswerRow, AnswerValue, LineMessage, ParsedAnswers } from "./types";

const ITEMS_BY_ID = new Map<string, ChecklistItem>(
  catalogue.items.map((item) => [item.id.toLowerCase(), item]),
);

export function parseAnswersCsv(text: string): ParsedAnswers {
  const reading = readCsvRecords(text);
  return parseLongAnswers(csvGrid(reading.records), reading.error);
}

/** A text file's records as a grid: every cell a text, each row on the line it starts on. */
export function csvGrid(records: readonly CsvRecord[]): AnswersGrid {
  return {
    sheet: null,
    rows: records.map((record) => ({ line: record.line, cells: record.fields })),
  };
}

/**
 * The long layout (one row per respondent × item) read from a grid whose first row is the
 * header; `syntaxError`, a text file's unreadable rest, joins the rejected rows.
 */
export function parseLongAnswers(
  grid: AnswersGrid,
  syntaxError: LineMessage | null = null,
): ParsedAnswers {
  const [headerRow, ...body] = grid.rows;
  const syntax = syntaxError === null ? [] : [syntaxError];
  if (headerRow === undefined)
    return {
      rows: [],
      rejected:
        syntax.length > 0
          ? syntax
          : [{ line: 1, message: "the file is empty: it has no header line" }],
    };
  const header = headerRow.cells.map(textOf);
  const match = matchAnswerColumns(header);
  if (!match.ok)
    return {
      rows: [],
      rejected: [withPlace(grid, headerRow.line, `${match.message}; no row is read`), ...syntax],
    };

  const rows: AnswerRow[] = [];
  const rejected: LineMessage[] = [];
  const consistency = new FileConsistency();
  for (const gridRow of body) {
    const record: CsvRecord = { line: gridRow.line, fields: gridRow.cells.map(textOf) };
    if (record.fields.every((field) => field === "")) continue;
    // A sheet's row may have cells beyond the header (notes); only a text file's row splits wrongly.
    const width = grid.sheet === null ? header.length : Number.POSITIVE_INFINITY;
    const read = readRow(record, match.columns, width);
    if (!read.ok) {
      rejected.push(withPlace(grid, record.line, read.reasons.join("; ")));
      continue;
    }
    const verdict = consistency.check(read.row);
    if (verdict.kind === "reject") rejected.push(withPlace(grid, record.line, verdict.message));
    else if (verdict.kind === "keep") rows.push(read.row);
  }
  return { rows, rejected: [...rejected, ...syntax] };
}

function withPlace(grid: AnswersGrid, line: number, message: string): LineMessage {
  const place = rowPlace(grid, line);
  return place === undefined ? { line, message } : { line, message, place };
}

type RowReading =
  | { readonly ok: true; readonly row: AnswerRow }
  | { readonly ok: false; readonly reasons: readonly string[] };

function readRow(record: CsvRecord, columns: AnswerColumns, headerWidth: number): RowReading {
  const field = (index: number | undefined): string =>
    index === undefined ? "" : (record.fields[index] ?? "").trim();
  const reasons: string[] = [];
  // More fields than the header has is a row split wrongly (an unquoted delimiter in a name…),
  // so none of its fields can be trusted to be where the header says.
  if (record.fields.length > headerWidth) {
    return {
      ok: false,
      reasons: [
        `the row has ${record.fields.length} fields but the header ${headerWidth}; quote a field that holds the delimiter`,
      ],
    };
  }

  const respondent = field(columns.respondent).replace(/\s+/gu, " ");
  if (respondent === "") reasons.push("no respondent's name");

  const typedItem = field(columns.item);
  const item = ITEMS_BY_ID.get(typedItem.toLowerCase());
  if (typedItem === "") reasons.push("no item ID");
  else if (item === undefined)
    reasons.push(
      `"${typedItem}" is not a checklist item ID of the catalogue (TA1 … ${lastItemId()})`,
    );

  const answer = answerOf(field(columns.answer));
  if (typeof answer === "object") reasons.push(answer.reason);

  const typedGroup = field(columns.group);
  const group = typedGroup === "" ? null : tokenOf("group", typedGroup);
  if (group === undefined)
    reasons.push(
      `"${typedGroup}" is not a stakeholder group; use one of: ${STAKEHOLDER_GROUPS.join(", ")}`,
    );

  if (reasons.length > 0 || item === undefined || typeof answer === "object" || group === undefined)
    return { ok: false, reasons };
  return {
    ok: true,
    row: {
      line: record.line,
      respondent,
      itemId: item.id,
      answer,
      group,
      organisation: field(columns.organisation),
    },
  };
}

function lastItemId(): string {
  return catalogue.items[catalogue.items.length - 1]?.id ?? "";
}

function answerOf(text: string): AnswerValue | { readonly reason: string } {
  const reading = readAnswer(text);
  switch (reading.kind) {
    case "score":
      return reading.value;
    case "not-applicable":
      return "n/a";
    case "dont-know":
      return "?";
    case "blank":
      return { reason: "no answer (use 1 to 5, n/a or ?)" };
    case "invalid":
      return { reason: reading.message };
  }
}

type Verdict =
  | { readonly kind: "keep" }
  | { readonly kind: "repeat" }
  | { readonly kind: "reject"; readonly message: string };

/** What the file has said so far about each respondent: their group and their answer to each item. */
export class FileConsistency {
  private readonly groups = new Map<
    string,
    { readonly group: StakeholderGroup; readonly line: number }
  >();
  private readonly answers = new Map<string, AnswerRow>();

  check(row: AnswerRow): Verdict {
    const respondent = nameKey(row.respondent);
    const earlierGroup = this.groups.get(respondent);
    if (row.group !== null && earlierGroup !== undefined && earlierGroup.group !== row.group) {
      return {
        kind: "reject",
        message: `${row.respondent} is in the group "${earlierGroup.group}" on line ${earlierGroup.line}, but in "${row.group}" here; a respondent belongs to one group`,
      };
    }
    const answerKey = `${respondent}\u0000${row.itemId}`;
    const earlierAnswer = this.answers.get(answerKey);
    if (earlierAnswer !== undefined) {
      if (earlierAnswer.answer === row.answer) return { kind: "repeat" };
      return {
        kind: "reject",
        message: `${row.respondent} already answered ${row.itemId} with ${earlierAnswer.answer} on line ${earlierAnswer.line}; this second answer, ${row.answer}, is not used`,
      };
    }
    this.answers.set(answerKey, row);
    if (row.group !== null && earlierGroup === undefined)
      this.groups.set(respondent, { group: row.group, line: row.line });
    return { kind: "keep" };
  }
}
