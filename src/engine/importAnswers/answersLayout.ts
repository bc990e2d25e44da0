// Which layout an answers file has, by its content: the long layout (one row per respondent ×
// item: Respondent, Item ID, Answer columns) or a wide export (one row per submission, a column
// per item of the workbook's checklist). A workbook export is read from its first sheet with
// either layout (survey tools put repeat groups on later sheets). A file with neither is refused
// with a sentence saying which columns were expected.

import { phrase, type Phrase } from "../language/problemTexts";
import { textOf } from "../sheetValues";
import { ACCEPTED_HEADERS, matchAnswerColumns } from "./answerColumns";
import { filledRows, type AnswersGrid, type AnswersSource } from "./answersGrid";
import { readCsvRecords } from "./csvRecords";
import type { ExportVocabulary } from "./exportVocabulary";
import { csvGrid } from "./parseAnswersCsv";
import type { LineMessage } from "./types";
import { itemColumnCount } from "./wideExport";
import { normaliseHeader } from "../plan/headers";

export type AnswersLayout =
  | {
      readonly layout: "long" | "wide";
      readonly grid: AnswersGrid;
      /** A text file's unreadable rest (a quote never closed). */
      readonly syntaxError: LineMessage | null;
    }
  | { readonly layout: "refused"; readonly reason: Phrase };

const SHOWN_HEADERS = 12;

export function answersLayout(source: AnswersSource, vocabulary: ExportVocabulary): AnswersLayout {
  if (source.kind === "text") {
    const reading = readCsvRecords(source.text);
    const grid = csvGrid(reading.records);
    const found = layoutOf(grid, vocabulary);
    // A text file that is neither goes the long way: its header message says what is missing.
    if (found === undefined && mentionsLongColumn(grid))
      return { layout: "long", grid, syntaxError: reading.error };
    if (found === undefined) return refused(grid);
    return { layout: found, grid, syntaxError: reading.error };
  }
  const grids = source.sheets.map((sheet): AnswersGrid => ({
    sheet: sheet.name,
    rows: filledRows(sheet.rows),
  }));
  for (const grid of grids) {
    const found = layoutOf(grid, vocabulary);
    if (found !== undefined) return { layout: found, grid, syntaxError: null };
  }
  const first = grids.find((grid) => grid.rows.length > 0);
  if (first === undefined)
    return {
      layout: "refused",
      reason: phrase("answers.noSheetWithCells"),
    };
  if (mentionsLongColumn(first)) return { layout: "long", grid: first, syntaxError: null };
  return refused(first);
}

function headersOf(grid: AnswersGrid): string[] {
  return (grid.rows[0]?.cells ?? []).map(textOf);
}

function layoutOf(grid: AnswersGrid, vocabulary: ExportVocabulary): "long" | "wide" | undefined {
  const headers = headersOf(grid);
  if (matchAnswerColumns(headers).ok) return "long";
  if (itemColumnCount(headers, vocabulary) > 0) return "wide";
  return undefined;
}

/** The header has the long layout's Item ID or Answer column, so it meant to be one. */
function mentionsLongColumn(grid: AnswersGrid): boolean {
  const keys = new Set(headersOf(grid).map(normaliseHeader));
  return [...ACCEPTED_HEADERS.item, ...ACCEPTED_HEADERS.answer].some((header) =>
    keys.has(normaliseHeader(header)),
  );
}

function refused(grid: AnswersGrid): AnswersLayout {
  const headers = headersOf(grid).filter((header) => header !== "");
  const shown = headers
    .slice(0, SHOWN_HEADERS)
    .map((header) => `"${header}"`)
    .join(", ");
  const where =
    grid.sheet === null
      ? phrase("answers.headerLine")
      : phrase("answers.firstRowOfSheet", { sheet: grid.sheet });
  const found =
    shown === ""
      ? phrase("answers.noHeaders")
      : headers.length > SHOWN_HEADERS
        ? phrase("answers.moreHeaders", { headers: shown, more: headers.length - SHOWN_HEADERS })
        : shown;
  return { layout: "refused", reason: phrase("answers.noAnswerColumn", { where, headers: found }) };
}
