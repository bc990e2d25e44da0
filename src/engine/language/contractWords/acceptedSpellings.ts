// Spellings a cell may hold beyond each language's own word for a token: the y/n flags people have
// always typed (yes, TRUE, 1). Answers have none on purpose: the Checklist's live and portable
// formulas count n/a by its three words, and a spelling only the engine knew would score
// differently in a recalculating spreadsheet.

import type { TokenKind } from "./englishWords";

export const ACCEPTED_SPELLINGS: Readonly<
  Partial<Record<TokenKind, Record<string, readonly string[]>>>
> = {
  flag: {
    y: ["yes", "true", "1", "o", "si", "s"],
    n: ["no", "false", "0"],
  },
};
