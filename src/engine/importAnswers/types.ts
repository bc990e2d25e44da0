// Answers brought in from a survey tool: the rows of a tidy answers file once read, and what an
// import did with them. The report has the pane's ImportResult shape (src/taskpane/workflows/types.ts)
// plus what the runner also prints.

import type { AnswerScore } from "../cells";
import type { Phrase } from "../language/problemTexts";
import type { StakeholderGroup } from "../model/types";
import type { WorkbookPlan } from "../plan/types";
import type { AnswersPlace } from "./answersPlace";

/** A checklist answer as the workbook stores it: 1–5, or the text "n/a" or "?". */
export type AnswerValue = AnswerScore | "n/a" | "?";

/** A message about one line of the answers file (1-based, as an editor numbers lines). */
export interface LineMessage {
  /** The line of a text file, the row of a sheet. */
  readonly line: number;
  /** `reason` in English, for logs, JSON and callers that do not render. */
  readonly message: string;
  /** Why, as a phrase of the problem catalogue, rendered in the language of where it is shown. */
  readonly reason: Phrase;
  /**
   * Where in a workbook export, when the file is one: a cell (Form!D7) or a row (Form row 7), as
   * data that `placeText` says in a language. Absent for text files, whose line says where.
   */
  readonly place?: AnswersPlace;
}

/** One usable row of an answers file. */
export interface AnswerRow {
  /** The file line the row starts on. */
  readonly line: number;
  /** Trimmed, runs of spaces as one; heads the respondent's Checklist column when it is new. */
  readonly respondent: string;
  /** The catalogue's spelling of the item id (the file's "ta1" becomes "TA1"). */
  readonly itemId: string;
  readonly answer: AnswerValue;
  /** null when the file has no Group column or leaves it blank. */
  readonly group: StakeholderGroup | null;
  /** "" when the file has no Organisation column or leaves it blank. */
  readonly organisation: string;
  /** The partner city the respondent answers for, as the partnership spells it; absent when not given. */
  readonly city?: string;
  /** The survey tool's id of the submission the answer comes from (wide exports); absent otherwise. */
  readonly submission?: string;
}

export interface ParsedAnswers {
  /** In file order; a row repeating an earlier one word for word is kept once. */
  readonly rows: readonly AnswerRow[];
  /** Every row that cannot be used, each naming its line and why; in line order. */
  readonly rejected: readonly LineMessage[];
}

/** What an import does, for the user (ImportResult of the pane, extended). */
export interface ImportReport {
  /** Respondents given a new answer column on the Checklist, in the file's order. */
  readonly respondentsAdded: readonly string[];
  /** Answer cells written. */
  readonly answersWritten: number;
  /** Every row or cell of the file that could not be placed, with its line (and place in a sheet) and why; in line order. */
  readonly rejected: readonly LineMessage[];
  /** Respondents given a row of the stakeholder register (C2C_Stakeholders). */
  readonly stakeholdersAdded: readonly string[];
  /** Answers the workbook already held exactly as the file gives them: nothing to write. */
  readonly answersUnchanged: number;
  /** Rows that were placed, with something the user should know (the register already says otherwise…). */
  readonly notes: readonly LineMessage[];
  /** Submissions of a survey tool's export recorded as imported by an earlier import: their answers were only checked. */
  readonly submissionsSeenBefore: number;
}

export interface AnswersImport {
  /** Table edits (new columns and register rows) and cell edits (answers into existing columns). */
  readonly plan: WorkbookPlan;
  readonly report: ImportReport;
}
