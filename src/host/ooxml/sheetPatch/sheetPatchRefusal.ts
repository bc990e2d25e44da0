// A patch the runner will not make to a user's sheet, in one sentence naming the sheet and the
// cells (an array formula an edit would cut through, a damaged part); thrown before anything is
// written. The sentence is a phrase of the problem catalogue (said in the CLI's or the pane's
// language); the message is its English.

import { englishText, phrase, type Phrase } from "../../../engine/language/problemTexts";
import { SheetScanError } from "./sheetScanner";

export class SheetPatchRefusal extends Error {
  readonly sentence: Phrase;

  constructor(sentence: Phrase) {
    super(englishText(sentence));
    this.name = "SheetPatchRefusal";
    this.sentence = sentence;
  }
}

/** Runs a patch of the sheet, a damaged part's scan error told as a sentence naming the sheet. */
export function patchingSheet<T>(sheet: string, patch: () => T): T {
  try {
    return patch();
  } catch (error: unknown) {
    if (!(error instanceof SheetScanError)) throw error;
    // The scanner's reason names XML tags ("<sheetData> is not closed"): it stays as written.
    throw new SheetPatchRefusal(phrase("patch.damaged", { sheet, reason: error.message }));
  }
}
