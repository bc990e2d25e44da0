// A patch the runner will not make to a user's sheet, in one sentence naming the sheet and the
// cells (an array formula an edit would cut through, a damaged part); thrown before anything is
// written.

import { SheetScanError } from "./sheetScanner";

export class SheetPatchRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetPatchRefusal";
  }
}

/** Runs a patch of the sheet, a damaged part's scan error told as a sentence naming the sheet. */
export function patchingSheet<T>(sheet: string, patch: () => T): T {
  try {
    return patch();
  } catch (error: unknown) {
    if (!(error instanceof SheetScanError)) throw error;
    throw new SheetPatchRefusal(
      `The sheet "${sheet}" cannot be written into: its part is damaged (${error.message}). Open the workbook in Excel, save it again and try again.`,
    );
  }
}
