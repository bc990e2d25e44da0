// The language a programme workbook is written in when `c2c consolidate` is not told one
// (decision 0034): the language every input workbook is written in, else English. It is the
// inputs' rule, not the environment's: a coordinator consolidating French workbooks gets a French
// programme on any machine, and a mix of languages gets the product's key language.

import type { Language } from "../language";
import type { PartnershipSummary } from "./types";

export function programmeLanguage(summaries: readonly PartnershipSummary[]): Language {
  const languages = new Set(summaries.map((summary) => summary.language));
  const [only] = languages;
  return languages.size === 1 && only !== undefined ? only : "en";
}
