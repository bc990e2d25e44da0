// Bands turn a score into a labelled level (docs/method.md §3–4). Both scales have their own bands:
// SDSN labels on the 0–100 indicator scale, principle levels on the 1–5 checklist scale (a
// principle is never banded on the 0–100 scale). The limits are settings; each is the lowest score
// of its band.

import { DEFAULT_SETTINGS, type PrincipleBandLimits, type SdgBandLimits } from "../settings";
import { invalidInput, ok, type Result } from "../result";
import { checkFinite, checkWithin, formatNumber } from "./checks";

export type SdgBand =
  "Achieved" | "Challenges remain" | "Significant challenges" | "Major challenges";
export type PrincipleBand = "Weak" | "Developing" | "Established" | "Advanced";

/** 0–100: ≥ achieved (100) Achieved · ≥ 75 Challenges remain · ≥ 50 Significant challenges · below Major challenges. */
export function sdgBand(
  score: number,
  limits: SdgBandLimits = DEFAULT_SETTINGS.sdgBandLimits,
): Result<SdgBand> {
  const problem =
    checkWithin("the score", score, 0, 100) ??
    checkRisingLimits("SDG band limits", 0, 100, [
      ["significant challenges", limits.significantChallenges],
      ["challenges remain", limits.challengesRemain],
      ["achieved", limits.achieved],
    ]);
  if (problem) return problem;
  if (score >= limits.achieved) return ok("Achieved");
  if (score >= limits.challengesRemain) return ok("Challenges remain");
  if (score >= limits.significantChallenges) return ok("Significant challenges");
  return ok("Major challenges");
}

/** 1–5: below 2 Weak · 2 to below 3 Developing · 3 to below 4 Established · 4 and above Advanced. */
export function principleBand(
  score: number,
  limits: PrincipleBandLimits = DEFAULT_SETTINGS.principleBandLimits,
): Result<PrincipleBand> {
  const problem =
    checkWithin("the score", score, 1, 5) ??
    checkRisingLimits("principle band limits", 1, 5, [
      ["developing", limits.developing],
      ["established", limits.established],
      ["advanced", limits.advanced],
    ]);
  if (problem) return problem;
  if (score >= limits.advanced) return ok("Advanced");
  if (score >= limits.established) return ok("Established");
  if (score >= limits.developing) return ok("Developing");
  return ok("Weak");
}

// Limits that do not rise strictly, or leave the scale, would make a band empty or swallow another;
// that is a typing slip in the Settings table, and saying so beats a wrong label.
function checkRisingLimits(
  what: string,
  low: number,
  high: number,
  limits: readonly (readonly [name: string, value: number])[],
): Result<never> | undefined {
  for (const [name, value] of limits) {
    const problem = checkFinite(`the ${name} limit`, value);
    if (problem) return problem;
  }
  const values = limits.map(([, value]) => value);
  const rising = values.every((value, i) => i === 0 || value > (values[i - 1] ?? -Infinity));
  const inside = values.every((value) => value > low && value <= high);
  if (rising && inside) return undefined;
  const listed = limits.map(([name, value]) => `${name} ${formatNumber(value)}`).join(" < ");
  return invalidInput(
    `the ${what} must rise within ${formatNumber(low)}–${formatNumber(high)}: ${listed}`,
  );
}
