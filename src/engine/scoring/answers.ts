// Sorting one item's answers (one cell per respondent) into what the item functions use: the
// numeric answers, and whether every answer given was n/a. Blanks, "?", other text and error cells
// are skipped as missing; a number off the 1–5 scale is an input error, because it is almost always
// a typing slip (7 for 4, 0 for n/a) that a mean would silently absorb.

import { readAnswer, type AnswerScore, type CellValue } from "../cells";
import { invalidInput, ok, type Result } from "../result";

export interface SortedAnswers {
  readonly scores: readonly AnswerScore[];
  readonly notApplicable: number;
  readonly dontKnow: number;
}

export function sortAnswers(answers: readonly CellValue[]): Result<SortedAnswers> {
  const scores: AnswerScore[] = [];
  let notApplicable = 0;
  let dontKnow = 0;
  for (const answer of answers) {
    const reading = readAnswer(answer);
    if (reading.kind === "score") scores.push(reading.value);
    else if (reading.kind === "not-applicable") notApplicable += 1;
    else if (reading.kind === "dont-know") dontKnow += 1;
    else if (reading.kind === "invalid" && reading.outOfScale) return invalidInput(reading.message);
  }
  return ok({ scores, notApplicable, dontKnow });
}
