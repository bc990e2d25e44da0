// A wide export's submissions as the rows the import places (one per answer), each carrying its
// submission's id. A submission an earlier import recorded goes to the respondent it went to
// then; an anonymous one (no name, or Microsoft Forms' "anonymous") becomes a respondent of its
// own, "Anonymous 1", "Anonymous 2"…, the first numbers no column or register row uses, so two
// anonymous replies are never merged. One without a name and without an id is not placed: a
// second import could not tell it apart.

import { phrase, type Phrase } from "../language/problemTexts";
import { nameKey } from "../sheetValues";
import { lineMessage } from "./lineMessage";
import { FileConsistency } from "./parseAnswersCsv";
import type { Submission } from "./wideExport";
import type { AnswerRow, LineMessage } from "./types";

export const ANONYMOUS = "Anonymous";

export interface SubmissionRows {
  readonly rows: readonly AnswerRow[];
  readonly rejected: readonly LineMessage[];
  /** Submissions the record already held. */
  readonly seenBefore: number;
}

export function submissionRows(
  submissions: readonly Submission[],
  recorded: ReadonlyMap<string, string>,
  /** Names the workbook already uses (Checklist headers, register rows), compared by nameKey. */
  takenNames: ReadonlySet<string>,
): SubmissionRows {
  const taken = new Set([...takenNames, ...[...recorded.values()].map(nameKey)]);
  for (const submission of submissions)
    if (submission.respondent !== null) taken.add(nameKey(submission.respondent));
  let anonymousCount = 0;
  const nextAnonymous = (): string => {
    let name: string;
    do {
      anonymousCount += 1;
      name = `${ANONYMOUS} ${anonymousCount}`;
    } while (taken.has(nameKey(name)));
    taken.add(nameKey(name));
    return name;
  };

  const rows: AnswerRow[] = [];
  const rejected: LineMessage[] = [];
  const consistency = new FileConsistency();
  let seenBefore = 0;
  for (const submission of submissions) {
    const { place } = submission;
    const at = (reason: Phrase): LineMessage => lineMessage(submission.line, reason, place);
    const before = submission.id === null ? undefined : recorded.get(submission.id);
    if (before !== undefined) seenBefore += 1;
    let respondent = before ?? submission.respondent;
    if (respondent === null) {
      if (submission.id === null) {
        rejected.push(at(phrase("answers.anonymousWithoutId")));
        continue;
      }
      respondent = nextAnonymous();
    }
    for (const { itemId, answer } of submission.answers) {
      const row: AnswerRow = {
        line: submission.line,
        respondent,
        itemId,
        answer,
        group: submission.group,
        organisation: submission.organisation,
        ...(submission.city === null ? {} : { city: submission.city }),
        ...(submission.id === null ? {} : { submission: submission.id }),
      };
      const verdict = consistency.check(row);
      if (verdict.kind === "reject") rejected.push(at(verdict.reason));
      else if (verdict.kind === "keep") rows.push(row);
    }
  }
  return { rows, rejected, seenBefore };
}
