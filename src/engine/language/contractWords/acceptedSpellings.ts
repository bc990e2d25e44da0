// Spellings a cell may hold beyond each language's own word for a token: the y/n flags people have
// always typed (yes, TRUE, 1). Answers have none on purpose: the Checklist's live and portable
// formulas count n/a by its three words, and a spelling only the engine knew would score
// differently in a recalculating spreadsheet.
//
// Headers and key-table keys have the same: the words earlier versions wrote, so a workbook they
// wrote is still read. French and Spanish called a score's category "Bande" and "Banda" until
// "Niveau" and "Nivel" replaced them (issue 14).

import type { TokenKind } from "./englishWords";

export const ACCEPTED_SPELLINGS: Readonly<
  Partial<Record<TokenKind, Record<string, readonly string[]>>>
> = {
  flag: {
    y: ["yes", "true", "1", "o", "si", "s"],
    n: ["no", "false", "0"],
  },
};

/** Older spellings of a contract header or key, by its English spelling. */
export const ACCEPTED_HEADER_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Band: ["Bande", "Banda"],
  "SDG band limit: Achieved": [
    "Limite de bande ODD : ODD atteint",
    "Límite de banda ODS: ODS logrado",
  ],
  "SDG band limit: Challenges remain": [
    "Limite de bande ODD : Des défis subsistent",
    "Límite de banda ODS: Persisten desafíos",
  ],
  "SDG band limit: Significant challenges": [
    "Limite de bande ODD : D'importants défis subsistent",
    "Límite de banda ODS: Persisten desafíos significativos",
  ],
  "Principle band limit: Developing": [
    "Limite de bande des principes : En développement",
    "Límite de banda de principios: En desarrollo",
  ],
  "Principle band limit: Established": [
    "Limite de bande des principes : Établi",
    "Límite de banda de principios: Consolidado",
  ],
  "Principle band limit: Advanced": [
    "Limite de bande des principes : Avancé",
    "Límite de banda de principios: Avanzado",
  ],
};
