// How the sides of a disagreement between workbooks are named in a problem: "simplified in a.xlsx,
// c.xlsx; long in b.xlsx", each side a phrase so that "in" is written in the reader's language.

import { phrase, type Phrase } from "../language/problemTexts";

/** One phrase per value, naming the files that hold it, in the order the values were met. */
export function programmeSides(
  filesByValue: ReadonlyMap<string | Phrase, readonly string[]>,
): Phrase[] {
  return [...filesByValue].map(([value, files]) =>
    phrase("programme.side", { value, files: files.join(", ") }),
  );
}
