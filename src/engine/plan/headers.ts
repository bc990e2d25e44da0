// Table headers are matched case- and space-insensitively (README, "The workbook contract"), so
// "Item ID", "item id", "ItemID" and " ITEM  ID " all name the same column.

/** The key a header is matched by: lower case, all white space removed (JavaScript's \s includes no-break spaces). */
export function normaliseHeader(header: string): string {
  return header.normalize("NFC").toLocaleLowerCase("en").replace(/\s+/gu, "");
}
