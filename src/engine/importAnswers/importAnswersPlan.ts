// An answers file's rows placed into a workbook, as a plan any host applies: new respondents'
// answer columns inserted into C2C_Checklist before Item score, with their values per row, and
// their rows appended to C2C_Stakeholders (TableEditPlan); answers of respondents who already have
// a column written into its blank cells (SheetEditPlan). Nothing the workbook holds is overwritten:
// every row that cannot be placed is in the report with its line and why.

import { phrase, type Phrase } from "../language/problemTexts";
import type { AddinSettings } from "../plan/addinSettings";
import { normaliseHeader } from "../plan/headers";
import type {
  CellPlan,
  PlanScalar,
  SheetEditPlan,
  TableEditPlan,
  WorkbookPlan,
} from "../plan/types";
import { nameKey } from "../sheetValues";
import type { TableMap } from "../read/tables";
import { joinedWords, lineMessage } from "./lineMessage";
import { parseAnswersCsv } from "./parseAnswersCsv";
import { registerChange } from "./registerRows";
import { recordSubmissions } from "./submissionRecord";
import { placeInExistingColumn, placeInNewColumn, type Placement } from "./respondentAnswers";
import type { AnswerRow, AnswersImport, LineMessage } from "./types";
import { checklistTarget, registerTarget, type ChecklistTarget } from "./workbookTables";

interface RespondentRows {
  /** As the file first spells the name. */
  readonly name: string;
  readonly rows: AnswerRow[];
}

function byRespondent(rows: readonly AnswerRow[]): RespondentRows[] {
  const groups = new Map<string, RespondentRows>();
  for (const row of rows) {
    const key = nameKey(row.respondent);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { name: row.respondent, rows: [row] });
    else group.rows.push(row);
  }
  return [...groups.values()];
}

function rejectAll(rows: readonly AnswerRow[], reason: Phrase): Placement {
  return {
    placed: [],
    written: 0,
    unchanged: 0,
    rejected: rows.map((row) => lineMessage(row.line, reason)),
  };
}

/** What a wide export's import adds to the plan: the record of the submissions it placed. */
export interface SubmissionsImport {
  /** The workbook's add-in settings, which hold the record of earlier imports. */
  readonly settings: AddinSettings;
  /** Submissions the record already held (their answers were placed like any others). */
  readonly seenBefore: number;
  /** Notes about the file (columns not read…), joining the report's. */
  readonly notes: readonly LineMessage[];
}

/**
 * The plan and report of importing `rows` (from parseAnswersCsv) into a workbook whose tables are
 * `tables` (as a host reads them). `fileRejected`, the rows the file's reading rejected, joins the
 * report so it lists every row not placed. With `submissions`, the plan also records each
 * submission with an answer in the workbook afterwards (submissionRecord.ts). Throws IntakeError
 * when the workbook has no checklist table.
 */
