// Where in a workbook export a row or cell of answers is, as data: a cell ("Form!D7", an A1
// address in every language) or a whole row ("Form row 7", "Form, ligne 7", "Form, fila 7"),
// said in the language of the place that shows it. Its own module so that the pane can render
// places without bundling the import's readers.

import type { Language } from "../language";
import { phrase, phraseText } from "../language/problemTexts";
import { qualifiedAddress, quoteSheetName } from "../plan/address";

export type AnswersPlace =
  /** A cell of the sheet: `cell` is its A1 address ("D7"). */
  | { readonly kind: "cell"; readonly sheet: string; readonly cell: string }
  /** A row of the sheet (1-based, as Excel numbers rows). */
  | { readonly kind: "row"; readonly sheet: string; readonly row: number };

/** "Form!D7", or "Form row 7" in the language (the sheet's name quoted as a formula would). */
export function placeText(place: AnswersPlace, language: Language = "en"): string {
  if (place.kind === "cell") return qualifiedAddress(place.sheet, place.cell);
  return phraseText(
    language,
    phrase("answers.sheetRow", { sheet: quoteSheetName(place.sheet), row: place.row }),
  );
}
