// Answers brought in from survey tools — the long layout (Respondent, Item ID, Answer, optional
// Group and Organisation) and wide exports (KoboToolbox, ODK, Microsoft Forms, Google Forms), as
// CSV or workbook sheets: the public API of src/engine/importAnswers, used by `c2c import-answers`
// and the pane through src/app/importAnswers.ts.

export { parseAnswersCsv } from "./parseAnswersCsv";
export { importAnswersPlan, importAnswersCsv } from "./importAnswersPlan";
export { ACCEPTED_HEADERS } from "./answerColumns";
export { ImportAnswersError } from "./importAnswersError";
export { importAnswersSource, type SourceImport } from "./importFromSource";
export { IMPORTED_SUBMISSIONS_KEY, importedSubmissions } from "./submissionRecord";
export type { AnswersSource, ExportSheet, GridRow } from "./answersGrid";
export { placeText, type AnswersPlace } from "./answersPlace";
export type {
  AnswerRow,
  AnswerValue,
  AnswersImport,
  ImportReport,
  LineMessage,
  ParsedAnswers,
} from "./types";
