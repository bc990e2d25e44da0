// How a set of figures spreads across the programme: count, mean, median, quartiles, minimum and
// maximum. Quartiles are Excel's QUARTILE (QUARTILE.INC), which LibreOffice, Google Sheets and
// numpy's default all compute alike: the value at position (n − 1) · p of the sorted list, linearly
// interpolated between neighbours, so the Programme sheet's formulas and these numbers agree.

import { maximum, mean, median, minimum } from "../stats";

export interface Distribution {
  readonly count: number;
  /** null, like every figure below, when count is 0. */
  readonly mean: number | null;
  readonly median: number | null;
  readonly lowerQuartile: number | null;
  readonly upperQuartile: number | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
}

export const EMPTY_DISTRIBUTION: Distribution = {
  count: 0,
  mean: null,
  median: null,
  lowerQuartile: null,
  upperQuartile: null,
  minimum: null,
  maximum: null,
};

export function distributionOf(values: readonly number[]): Distribution {
  if (values.length === 0) return EMPTY_DISTRIBUTION;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: values.length,
    mean: mean(values),
    median: median(sorted),
    lowerQuartile: inclusiveQuantile(sorted, 0.25),
    upperQuartile: inclusiveQuantile(sorted, 0.75),
    minimum: minimum(sorted),
    maximum: maximum(sorted),
  };
}

/** QUARTILE.INC / PERCENTILE.INC of an ascending, non-empty list, p in 0–1. */
export function inclusiveQuantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? NaN;
  return low + (high - low) * (position - below);
}

/** Each label's share of `labels` (0–1), every label of `order` present; all 0 when `labels` is empty. */
export function sharesOf<Label extends string>(
  labels: readonly Label[],
  order: readonly Label[],
): Record<Label, number> {
  const shares = Object.fromEntries(order.map((label) => [label, 0])) as Record<Label, number>;
  if (labels.length === 0) return shares;
  for (const label of labels) shares[label] += 1;
  for (const label of order) shares[label] /= labels.length;
  return shares;
}
