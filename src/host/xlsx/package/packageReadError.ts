// A package that passed the preflight yet cannot be read as a workbook (a malformed part, a
// relationship to nothing). The message is a sentence for the user; the parser's own words stay in
// `detail`, for --debug.

import { englishText, phrase } from "../../../engine/language/problemTexts";

/** The user's sentence (problemTexts' "package.unreadableContents"); the error's message in English. */
export const UNREADABLE_CONTENTS = phrase("package.unreadableContents");

export class PackageReadError extends Error {
  /** The part and the technical cause, for --debug. */
  readonly detail: string;
  /** The file the package came from, where the reader was told. */
  readonly source: string | undefined;

  constructor(detail: string, source?: string) {
    super(englishText(UNREADABLE_CONTENTS));
    this.name = "PackageReadError";
    this.detail = detail;
    this.source = source;
  }

  /** A part that is missing (cause undefined) or that the parser refused. */
  static inPart(partName: string, cause: unknown): PackageReadError {
    return new PackageReadError(`${partName}: ${causeText(cause)}`);
  }

  /** The same error, naming the file it came from. */
  from(source: string | undefined): PackageReadError {
    return source === undefined ? this : new PackageReadError(this.detail, source);
  }
}

function causeText(cause: unknown): string {
  if (cause === undefined) return "missing";
  // Checked by shape: errors made by Node can come from another realm (Jest's environment).
  if (typeof cause === "object" && cause !== null && "message" in cause)
    return typeof cause.message === "string" ? cause.message : "unknown cause";
  return typeof cause === "string" ? cause : "unknown cause";
}
