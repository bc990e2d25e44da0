// A tidy answers file (one row per respondent × item, as online forms export them) read into rows
// the import can place. A row that cannot be used is rejected with its line and every reason found;
// nothing is guessed: an unknown item, an answer off the scale or a group outside the contract's
// list is the user's to correct in the file.

import { catalogue } from "../catalogue";
import type { ChecklistItem } from "../catalogue/types";
import { readAnswer } from "../cells";
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "../model/types";
import { tokenOf } from "../language/contractWords";
import { phrase, type Phrase } from "../language/problemTexts";
import { nameKey, textOf } from "../sheetValues";
import { matchAnswerColumns, type AnswerColumns } from "./answerColumns";
import { rowPlace, type AnswersGrid } from "./answersGrid";
import { readCsvRecords, type CsvRecord } from "./csvRecords";
import { lineMessage } from "./lineMessage";
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
      rejected: syntax.length > 0 ? syntax : [lineMessage(1, phrase("answers.fileEmpty"))],
    };
  const header = headerRow.cells.map(textOf);
  const match = matchAnswerColumns(header);
  if (!match.ok)
    return {
      rows: [],
      rejected: [
        withPlace(grid, headerRow.line, phrase("answers.noRowRead", { reason: match.reason })),
        ...syntax,
      ],
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
      rejected.push(
        withPlace(grid, record.line, phrase("answers.reasons", { reasons: read.reasons })),
      );
      continue;
    }
    const verdict = consistency.check(read.row);
    if (verdict.kind === "reject") rejected.push(withPlace(grid, record.line, verdict.reason));
    else if (verdict.kind === "keep") rows.push(read.row);
  }
  return { rows, rejected: [...rejected, ...syntax] };
}

function withPlace(grid: AnswersGrid, line: number, reason: Phrase): LineMessage {
  return lineMessage(line, reason, rowPlace(grid, line));
}

type RowReading =
  | { readonly ok: true; readonly row: AnswerRow }
  | { readonly ok: false; readonly reasons: readonly Phrase[] };

function readRow(record: CsvRecord, columns: AnswerColumns, headerWidth: number): RowReading {
  const field = (index: number | undefined): string =>
    index === undefined ? "" : (record.fields[index] ?? "").trim();
  const reasons: Phrase[] = [];
  // More fields than the header has is a row split wrongly (an unquoted delimiter in a name…),
  // so none of its fields can be trusted to be where the header says.
  if (record.fields.length > headerWidth) {
    return {
      ok: false,
      reasons: [phrase("answers.rowWidth", { fields: record.fields.length, header: headerWidth })],
    };
  }

  const respondent = field(columns.respondent).replace(/\s+/gu, " ");
  if (respondent === "") reasons.push(phrase("answers.noRespondent"));

  const typedItem = field(columns.item);
  const item = ITEMS_BY_ID.get(typedItem.toLowerCase());
  if (typedItem === "") reasons.push(phrase("answers.noItemId"));
  else if (item === undefined)
    reasons.push(phrase("answers.unknownItem", { item: typedItem, last: lastItemId() }));

  const answer = answerOf(field(columns.answer));
  if (typeof answer === "object") reasons.push(answer.reason);

  const typedGroup = field(columns.group);
  const group = typedGroup === "" ? null : tokenOf("group", typedGroup);
  if (group === undefined)
    reasons.push(
      phrase("answers.unknownGroup", { group: typedGroup, groups: STAKEHOLDER_GROUPS.join(", ") }),
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

function answerOf(text: string): AnswerValue | { readonly reason: Phrase } {
  const reading = readAnswer(text);
  switch (reading.kind) {
    case "score":
      return reading.value;
    case "not-applicable":
      return "n/a";
    case "dont-know":
      return "?";
    case "blank":
      return { reason: phrase("answers.noAnswerOnScale") };
    case "invalid":
      return { reason: reading.reason };
  }
}

type Verdict =
  | { readonly kind: "keep" }
  | { readonly kind: "repeat" }
  | { readonly kind: "reject"; readonly reason: Phrase };

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
        reason: phrase("answers.otherGroup", {
          respondent: row.respondent,
          earlier: earlierGroup.group,
          earlierLine: earlierGroup.line,
          group: row.group,
        }),
      };
    }
    const answerKey = `${respondent}\u0000${row.itemId}`;
    const earlierAnswer = this.answers.get(answerKey);
    if (earlierAnswer !== undefined) {
      if (earlierAnswer.answer === row.answer) return { kind: "repeat" };
      return {
        kind: "reject",
        reason: phrase("answers.secondAnswer", {
          respondent: row.respondent,
          item: row.itemId,
          earlier: earlierAnswer.answer,
          earlierLine: earlierAnswer.line,
          answer: row.answer,
        }),
      };
    }
    this.answers.set(answerKey, row);
    if (row.group !== null && earlierGroup === undefined)
      this.groups.set(respondent, { group: row.group, line: row.line });
    return { kind: "keep" };
  }
}
