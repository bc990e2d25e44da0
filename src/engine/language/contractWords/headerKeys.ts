// Headers and key-table keys of the contract in any language, matched to their English spelling.

import { LANGUAGES, type Language } from "../language";
import { ACCEPTED_HEADER_SPELLINGS } from "./acceptedSpellings";
import { contractWords } from "./catalogue";
import { CONTRACT_HEADERS, ENGLISH_CONTRACT_WORDS, headerWordKey } from "./englishWords";

/**
 * How a word is compared: case, white space, accents and the marks people vary (hyphens,
 * underscores, dots, apostrophes) ignored, so "En-cours", "en cours" and "EN COURS" are one status
 * and "Prevue" is "prévue".
 */
export function wordKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("en")
    .replace(/[\s\-_.'’]+/gu, "");
}

/** A header or key as the workbook's language writes it; a header outside the contract as given. */
export function headerIn(language: Language, englishHeader: string): string {
  const key = headerWordKey(englishHeader);
  return key in ENGLISH_CONTRACT_WORDS ? contractWords.text(language, key) : englishHeader;
}

// The English spelling without case and spaces, as normaliseHeader has always keyed a column.
const englishKey = (header: string): string =>
  header.normalize("NFC").toLocaleLowerCase("en").replace(/\s+/gu, "");

let englishKeyByWord: Map<string, string> | undefined;

/**
 * The English key of a contract header written in any language, or in a spelling an earlier version
 * wrote (ACCEPTED_HEADER_SPELLINGS); undefined for other headers.
 */
export function contractHeaderKey(header: string): string | undefined {
  // Built on first use: the contract's modules import the header matcher while they load.
  englishKeyByWord ??= new Map(
    CONTRACT_HEADERS.flatMap((english) =>
      [
        ...LANGUAGES.map((language) => headerIn(language, english)),
        ...(ACCEPTED_HEADER_SPELLINGS[english] ?? []),
      ].map((spelling): [string, string] => [wordKey(spelling), englishKey(english)]),
    ),
  );
  return englishKeyByWord.get(wordKey(header));
}
