// An answers file, long or wide, placed into a workbook: the one function the app calls with what
// the host read (the file's content, the workbook's tables and add-in settings). The file's
// layout is recognised by content (answersLayout.ts); a wide export is read in the words of the
// form `c2c survey --xlsform` writes for this very workbook (exportVocabulary.ts), its items
// checked against the workbook's checklist, and the submissions it places are recorded.

import { englishText, type Phrase } from "../language/problemTexts";
import type { Assessment } from "../model/types";
import { readAssessment } from "../read";
import type { AddinSettings } from "../plan/addinSettings";
import type { TableMap } from "../read/tables";
import { nameKey } from "../sheetValues";
import type { AnswersSource } from "./answersGrid";
import { answersLayout } from "./answersLayout";
import { exportVocabulary, type ExportVocabulary } from "./exportVocabulary";
import { importAnswersPlan } from "./importAnswersPlan";
import { parseLongAnswers } from "./parseAnswersCsv";
import { importedSubmissions } from "./submissionRecord";
import { submissionRows } from "./submissionRows";
import type { AnswersImport } from "./types";
import { readWideExport } from "./wideExport";
import { checklistTarget, registerTarget } from "./workbookTables";

export type SourceImport =
  | ({ readonly ok: true; readonly layout: "long" | "wide"; readonly rows: number } & AnswersImport)
  /** Nothing in the file can be an answer; `reason` says which columns were expected, `message` in English. */
  | { readonly ok: false; readonly message: string; readonly reason: Phrase };

/** Throws IntakeError when the workbook has no checklist table (as importAnswersPlan does). */
export function importAnswersSource(
  tables: TableMap,
  source: AnswersSource,
  settings: AddinSettings,
): SourceImport {
  const checklist = checklistTarget(tables);
  const { assessment } = readAssessment(tables);
  const vocabulary = vocabularyOf(assessment, checklist.itemIds);
  const layout = answersLayout(source, vocabulary);
  if (layout.layout === "refused")
    return { ok: false, message: englishText(layout.reason), reason: layout.reason };
  if (layout.layout === "long") {
    const parsed = parseLongAnswers(layout.grid, layout.syntaxError);
    const imported = importAnswersPlan(tables, parsed.rows, parsed.rejected);
    return { ok: true, layout: "long", rows: parsed.rows.length, ...imported };
  }
  const wide = readWideExport(layout.grid, vocabulary);
  const register = registerTarget(tables);
  const taken = new Set([
    ...checklist.table.columns.map((column) => nameKey(column.header)),
    ...(register === null ? [] : [...register.entries.keys()]),
  ]);
  const recorded = importedSubmissions(settings);
  // Anonymous respondents are named in the workbook, so in its language ("Anonyme 1").
  const rows = submissionRows(wide.submissions, recorded, taken, assessment?.language ?? "en");
  const imported = importAnswersPlan(tables, rows.rows, [...wide.rejected, ...rows.rejected], {
    settings,
    seenBefore: rows.seenBefore,
    notes: wide.notes,
  });
  return { ok: true, layout: "wide", rows: rows.rows.length, ...imported };
}

function vocabularyOf(assessment: Assessment | null, itemIds: readonly string[]): ExportVocabulary {
  return exportVocabulary({
    checklist: assessment?.checklist ?? [],
    itemIds,
    cities: assessment?.partnership.cities ?? [],
  });
}
