// Where a row or cell of an answers file is, before why it was not placed or what was noted: the
// line of a text file, or the engine's place of a workbook export ("'Kobo export'!C2", "Form row 7").
// Its own module so that the pane's views can use it without bundling the import's readers.

import type { PaneTexts } from "./paneTexts";

/** "Line 7: why" for a text file, "Form!D7: why" for a workbook export (the place is the engine's). */
export function placedMessage(
  texts: PaneTexts,
  row: { readonly line: number; readonly message: string; readonly place?: string | undefined },
): string {
  return row.place === undefined
    ? texts.t("import.line", { line: row.line, message: row.message })
    : texts.t("import.place", { place: row.place, message: row.message });
}
