// Every rule of docs/method.md that changes a number, as data. The workbook's Settings table holds a
// copy users may edit; DEFAULT_SETTINGS are the framework's defaults (the *rule* lines of
// docs/method.md §3–4), and no scoring function hides one of these choices in code.

import type { PrincipleId } from "./catalogue/types";
import { CATALOGUE_DAC_LENS, dacLensProblems, type DacLens } from "./dac/lens";

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
  const problems: string[] = [];
  const check = (holds: boolean, problem: string): void => {
    if (!holds) problems.push(problem);
  };
  check(
    ["fixed", "peer", "baseline"].includes(settings.worstValueMode),
    `the worst-value mode must be fixed, peer or baseline, not "${settings.worstValueMode}"`,
  );
  check(
    ["mean", "median"].includes(settings.itemAggregation),
    `the item aggregation must be mean or median, not "${settings.itemAggregation}"`,
  );
  check(
    Number.isInteger(settings.targetYear),
    `the target year must be a whole year, not ${settings.targetYear}`,
  );
  check(
    isWithin(settings.contestedThreshold, 0, 4),
    `the contested threshold must be a spread between 0 and 4, not ${settings.contestedThreshold}`,
  );
  check(
    isWithin(settings.halfAnsweredShare, 0, 1),
    `the half-answered share must be between 0 and 1, not ${settings.halfAnsweredShare}`,
  );
  check(
    isWithin(settings.coverageThreshold, 0, 1),
    `the coverage threshold must be between 0 and 1, not ${settings.coverageThreshold}`,
  );
  const sdg = settings.sdgBandLimits;
  check(
    risesWithin([sdg.significantChallenges, sdg.challengesRemain, sdg.achieved], 0, 100),
    `the SDG band limits must rise within 0–100 (significant challenges < challenges remain < achieved), not ${sdg.significantChallenges}, ${sdg.challengesRemain}, ${sdg.achieved}`,
  );
  const principle = settings.principleBandLimits;
  check(
    risesWithin([principle.developing, principle.established, principle.advanced], 1, 5),
    `the principle band limits must rise within 1–5 (developing < established < advanced), not ${principle.developing}, ${principle.established}, ${principle.advanced}`,
  );
  const weights = Object.entries(settings.principleWeights);
  for (const [principleId, weight] of weights) {
    check(
      Number.isFinite(weight) && weight >= 0,
      `the weight of ${principleId} must be 0 or more, not ${weight}`,
    );
  }
  check(
    weights.some(([, weight]) => weight > 0),
    "at least one principle weight must be above 0",
  );
  check(
    Number.isInteger(settings.peerMinimumUnits) && settings.peerMinimumUnits >= 1,
    `the peer minimum units must be a whole number of 1 or more, not ${settings.peerMinimumUnits}`,
  );
  check(
    Number.isInteger(settings.minimumGroupSize) && settings.minimumGroupSize >= 1,
    `the minimum group size must be a whole number of 1 or more, not ${settings.minimumGroupSize}`,
  );
  problems.push(...dacLensProblems(settings.dacLens));
  return problems;
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
