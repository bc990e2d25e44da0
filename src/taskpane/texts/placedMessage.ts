// Where a row or cell of an answers file is, before why it was not placed or what was noted: the
// line of a text file, or the engine's place of a workbook export ("'Kobo export'!C2", "Form row 7").
// Its own module so that the pane's views can use it without bundling the import's readers.

import { phraseText, type Phrase } from "../../engine/language/problemTexts";
import type { PaneTexts } from "./paneTexts";

/**
 * "Line 7: why" for a text file, "Form!D7: why" for a workbook export (the place is the engine's);
 * why in the pane's language when the row carries its reason as a phrase, else as written.
 */
export function placedMessage(
  texts: PaneTexts,
  row: {
    readonly line: number;
    readonly message: string;
    readonly reason?: Phrase | undefined;
    readonly place?: string | undefined;
  },
): string {
  const message = row.reason === undefined ? row.message : phraseText(texts.language, row.reason);
  return row.place === undefined
    ? texts.t("import.line", { line: row.line, message })
    : texts.t("import.place", { place: row.place, message });
}
