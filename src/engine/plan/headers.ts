// Table headers are matched case- and space-insensitively (README, "The workbook contract"), so
// "Item ID", "item id", "ItemID" and " ITEM  ID " all name the same column; and a contract header
// is matched in any of the product's languages ("Ville", "Ciudad" and "City" are one column), by
// the key of its English spelling (docs/decisions/0018-workbook-language.md).

import { contractHeaderKey } from "../language/contractWords/headerKeys";

/** Lower case, all white space removed (JavaScript's \s includes no-break spaces). */
export function spacelessLowerCase(text: string): string {
  // toLowerCase is toLocaleLowerCase("en"): English has no case mapping of its own (nameKey.ts).
  return text.normalize("NFC").toLowerCase().replace(/\s+/gu, "");
}

/**
 * The key a header is matched by: for a contract header in English, French or Spanish, its
 * English spelling without case and spaces ("Ville" → "city"); for any other header (a
 * respondent's name, a user's own column) the header itself without case and spaces.
 */
export function normaliseHeader(header: string): string {
  return contractHeaderKey(header) ?? spacelessLowerCase(header);
}
