// How many units a comparison takes: two at least (one unit has no peer), ten at most (beyond that
// a side-by-side table stops being readable; a programme chooses which partnerships to set side by side).

import { invalidInput, type Result } from "../result";

export const MINIMUM_UNITS = 2;
export const MAXIMUM_UNITS = 10;

/** `noun`: what the units are ("cities", "partnerships"); `owner`: where they come from, for the message. */
export function checkUnitCount(count: number, noun: string, owner: string): Result<never> | null {
  if (count >= MINIMUM_UNITS && count <= MAXIMUM_UNITS) return null;
  const found = count === 1 ? `only 1` : String(count);
  const advice = count > MAXIMUM_UNITS ? `; choose up to ${MAXIMUM_UNITS} of them` : "";
  return invalidInput(
    `a comparison takes ${MINIMUM_UNITS} to ${MAXIMUM_UNITS} ${noun}, and ${owner} has ${found}${advice}`,
  );
}
