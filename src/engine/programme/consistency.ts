// Averages across partnerships only mean something when the partnerships were scored alike: on the
// same indicator list, with the same worst-value mode, against the same catalogue. A mismatch is
// named with every file on each side, so the coordinator knows which workbooks to fix.

import { phrase, problemAt, type Phrase, type ProblemCode } from "../language/problemTexts";
import { programmeSides } from "./programmeSides";
import type { Problem } from "../model/types";
import type { PartnershipSummary } from "./types";

interface SharedField {
  readonly differ: ProblemCode;
  /** The value as shown; a phrase for a workbook never stamped with a catalogue version. */
  readonly valueOf: (summary: PartnershipSummary) => string | Phrase;
}

const NOT_STAMPED = phrase("programme.notStamped");

const SHARED_FIELDS: readonly SharedField[] = [
  { differ: "programme.listDiffers", valueOf: (summary) => summary.list },
  { differ: "programme.modeDiffers", valueOf: (summary) => summary.worstValueMode },
  {
    differ: "programme.versionDiffers",
    valueOf: (summary) => summary.catalogueVersion ?? NOT_STAMPED,
  },
];

/**
 * One problem per field the partnerships do not share, e.g. "the workbooks differ in indicator list:
 * simplified in a.xlsx, c.xlsx; long in b.xlsx". Severity "error" (refused) unless forced, then "warning".
 */
export function programmeMismatches(
  summaries: readonly PartnershipSummary[],
  forced: boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const field of SHARED_FIELDS) {
    const sourcesByValue = new Map<string | Phrase, string[]>();
    for (const summary of summaries) {
      const value = field.valueOf(summary);
      sourcesByValue.set(value, [...(sourcesByValue.get(value) ?? []), summary.source]);
    }
    if (sourcesByValue.size < 2) continue;
    const odd = [...sourcesByValue.values()].slice(1).flat();
    problems.push(
      problemAt(
        odd.join(", "),
        forced ? "warning" : "error",
        phrase(field.differ, {
          sides: programmeSides(sourcesByValue),
          outcome: phrase(forced ? "programme.forced" : "programme.refused"),
        }),
      ),
    );
  }
  return problems;
}
