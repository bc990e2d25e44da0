// Excel's rules for sheet, table and defined names, and the free-name search hosts use when a plan's
// sheet name is taken by a user sheet.

import { parseCellAddress } from "./address";

export const MAX_SHEET_NAME_LENGTH = 31;

/** Why Excel would refuse this sheet name, or undefined when it is valid. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return "a sheet name may not be empty";
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `the sheet name "${name}" is longer than ${MAX_SHEET_NAME_LENGTH} characters`;
  if (/[:\\/?*[\]]/.test(name)) return `the sheet name "${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `the sheet name "${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel`;
  return undefined;
}

/** Excel compares sheet, table and defined names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("en") === b.toLocaleLowerCase("en");
}

/**
 * The first of "Base", "Base (2)", "Base (3)"… not among `taken` (compared without case), shortening
 * the base so the result fits Excel's 31 characters.
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const isTaken = (candidate: string): boolean => taken.some((name) => sameName(name, candidate));
  if (!isTaken(base)) return base;
  for (let counter = 2; ; counter++) {
    const suffix = ` (${counter})`;
    const candidate = base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * Why Excel would refuse this as a table or defined name, or undefined when it is valid: it starts
 * with a letter, "_" or "\", holds only letters, digits, "_" and ".", is at most 255 characters and
 * does not read as a cell reference (A1 or R1C1).
 */
export function identifierProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 255) return `the name "${name}" must be 1–255 characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) {
    return `the name "${name}" must start with a letter or "_" and hold only letters, digits, "_" and "."`;
  }
  if (
    parseCellAddress(name) !== undefined ||
    /^[Rr]\d*[Cc]\d*$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    return `the name "${name}" reads as a cell reference`;
  }
  return undefined;
}
