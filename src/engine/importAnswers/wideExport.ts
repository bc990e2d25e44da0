// A wide export (one row per submission, one column per question: KoboToolbox, ODK, Microsoft
// Forms, Google Forms, or a sheet laid out the same way) read into submissions: who answered
// (or nobody named: anonymous), their group, organisation and city, their answers per item, and
// the tool's id of the submission. Only the columns exportColumns recognises are read, so
// metadata, device data, geolocation and e-mail addresses never leave the file; every cell that
// cannot be used is said with its place.

import { phrase, type Phrase } from "../language/problemTexts";
import { nameKey, textOf, isBlank, type CellValue } from "../sheetValues";
import type { StakeholderGroup } from "../model/types";
import { cellPlace, rowPlace, type AnswersGrid, type GridRow } from "./answersGrid";
import { placeText, type AnswersPlace } from "./answersPlace";
import { columnRoles, exportKind, type ColumnRole, type ExportKind } from "./exportColumns";
import { exportAnswer, exportCity, exportGroup, looksLikeEmail } from "./exportValues";
import { lineMessage } from "./lineMessage";
import type { DetailField, ExportVocabulary } from "./exportVocabulary";
import type { AnswerValue, LineMessage } from "./types";

export interface SubmittedAnswer {
  readonly itemId: string;
  readonly answer: AnswerValue;
}

export interface Submission {
  /** The row the submission is on. */
  readonly line: number;
  /** Its row of a workbook export (Form row 7); absent in a text file. */
  readonly place?: AnswersPlace;
  /** The tool's id ("kobo:<uuid>", "microsoft-forms:<ID>@<start time>"…); null when the export has none. */
  readonly id: string | null;
  /** As the export spells it, runs of spaces as one; null when the submission names nobody. */
  readonly respondent: string | null;
  readonly group: StakeholderGroup | null;
  readonly organisation: string;
  readonly city: string | null;
  readonly answers: readonly SubmittedAnswer[];
}

export interface WideReading {
  readonly kind: ExportKind;
  /** In row order. */
  readonly submissions: readonly Submission[];
  readonly rejected: readonly LineMessage[];
  readonly notes: readonly LineMessage[];
}

/** The columns a wide export is read from. */
interface Layout {
  readonly items: readonly { readonly column: number; readonly itemId: string }[];
  readonly details: Partial<Record<DetailField, number>>;
  readonly submission: readonly number[];
  readonly timestamp: number | undefined;
}

/** The header's item columns; none means the grid is not a wide export of the checklist. */
export function itemColumnCount(headers: readonly string[], vocabulary: ExportVocabulary): number {
  return columnRoles(headers, exportKind(headers), vocabulary).filter(
    (role) => role.kind === "item",
  ).length;
}

export function readWideExport(grid: AnswersGrid, vocabulary: ExportVocabulary): WideReading {
  const [headerRow, ...body] = grid.rows;
  const headers = (headerRow?.cells ?? []).map(textOf);
  const headerLine = headerRow?.line ?? 1;
  const kind = exportKind(headers);
  const roles = columnRoles(headers, kind, vocabulary);
  const rejected: LineMessage[] = [];
  const notes: LineMessage[] = [];
  const at = (line: number, reason: Phrase, place = rowPlace(grid, line)): LineMessage =>
    lineMessage(line, reason, place);
  const columnName = (column: number): Phrase => {
    const header = cellPlace(grid, headerLine, column);
    // A cell's A1 address is the same in every language.
    return header === undefined
      ? phrase("answers.column", { header: headers[column] ?? "" })
      : phrase("answers.columnAt", { header: headers[column] ?? "", cell: placeText(header) });
  };

  const layout = layoutOf(roles, headers);
  for (const { column, first } of layout.repeated)
    if (hasValues(body, column))
      rejected.push(
        at(
          headerLine,
          phrase("answers.repeatedColumn", {
            column: columnName(column),
            first: columnName(first),
          }),
        ),
      );
  roles.forEach((role, column) => {
    if (role.kind === "foreign" && hasValues(body, column))
      rejected.push(
        at(
          headerLine,
          phrase("answers.foreignItem", { column: columnName(column), item: role.itemId }),
        ),
      );
  });
  const unknown = roles.flatMap((role, column) =>
    role.kind === "unknown" && hasValues(body, column) ? [`"${headers[column] ?? ""}"`] : [],
  );
  if (unknown.length > 0)
    notes.push(
      at(
        headerLine,
        phrase(unknown.length === 1 ? "answers.unknownColumn" : "answers.unknownColumns", {
          headers: unknown.join(", "),
        }),
      ),
    );

  const submissions: Submission[] = [];
  const seenIds = new Map<string, number>();
  for (const row of body) {
    const read = readSubmission(row, layout, kind, vocabulary, (column, reason) =>
      rejected.push(
        at(
          row.line,
          phrase("answers.inColumn", { column: columnName(column), reason }),
          cellPlace(grid, row.line, column),
        ),
      ),
    );
    if (!read.ok) {
      rejected.push(at(row.line, read.reason));
      continue;
    }
    const place = rowPlace(grid, row.line);
    const submission = place === undefined ? read.value : { ...read.value, place };
    if (submission.id !== null) {
      // The same id twice (two rows of one second in Google Forms): each stays its own.
      const count = (seenIds.get(submission.id) ?? 0) + 1;
      seenIds.set(submission.id, count);
      if (count > 1) {
        submissions.push({ ...submission, id: `${submission.id}#${count}` });
        continue;
      }
    }
    submissions.push(submission);
  }
  return { kind, submissions, rejected, notes };
}

