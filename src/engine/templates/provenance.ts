// The provenance line every generated Scoreboard ends with (design.md): when it was made, by which
// product and catalogue versions, and with which settings, so a printed page says how it was scored.

import packageJson from "../../../package.json";
import { CATALOGUE_VERSION } from "../catalogue";
import type { ListId } from "../catalogue/types";
import type { ScoringSettings } from "../settings";

export const PRODUCT_NAME = "C2C Scoreboard";
export const PRODUCT_VERSION: string = packageJson.version;

export interface Stamp {
  /** ISO date (YYYY-MM-DD) of the run; the caller passes it so plans are reproducible. */
  readonly generatedOn: string;
}

/** Today's date as the stamp (callers that need reproducible plans pass their own). */
export function todayStamp(): Stamp {
  return { generatedOn: new Date().toISOString().slice(0, 10) };
}

function describeWeights(weights: ScoringSettings["principleWeights"]): string {
  const values = Object.values(weights);
  if (values.every((weight) => weight === values[0])) return "equal principle weights";
  return `principle weights ${Object.entries(weights).map(([principle, weight]) => `${principle} ${weight}`).join(", ")}`;
}

export function provenanceLine(stamp: Stamp, list: ListId, settings: ScoringSettings): string {
  const sdg = settings.sdgBandLimits;
  const principle = settings.principleBandLimits;
  return [
    `Generated ${stamp.generatedOn} by ${PRODUCT_NAME} ${PRODUCT_VERSION}`,
    `catalogue ${CATALOGUE_VERSION}`,
    `${list} list`,
    `settings: worst-value mode ${settings.worstValueMode}, target year ${settings.targetYear}, item aggregation ${settings.itemAggregation}, ` +
      `contested at spread ≥ ${settings.contestedThreshold}, principle scored with ≥ ${settings.halfAnsweredShare * 100} % of items answered, ` +
      `low coverage below ${settings.coverageThreshold * 100} %, SDG bands ${sdg.achieved}/${sdg.challengesRemain}/${sdg.significantChallenges}, ` +
      `principle bands ${principle.developing}/${principle.established}/${principle.advanced}, ${describeWeights(settings.principleWeights)}`,
  ].join(" · ");
}
