// Why a number has no score, as the published data (`c2c report --json`) gives it: the English
// sentence in `note`, as before, and beside it `noteCode`, the phrase's code, which stays the same
// in every language and release for a program to test.

import { englishText, type Phrase, type ProblemCode } from "../language/problemTexts";

export interface PublishedNote {
  readonly note: string | null;
  /** Present when there is a note. */
  readonly noteCode?: ProblemCode;
}

export function publishedNote(note: Phrase | null): PublishedNote {
  return note === null ? { note: null } : { note: englishText(note), noteCode: note.code };
}