function hasValues(rows: readonly GridRow[], column: number): boolean {
  return rows.some((row) => !isBlank(row.cells[column]));
}

function layoutOf(
  roles: readonly ColumnRole[],
  headers: readonly string[],
): Layout & { readonly repeated: readonly { column: number; first: number }[] } {
  const items: { column: number; itemId: string }[] = [];
  const repeated: { column: number; first: number }[] = [];
  const details: Partial<Record<DetailField, number>> = {};
  const submission: number[] = [];
  let timestamp: number | undefined;
  const respondentColumns: number[] = [];
  roles.forEach((role, column) => {
    if (role.kind === "item") {
      const first = items.find((entry) => entry.itemId === role.itemId);
      if (first === undefined) items.push({ column, itemId: role.itemId });
      else repeated.push({ column, first: first.column });
    } else if (role.kind === "detail") {
      if (role.field === "respondent") respondentColumns.push(column);
      else details[role.field] ??= column;
    } else if (role.kind === "submission") submission.push(column);
    else if (role.kind === "timestamp") timestamp ??= column;
  });
  // A name the form asks wins over Microsoft Forms' own "Name" (the account's).
  const asked = respondentColumns.find((column) => nameKey(headers[column] ?? "") !== "name");
  const respondent = asked ?? respondentColumns[0];
  if (respondent !== undefined) details.respondent = respondent;
  return { items, repeated, details, submission, timestamp };
}

type Reading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Phrase };

function readSubmission(
  row: GridRow,
  layout: Layout,
  kind: ExportKind,
  vocabulary: ExportVocabulary,
  rejectCell: (column: number, reason: Phrase) => void,
): Reading<Submission> {
  const cell = (column: number | undefined): CellValue =>
    column === undefined ? null : row.cells[column];
  const text = (column: number | undefined): string => textOf(cell(column)).replace(/\s+/gu, " ");

  const name = text(layout.details.respondent);
  if (looksLikeEmail(name))
    return {
      ok: false,
      reason: phrase("answers.nameIsEmail"),
    };
  const respondent = name === "" || nameKey(name) === "anonymous" ? null : name;

  const answers: SubmittedAnswer[] = [];
  for (const { column, itemId } of layout.items) {
    const value = cell(column);
    if (isBlank(value)) continue;
    const answer = exportAnswer(value, vocabulary);
    if (answer.ok) answers.push({ itemId, answer: answer.value });
    else
      rejectCell(
        column,
        phrase("answers.answerNotPlaced", { reason: answer.reason, item: itemId }),
      );
  }

  const groupColumn = layout.details.group;
  let group: StakeholderGroup | null = null;
  if (!isBlank(cell(groupColumn))) {
    const read = exportGroup(cell(groupColumn), vocabulary);
    if (read.ok) group = read.value;
    else if (groupColumn !== undefined) rejectCell(groupColumn, read.reason);
  }
  const cityColumn = layout.details.city;
  let city: string | null = null;
  if (!isBlank(cell(cityColumn))) {
    const read = exportCity(cell(cityColumn), vocabulary);
    if (read.ok) city = read.value;
    else if (cityColumn !== undefined) rejectCell(cityColumn, read.reason);
  }

  // An e-mail address typed as the organisation is not copied either.
  let organisation = text(layout.details.organisation);
  if (looksLikeEmail(organisation) && layout.details.organisation !== undefined) {
    rejectCell(layout.details.organisation, phrase("answers.organisationIsEmail"));
    organisation = "";
  }

  if (answers.length === 0) return { ok: false, reason: phrase("answers.nothingAnswered") };
  return {
    ok: true,
    value: {
      line: row.line,
      id: submissionId(kind, layout, text),
      respondent,
      group,
      organisation,
      city,
      answers,
    },
  };
}

function submissionId(
  kind: ExportKind,
  layout: Layout,
  text: (column: number | undefined) => string,
): string | null {
  const given = layout.submission
    .map((column) => text(column).replace(/^uuid:/iu, ""))
    .find((value) => value !== "");
  const time = text(layout.timestamp);
  switch (kind) {
    case "kobo":
      return given === undefined ? null : `kobo:${given}`;
    case "microsoft-forms":
      // Forms numbers each form's replies from 1: the start time tells two forms' reply 1 apart.
      return given === undefined ? null : `microsoft-forms:${given}@${time}`;
    case "google-forms":
      return time === "" ? null : `google-forms:${time}`;
    case "wide":
      return given === undefined ? null : `export:${given}`;
  }
}
