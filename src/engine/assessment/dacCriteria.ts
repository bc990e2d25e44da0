// The DAC criteria of one scored assessment: the lens of its settings over its principle scores on
// 0–100 and its overall SDG index (the mean of the partner cities' latest overall indices).

import { dacCriteria, partnershipSdgIndex, type DacCriterionResult, type DacLens } from "../dac";
import type { CitySdgResult, PrincipleResult } from "./types";

export function assessmentDacCriteria(
  lens: DacLens,
  principles: readonly PrincipleResult[],
  cities: readonly CitySdgResult[],
): DacCriterionResult[] {
  return dacCriteria(lens, {
    principles: Object.fromEntries(
      principles.map((result) => [result.principle, result.scoreOutOf100]),
    ),
    sdgIndex: partnershipSdgIndex(cities.map((city) => city.overall.index)),
  });
}
