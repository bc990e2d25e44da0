// The optional OECD national method (docs/method.md §4): the distance still to travel to the end
// value, in standard deviations of the peers' values, max(0, d·(end − x)) / sd with d = +1 when
// higher is better and −1 when lower is better.

import type { Polarity } from "../catalogue/types";
import { DEFAULT_SETTINGS } from "../settings";
import { populationSd } from "../stats";
import { invalidInput, missingData, ok, type Result } from "../result";
import { checkFinite, formatNumber } from "./checks";

/**
 * `peerValues`: the indicator's values for every unit with a value in that year (the unit itself
 * included); values that are not finite numbers are skipped. The sd is the population sd.
 */
export function standardisedDistance(
  value: number,
  end: number,
  polarity: Polarity,
  peerValues: readonly number[],
  minUnits: number = DEFAULT_SETTINGS.peerMinimumUnits,
): Result<number> {
  const problem = checkFinite("the value", value) ?? checkFinite("the end value", end);
  if (problem) return problem;
  const peers = peerValues.filter((v) => Number.isFinite(v));
  if (peers.length === 0 || peers.length < minUnits) {
    return missingData(
      `the standardised distance needs values from at least ${formatNumber(minUnits)} units; ${peers.length} found`,
    );
  }
  const sd = populationSd(peers);
  if (sd === 0)
    return missingData(
      "every unit has the same value (standard deviation 0), so the distance cannot be standardised",
    );
  const direction = polarity === "higher" ? 1 : -1;
  const distance = Math.max(0, direction * (end - value)) / sd;
  if (!Number.isFinite(distance)) return invalidInput("the values are too large to standardise");
  return ok(distance);
}
