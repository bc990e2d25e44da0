// Worst-value modes other than `fixed` (docs/method.md §4). `peer`: the worst value observed for the
// indicator across all units and years; `baseline`: the unit's own first observation.

import { DEFAULT_SETTINGS } from "../settings";
import type { Polarity } from "../catalogue/types";
import { maximum, minimum } from "../stats";
import type { Result } from "../result";
import { baselineValue, type YearValue } from "./baseline";
import { formatNumber } from "./checks";
import { nameKey } from "../sheetValues";

export interface UnitValue {
  readonly unit: string;
  readonly value: number;
}

export interface PeerWorst {
  readonly worst: number;
  readonly mode: "peer" | "fixed";
  readonly warning?: string;
}

/**
 * The lowest observed value for higher-is-better indicators, the highest for lower-is-better ones.
 * Units are told apart by name, ignoring case and surrounding spaces; observations without a
 * finite value are skipped. With fewer than `minUnits` distinct units the peers say too little
 * about what "worst" means, so the fixed worst value is kept and a warning says why.
 */
export function peerWorstValue(
  observations: readonly UnitValue[],
  polarity: Polarity,
  fixedWorst: number,
  minUnits: number = DEFAULT_SETTINGS.peerMinimumUnits,
): PeerWorst {
  const usable = observations.filter((o) => Number.isFinite(o.value));
  const units = new Set(usable.map((o) => nameKey(o.unit)));
  // An empty set always falls back, whatever minUnits says: there is no observed value to use.
  if (units.size === 0 || units.size < minUnits) {
    return {
      worst: fixedWorst,
      mode: "fixed",
      warning: `the peer worst value needs data from at least ${formatNumber(minUnits)} units; ${unitsWithData(units.size)}, so the fixed worst value (${formatNumber(fixedWorst)}) is used`,
    };
  }
  const values = usable.map((o) => o.value);
  return { worst: polarity === "higher" ? minimum(values) : maximum(values), mode: "peer" };
}

function unitsWithData(count: number): string {
  if (count === 0) return "none has data";
  return count === 1 ? "only 1 has data" : `only ${count} have data`;
}

/** The unit's first observation: a score of 0 then means "where it started". */
export function baselineWorstValue(observations: readonly YearValue[]): Result<number> {
  return baselineValue(observations);
}
