// Answers brought in from survey tools (tidy CSV: Respondent, Item ID, Answer, optional Group and
// Organisation): the public API of src/engine/importAnswers, used by `c2c import-answers` and the pane.

export { parseAnswersCsv } from "./parseAnswersCsv";
export { importAnswersPlan, importAnswersCsv } from "./importAnswersPlan";
export { ACCEPTED_HEADERS } from "./answerColumns";
export { ImportAnswersError } from "./importAnswersError";
export type {
  AnswerRow,
  AnswerValue,
  AnswersImport,
  ImportReport,
  LineMessage,
  ParsedAnswers,
} from "./types";
