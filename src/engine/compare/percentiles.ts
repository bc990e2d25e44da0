// Percentile ranks of the units on one row of a comparison. The rank of a score is the share of the
// scored units below it, counting the units it ties with (itself included) as half below:
//
//   percentile = (below + 0.5 · equal) / n · 100
//
// where n is the number of units with a score, `below` how many score lower and `equal` how many
// score the same (the unit itself included). Tied units share one rank — the mean of the ranks they
// would take one by one — and the ranks of n units average 50. Peer statistics need at least
// PEER_STATISTICS_MINIMUM scores: with two, a rank says no more than "higher" or "lower".

/** Units with a score a row needs before it shows percentiles (and before any peer-based anchor). */
export const PEER_STATISTICS_MINIMUM = 3;

/** One rank per entry (null where the entry is null), or null for the whole row with fewer than three scores. */
export function percentileRanks(scores: readonly (number | null)[]): (number | null)[] | null {
  const scored = scores.filter((score): score is number => score !== null);
  if (scored.length < PEER_STATISTICS_MINIMUM) return null;
  return scores.map((score) => {
    if (score === null) return null;
    const below = scored.filter((other) => other < score).length;
    const equal = scored.filter((other) => other === score).length;
    return ((below + 0.5 * equal) / scored.length) * 100;
  });
}
