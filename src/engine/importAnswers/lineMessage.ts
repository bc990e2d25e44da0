// A message about a line (or a sheet's row or cell) of an answers file, made once from its phrase
// so that its English `message` and the phrase the terminal and the pane render never differ.

import { englishText, phrase, type Phrase, type PhraseValue } from "../language/problemTexts";
import type { AnswersPlace } from "./answersPlace";
import type { LineMessage } from "./types";

export function lineMessage(line: number, reason: Phrase, place?: AnswersPlace): LineMessage {
  const message = englishText(reason);
  return place === undefined ? { line, message, reason } : { line, message, reason, place };
}

/**
 * `"a" or "b" or "c"` (or `C and D`) in the language it is rendered in: each word joined to the
 * ones before by the language's "or" (or "and"); one word is the word itself.
 */
export function joinedWords(
  words: readonly string[],
  join: "answers.or" | "answers.and",
): PhraseValue {
  const [first = "", ...rest] = words;
  return rest.reduce<PhraseValue>((joined, last) => phrase(join, { first: joined, last }), first);
}
