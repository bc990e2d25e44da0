// Averages across partnerships only mean something when the partnerships were scored alike: on the
// same indicator list, with the same worst-value mode, against the same catalogue. A mismatch is
// named with every file on each side, so the coordinator knows which workbooks to fix.

import type { Problem } from "../model/types";
import type { PartnershipSummary } from "./types";

interface SharedField {
  readonly what: string;
  readonly valueOf: (summary: PartnershipSummary) => string;
}

const SHARED_FIELDS: readonly SharedField[] = [
  { what: "indicator list", valueOf: (summary) => summary.list },
  { what: "worst-value mode", valueOf: (summary) => summary.worstValueMode },
  { what: "catalogue version", valueOf: (summary) => summary.catalogueVersion ?? "not stamped" },
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
    const sourcesByValue = new Map<string, string[]>();
    for (const summary of summaries) {
      const value = field.valueOf(summary);
      sourcesByValue.set(value, [...(sourcesByValue.get(value) ?? []), summary.source]);
    }
    if (sourcesByValue.size < 2) continue;
    const sides = [...sourcesByValue]
      .map(([value, sources]) => `${value} in ${sources.join(", ")}`)
      .join("; ");
    const odd = [...sourcesByValue.values()].slice(1).flat();
    problems.push({
      address: odd.join(", "),
      message: `the workbooks differ in ${field.what}: ${sides}; ${forced ? "consolidated anyway (--force), so the averages mix them" : "their averages would not compare (use --force to consolidate anyway)"}`,
      severity: forced ? "warning" : "error",
    });
  }
  return problems;
}
