// Small descriptive statistics over non-empty lists of finite numbers. Callers check emptiness and
// finiteness first (they know what message to give); these functions only compute.
//
// Rounding can push a floating-point mean a hair outside the range of its inputs (three equal
// values summed and divided by 3 need not give the value back), and a score of 100.00000000000001
// would fall in the wrong band. The true mean always lies within [min, max], so results are clamped
// to it; that corrects only rounding, never a real value.

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

export function minimum(values: readonly number[]): number {
  return values.reduce((low, v) => Math.min(low, v), Infinity);
}

export function maximum(values: readonly number[]): number {
  return values.reduce((high, v) => Math.max(high, v), -Infinity);
}

/** Arithmetic mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  const sum = values.reduce((total, v) => total + v, 0);
  return clamp(sum / values.length, minimum(values), maximum(values));
}

/** Mean weighted by non-negative weights of the same length, at least one of them positive. */
export function weightedMean(values: readonly number[], weights: readonly number[]): number {
  // Dividing by the largest weight first keeps huge weights (1e308) from overflowing the sums.
  const largestWeight = maximum(weights);
  let weightedSum = 0;
  let weightSum = 0;
  values.forEach((v, i) => {
    const weight = (weights[i] ?? 0) / largestWeight;
    weightedSum += weight * v;
    weightSum += weight;
  });
  const weighted = values.filter((_, i) => (weights[i] ?? 0) > 0);
  return clamp(weightedSum / weightSum, minimum(weighted), maximum(weighted));
}

/** Median of a non-empty list: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const upper = Math.floor(sorted.length / 2);
  const high = sorted[upper] ?? NaN;
  if (sorted.length % 2 === 1) return high;
  return mean([sorted[upper - 1] ?? NaN, high]);
}

/** Population standard deviation (divides by n, like Excel's STDEV.P); exactly 0 when all values are equal. */
export function populationSd(values: readonly number[]): number {
  if (minimum(values) === maximum(values)) return 0;
  const centre = mean(values);
  const squaredDeviations = values.reduce((total, v) => total + (v - centre) ** 2, 0);
  return Math.sqrt(squaredDeviations / values.length);
}
