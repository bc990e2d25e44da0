// Every rule of docs/method.md that changes a number, as data. The workbook's Settings table holds a
// copy users may edit; DEFAULT_SETTINGS are the framework's defaults (the *rule* lines of
// docs/method.md §3–4), and no scoring function hides one of these choices in code.

import type { PrincipleId } from "./catalogue/types";
import { CATALOGUE_DAC_LENS, dacLensFindings, type DacLens } from "./dac/lens";
import {
  englishText,
  phrase,
  type Phrase,
  type PhraseParameters,
  type ProblemCode,
} from "./language/problemTexts";

/** Where an indicator's worst value comes from (docs/method.md §4, worst-value modes). */
export type WorstValueMode = "fixed" | "peer" | "baseline";

/** How several respondents' answers to one checklist item combine. */
export type ItemAggregation = "mean" | "median";

/** Lower limits of the SDSN bands on the 0–100 scale; below significantChallenges is "Major challenges". */
export interface SdgBandLimits {
  readonly achieved: number;
  readonly challengesRemain: number;
  readonly significantChallenges: number;
}

/** Lower limits of the principle bands on the 1–5 scale; below developing is "Weak". */
export interface PrincipleBandLimits {
  readonly developing: number;
  readonly established: number;
  readonly advanced: number;
}

export interface ScoringSettings {
  readonly worstValueMode: WorstValueMode;
  /** The year the end values should be reached (trend classes). */
  readonly targetYear: number;
  readonly itemAggregation: ItemAggregation;
  /** An item is contested when the spread of its answers is at least this. */
  readonly contestedThreshold: number;
  /** A principle is scored when answered items ≥ this share of its applicable items. */
  readonly halfAnsweredShare: number;
  /** A goal index whose coverage is below this share is shown as low coverage. */
  readonly coverageThreshold: number;
  readonly sdgBandLimits: SdgBandLimits;
  readonly principleBandLimits: PrincipleBandLimits;
  /** Weights of the principles in the overall alignment; renormalised over the principles with a score. */
  readonly principleWeights: Readonly<Record<PrincipleId, number>>;
  /** Peer worst values need at least this many distinct units; below it the fixed worst value is used. */
  readonly peerMinimumUnits: number;
  /**
   * Respondents' privacy in published output: results per stakeholder group (or city) appear only
   * for groups with at least this many respondents; smaller groups are merged, and an item's score
   * is published only when at least this many people answered it.
   */
  readonly minimumGroupSize: number;
  /** The sources of each DAC criterion (framework.md §5); the catalogue's mapping by default. */
  readonly dacLens: DacLens;
}

export const DEFAULT_SETTINGS: ScoringSettings = deepFreeze({
  worstValueMode: "fixed",
  targetYear: 2030,
  itemAggregation: "mean",
  contestedThreshold: 3,
  halfAnsweredShare: 0.5,
  coverageThreshold: 0.5,
  sdgBandLimits: { achieved: 100, challengesRemain: 75, significantChallenges: 50 },
  principleBandLimits: { developing: 2, established: 3, advanced: 4 },
  principleWeights: {
    TA: 1,
    MLG: 1,
    URL: 1,
    DATA: 1,
    ME: 1,
    P2P: 1,
    CAP: 1,
    STK: 1,
    FIN: 1,
    DIG: 1,
  },
  peerMinimumUnits: 3,
  minimumGroupSize: 3,
  dacLens: CATALOGUE_DAC_LENS,
});

// Frozen so that a caller cannot change the defaults for everyone else by mutating them.
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === "object" && inner !== null) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}

/**
 * What is wrong with a set of settings read from the workbook, one sentence per problem (empty
 * when all is well). The scoring functions check the values they use as well; this lets the
 * Settings table be validated as a whole, before anything is scored.
 */
export function settingsProblems(settings: ScoringSettings): readonly string[] {
  return settingsFindings(settings).map(englishText);
}

/** settingsProblems as phrases, for a problem that is rendered where it is shown. */
export function settingsFindings(settings: ScoringSettings): readonly Phrase[] {
  const found: Phrase[] = [];
  const check = (holds: boolean, code: ProblemCode, parameters?: PhraseParameters): void => {
    if (!holds) found.push(phrase(code, parameters));
  };
  check(["fixed", "peer", "baseline"].includes(settings.worstValueMode), "rule.worstValueMode", {
    value: settings.worstValueMode,
  });
  check(["mean", "median"].includes(settings.itemAggregation), "rule.itemAggregation", {
    value: settings.itemAggregation,
  });
  check(Number.isInteger(settings.targetYear), "rule.targetYear", { value: settings.targetYear });
  check(isWithin(settings.contestedThreshold, 0, 4), "rule.contestedThreshold", {
    value: settings.contestedThreshold,
  });
  check(isWithin(settings.halfAnsweredShare, 0, 1), "rule.halfAnsweredShare", {
    value: settings.halfAnsweredShare,
  });
  check(isWithin(settings.coverageThreshold, 0, 1), "rule.coverageThreshold", {
    value: settings.coverageThreshold,
  });
  const sdg = settings.sdgBandLimits;
  const sdgLimits = [sdg.significantChallenges, sdg.challengesRemain, sdg.achieved];
  check(risesWithin(sdgLimits, 0, 100), "rule.sdgBandLimits", { limits: sdgLimits.join(", ") });
  const principle = settings.principleBandLimits;
  const principleLimits = [principle.developing, principle.established, principle.advanced];
  check(risesWithin(principleLimits, 1, 5), "rule.principleBandLimits", {
    limits: principleLimits.join(", "),
  });
  const weights = Object.entries(settings.principleWeights);
  for (const [principleId, weight] of weights) {
    check(Number.isFinite(weight) && weight >= 0, "rule.weight", {
      principle: principleId,
      value: weight,
    });
  }
  check(
    weights.some(([, weight]) => weight > 0),
    "rule.someWeight",
  );
  check(
    Number.isInteger(settings.peerMinimumUnits) && settings.peerMinimumUnits >= 1,
    "rule.peerMinimumUnits",
    { value: settings.peerMinimumUnits },
  );
  check(
    Number.isInteger(settings.minimumGroupSize) && settings.minimumGroupSize >= 1,
    "rule.minimumGroupSize",
    { value: settings.minimumGroupSize },
  );
  found.push(...dacLensFindings(settings.dacLens));
  return found;
}

function isWithin(value: number, low: number, high: number): boolean {
  return Number.isFinite(value) && value >= low && value <= high;
}

// Each limit is the lowest score of its band; strictly rising limits above the scale's minimum
// leave every band non-empty.
function risesWithin(limits: readonly number[], low: number, high: number): boolean {
  return limits.every(
    (limit, i) =>
      isWithin(limit, low, high) && limit > low && (i === 0 || limit > (limits[i - 1] ?? Infinity)),
  );
}