export function importAnswersPlan(
  tables: TableMap,
  rows: readonly AnswerRow[],
  fileRejected: readonly LineMessage[] = [],
  submissions?: SubmissionsImport,
): AnswersImport {
  const checklist = checklistTarget(tables);
  const register = registerTarget(tables);
  const takenHeaders = new Set(checklist.table.columns.map((column) => column.key));

  const newColumns: { header: string; values: readonly PlanScalar[] }[] = [];
  const checklistCells: CellPlan[] = [];
  const registerCells: CellPlan[] = [];
  const appendRows: Readonly<Record<string, PlanScalar>>[] = [];
  const respondentsAdded: string[] = [];
  const stakeholdersAdded: string[] = [];
  const rejected: LineMessage[] = [...fileRejected];
  const notes: LineMessage[] = [...(submissions?.notes ?? [])];
  const placedSubmissions = new Map<string, string>();
  let answersWritten = 0;
  let answersUnchanged = 0;

  for (const fromFile of byRespondent(rows)) {
    // A respondent the register knows heads their new column as the register spells the name,
    // so the Checklist and the register match exactly.
    const respondent = {
      ...fromFile,
      name: register?.entries.get(nameKey(fromFile.name))?.name ?? fromFile.name,
    };
    const placement = place(respondent, checklist, takenHeaders);
    rejected.push(...placement.rejected);
    answersWritten += placement.written;
    answersUnchanged += placement.unchanged;
    if (placement.placed.length === 0) continue;
    for (const row of placement.placed)
      if (row.submission !== undefined) placedSubmissions.set(row.submission, respondent.name);
    if (placement.kind === "new") {
      newColumns.push({ header: respondent.name, values: placement.values });
      respondentsAdded.push(respondent.name);
    } else if (placement.kind === "existing") {
      checklistCells.push(...placement.cells);
    }
    const change = registerChange(respondent.name, placement.placed, register);
    if (change.appendRow !== null) {
      appendRows.push(change.appendRow);
      stakeholdersAdded.push(respondent.name);
    }
    registerCells.push(...change.cells);
    notes.push(...change.notes);
  }

  const tableEdits: TableEditPlan[] = [];
  if (newColumns.length > 0) {
    tableEdits.push({
      table: checklist.table.name,
      insertColumns: {
        ...(checklist.insertBefore === undefined ? {} : { before: checklist.insertBefore }),
        columns: newColumns,
      },
    });
  }
  if (register !== null && appendRows.length > 0)
    tableEdits.push({ table: register.table.name, appendRows });
  const edits: SheetEditPlan[] = [];
  if (checklistCells.length > 0)
    edits.push({ sheet: checklist.table.sheet, cells: checklistCells });
  if (register !== null && registerCells.length > 0)
    edits.push({ sheet: register.table.sheet, cells: registerCells });

  const record =
    submissions === undefined || placedSubmissions.size === 0
      ? {}
      : { settings: recordSubmissions(submissions.settings, placedSubmissions) };
  const plan: WorkbookPlan = { styles: {}, sheets: [], names: [], tableEdits, edits, ...record };
  return {
    plan,
    report: {
      respondentsAdded,
      answersWritten,
      rejected: byLine(rejected),
      stakeholdersAdded,
      answersUnchanged,
      notes: byLine(notes),
      submissionsSeenBefore: submissions?.seenBefore ?? 0,
    },
  };
}

type RespondentPlacement =
  | (Placement & { readonly kind: "refused" })
  | (Placement & { readonly kind: "existing"; readonly cells: readonly CellPlan[] })
  | (Placement & { readonly kind: "new"; readonly values: readonly PlanScalar[] });

function place(
  respondent: RespondentRows,
  checklist: ChecklistTarget,
  takenHeaders: Set<string>,
): RespondentPlacement {
  const key = nameKey(respondent.name);
  const columns = checklist.respondentColumns.filter(
    (index) => nameKey(checklist.table.columns[index]?.header ?? "") === key,
  );
  const [column] = columns;
  if (columns.length > 1) {
    const letters = joinedWords(
      columns.map((index) => checklist.table.columns[index]?.column ?? ""),
      "answers.and",
    );
    return {
      kind: "refused",
      ...rejectAll(
        respondent.rows,
        phrase("answers.twoColumns", { columns: letters, respondent: respondent.name }),
      ),
    };
  }
  if (column !== undefined)
    return { kind: "existing", ...placeInExistingColumn(respondent.rows, column, checklist) };

  // A new column's header must differ from every other header of the table (Excel requires it),
  // which also keeps a respondent from being called "Item score".
  const headerKey = normaliseHeader(respondent.name);
  if (takenHeaders.has(headerKey)) {
    return {
      kind: "refused",
      ...rejectAll(respondent.rows, phrase("answers.headerTaken", { respondent: respondent.name })),
    };
  }
  const placement = placeInNewColumn(respondent.rows, checklist);
  if (placement.placed.length > 0) takenHeaders.add(headerKey);
  return { kind: "new", ...placement };
}

function byLine(messages: readonly LineMessage[]): LineMessage[] {
  return [...messages].sort((a, b) => a.line - b.line);
}

/** parseAnswersCsv then importAnswersPlan: what the pane and the runner call with a file's text. */
export function importAnswersCsv(tables: TableMap, csv: string): AnswersImport {
  const parsed = parseAnswersCsv(csv);
  return importAnswersPlan(tables, parsed.rows, parsed.rejected);
}
