// A wide export's submissions as the rows the import places (one per answer), each carrying its
// submission's id. A submission an earlier import recorded goes to the respondent it went to
// then; an anonymous one (no name, or Microsoft Forms' "anonymous") becomes a respondent of its
// own, named in the workbook's language — "Anonymous 1", "Anonyme 1", "Anónimo 1"… — with the
// first numbers no column or register row uses under any of the three words, so two anonymous
// replies are never merged, even when the workbook's language changed between two imports. One
// without a name and without an id is not placed: a second import could not tell it apart.

import { LANGUAGES, type Language } from "../language";
import { phrase, type Phrase } from "../language/problemTexts";
import { nameKey } from "../sheetValues";
import { lineMessage } from "./lineMessage";
import { FileConsistency } from "./parseAnswersCsv";
import type { Submission } from "./wideExport";
import type { AnswerRow, LineMessage } from "./types";

/** The word an anonymous respondent's name starts with, in the workbook's language. */
export const ANONYMOUS: Readonly<Record<Language, string>> = {
  en: "Anonymous",
  fr: "Anonyme",
  es: "Anónimo",
};

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
  /** The workbook's language, which anonymous respondents are named in. */
  language: Language = "en",
): SubmissionRows {
  const taken = new Set([...takenNames, ...[...recorded.values()].map(nameKey)]);
  for (const submission of submissions)
    if (submission.respondent !== null) taken.add(nameKey(submission.respondent));
  const numberTaken = (count: number): boolean =>
    LANGUAGES.some((other) => taken.has(nameKey(`${ANONYMOUS[other]} ${count}`)));
  let anonymousCount = 0;
  const nextAnonymous = (): string => {
    do anonymousCount += 1;
    while (numberTaken(anonymousCount));
    const name = `${ANONYMOUS[language]} ${anonymousCount}`;
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
