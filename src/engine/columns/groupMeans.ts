// Group means in one pass: the goal (or objective) index of every unit at once. Row i belongs to
// group groups[i]; a NaN score is a listed indicator without a value (a coverage gap).

export interface GroupMeans {
  /** Mean of the available scores per group; NaN where a group has none. */
  readonly mean: Float64Array;
  /** Rows with a score, per group. */
  readonly available: Uint32Array;
  /** Rows listed, per group (available + gaps). */
  readonly listed: Uint32Array;
}

export function groupMeans(
  scores: ArrayLike<number>,
  groups: ArrayLike<number>,
  groupCount: number,
): GroupMeans {
  const sums = new Float64Array(groupCount);
  const available = new Uint32Array(groupCount);
  const listed = new Uint32Array(groupCount);
  for (let row = 0; row < scores.length; row++) {
    const group = groups[row] as number;
    const score = scores[row] as number;
    listed[group] = (listed[group] as number) + 1;
    if (Number.isNaN(score)) continue;
    sums[group] = (sums[group] as number) + score;
    available[group] = (available[group] as number) + 1;
  }
  const mean = new Float64Array(groupCount);
  for (let group = 0; group < groupCount; group++) {
    const count = available[group] as number;
    mean[group] = count === 0 ? NaN : (sums[group] as number) / count;
  }
  return { mean, available, listed };
}
