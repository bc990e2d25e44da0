// The programme's own rules. Each partnership is scored with its own Settings; the figures across
// the programme (which cities' goal indices are averaged, which band an average falls in) need one
// coverage threshold and one set of band limits. They are the framework's defaults unless every
// partnership agrees on another value; a disagreement is a warning naming the workbooks on each side.

import { phrase, problemAt, type ProblemCode } from "../language/problemTexts";
import { programmeSides } from "./programmeSides";
import type { Problem } from "../model/types";
import { DEFAULT_SETTINGS, type ScoringSettings } from "../settings";
import type { PartnershipSummary } from "./types";

type ProgrammeRule = "coverageThreshold" | "sdgBandLimits" | "principleBandLimits";

const RULES: readonly { readonly rule: ProgrammeRule; readonly differ: ProblemCode }[] = [
  { rule: "coverageThreshold", differ: "programme.coverageThresholdDiffers" },
  { rule: "sdgBandLimits", differ: "programme.sdgBandLimitsDiffer" },
  { rule: "principleBandLimits", differ: "programme.principleBandLimitsDiffer" },
];

/**
 * Whether the problem is a disagreement of the partnerships' rules: one of programmeRules', or the
 * DAC lens's (dacAcrossPartnerships.ts), a rule of Settings too. The Programme sheet lists them.
 */
export function isRuleDisagreement(problem: Problem): boolean {
  return (
    problem.code === "programme.dacSourcesDiffer" ||
    RULES.some(({ differ }) => differ === problem.code)
  );
}

export interface ProgrammeRules {
  readonly settings: ScoringSettings;
  readonly problems: readonly Problem[];
}

/** `summaries` is not empty. */
export function programmeRules(summaries: readonly PartnershipSummary[]): ProgrammeRules {
  const [first] = summaries;
  if (first === undefined) return { settings: DEFAULT_SETTINGS, problems: [] };
  let settings: ScoringSettings = first.settings;
  const problems: Problem[] = [];
  for (const { rule, differ } of RULES) {
    const sourcesByValue = new Map<string, string[]>();
    for (const summary of summaries) {
      const value = shown(summary.settings[rule]);
      sourcesByValue.set(value, [...(sourcesByValue.get(value) ?? []), summary.source]);
    }
    if (sourcesByValue.size < 2) continue;
    settings = { ...settings, [rule]: DEFAULT_SETTINGS[rule] };
    problems.push(
      problemAt(
        "programme",
        "warning",
        phrase(differ, {
          sides: programmeSides(sourcesByValue),
          default: shown(DEFAULT_SETTINGS[rule]),
        }),
      ),
    );
  }
  return { settings, problems };
}

function shown(value: ScoringSettings[ProgrammeRule]): string {
  if (typeof value === "number") return `${Math.round(value * 1000) / 10} %`;
  return Object.entries(value)
    .map(([name, limit]) => `${name} ${limit}`)
    .join(", ");
}
