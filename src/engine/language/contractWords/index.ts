// The workbook contract's words in English, French and Spanish (docs/decisions/0018): every header,
// key-table key and dropdown token is written in the workbook's language and read in any of the
// three, while the engine works on the contract's English headers and its fixed tokens. This is the
// one table of synonyms: readers, templates, formulas and importers all ask it.

import type { Language } from "../language";
import { LANGUAGES } from "../language";
import { ACCEPTED_SPELLINGS } from "./acceptedSpellings";
import { contractWords } from "./catalogue";
import { wordKey } from "./headerKeys";
import { TOKENS, tokenWordKey, type TokenKind, type TokenOfKind } from "./englishWords";

export { CONTRACT_HEADERS, TOKENS, type TokenKind, type TokenOfKind } from "./englishWords";
export { headerIn, wordKey } from "./headerKeys";

export { contractWords } from "./catalogue";

/** A token as the workbook's language writes it (the dropdown's word). */
export function tokenIn(language: Language, kind: TokenKind, token: string): string {
  return contractWords.text(language, tokenWordKey(kind, token));
}

/** A token kind's words in a language, in the engine's order: a dropdown's list. */
export function tokensIn(language: Language, kind: TokenKind): string[] {
  return TOKENS[kind].map((token) => tokenIn(language, kind, token));
}

/** A token's own word in each language, each once: what a spreadsheet formula must count. */
export function tokenWords(kind: TokenKind, token: string): string[] {
  return [...new Set(LANGUAGES.map((language) => tokenIn(language, kind, token)))];
}

const TOKEN_BY_WORD = new Map<TokenKind, Map<string, string>>(
  (Object.entries(TOKENS) as [TokenKind, readonly string[]][]).map(([kind, tokens]) => [
    kind,
    new Map(
      tokens.flatMap((token) => [
        ...LANGUAGES.map((language) => [wordKey(tokenIn(language, kind, token)), token] as const),
        ...(ACCEPTED_SPELLINGS[kind]?.[token] ?? []).map(
          (spelling) => [wordKey(spelling), token] as const,
        ),
      ]),
    ),
  ]),
);

/** The token a cell's text names in any of the three languages, or undefined. */
export function tokenOf<K extends TokenKind>(kind: K, text: string): TokenOfKind[K] | undefined {
  return TOKEN_BY_WORD.get(kind)?.get(wordKey(text)) as TokenOfKind[K] | undefined;
}
