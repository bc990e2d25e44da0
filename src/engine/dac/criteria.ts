// The six DAC criteria scored 0–100 (framework.md §5, "DAC criteria lens"): each criterion is the
// mean of its sources on 0–100 — a principle's (s − 1) / 4 · 100, the overall SDG index — over the
// sources that have a score; no source with a score, no score. Each result lists every source with
// its score, and which were used and which were missing, so a reader sees what a number rests on.

import type { DacCriterion, PrincipleId } from "../catalogue/types";
import { mean } from "../stats";
import { DAC_LABELS } from "./labels";
import { DAC_CRITERIA, dacCriterionName, type DacLens, type DacSource } from "./lens";

export interface DacSourceScore {
  readonly source: DacSource;
  /** 0–100; null when the source has no score. */
  readonly score: number | null;
}

export interface DacCriterionResult {
  readonly criterion: DacCriterion;
  /** English name ("Relevance"). */
  readonly name: string;
  /** 0–100; null when none of its sources has a score. */
  readonly score: number | null;
  /** Every source of the lens, in its order, with its score. */
  readonly sources: readonly DacSourceScore[];
  /** Sources with a score: the ones the mean is over. */
  readonly used: readonly DacSource[];
  /** Sources without a score. */
  readonly missing: readonly DacSource[];
}

/** What the criteria are computed from, all on 0–100. */
export interface DacInputs {
  /** Each principle's score on 0–100; absent or null when it has none. */
  readonly principles: Readonly<Partial<Record<PrincipleId, number | null>>>;
  /** The partnership's overall SDG index (partnershipSdgIndex); null when no city has one. */
  readonly sdgIndex: number | null;
}

export function dacCriteria(lens: DacLens, inputs: DacInputs): DacCriterionResult[] {
  return DAC_CRITERIA.map((criterion) => dacCriterion(criterion, lens[criterion], inputs));
}

function dacCriterion(
  criterion: DacCriterion,
  lensSources: readonly DacSource[],
  inputs: DacInputs,
): DacCriterionResult {
  const sources = lensSources.map((source): DacSourceScore => ({
    source,
    score: sourceScore(source, inputs),
  }));
  const scored = sources.filter(
    (entry): entry is DacSourceScore & { score: number } => entry.score !== null,
  );
  return {
    criterion,
    name: dacCriterionName(criterion),
    score: scored.length === 0 ? null : mean(scored.map((entry) => entry.score)),
    sources,
    used: scored.map((entry) => entry.source),
    missing: sources.filter((entry) => entry.score === null).map((entry) => entry.source),
  };
}

function sourceScore(source: DacSource, inputs: DacInputs): number | null {
  if (source === DAC_LABELS.sdgIndexSource) return inputs.sdgIndex;
  return inputs.principles[source] ?? null;
}

/**
 * The partnership's overall SDG index for the lens: the mean of its partner cities' overall SDG
 * indices (each in the city's latest year), over the cities that have one; null when none has.
 */
export function partnershipSdgIndex(cityIndices: readonly (number | null)[]): number | null {
  const indices = cityIndices.filter((index): index is number => index !== null);
  return indices.length === 0 ? null : mean(indices);
}
