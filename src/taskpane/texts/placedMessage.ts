// Where a row or cell of an answers file is, before why it was not placed or what was noted: the
// line of a text file, or the engine's place of a workbook export ("'Kobo export'!C2", "Form row 7").
// Its own module so that the pane's views can use it without bundling the import's readers.

import { placeText, type AnswersPlace } from "../../engine/importAnswers/answersPlace";
import { phraseText, type Phrase } from "../../engine/language/problemTexts";
import type { PaneTexts } from "./paneTexts";

/**
 * "Line 7: why" for a text file, "Form!D7: why" or "Form, ligne 7 : why" for a workbook export;
 * the place and why in the pane's language when the row carries its reason as a phrase, else why as
 * written.
 */
export function placedMessage(
  texts: PaneTexts,
  row: {
    readonly line: number;
    readonly message: string;
    readonly reason?: Phrase | undefined;
    readonly place?: AnswersPlace | undefined;
  },
): string {
  const message = row.reason === undefined ? row.message : phraseText(texts.language, row.reason);
  return row.place === undefined
    ? texts.t("import.line", { line: row.line, message })
    : texts.t("import.place", { place: placeText(row.place, texts.language), message });
}
