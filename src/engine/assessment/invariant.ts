// Scoring an assessment validates its settings first, so the band and scale checks of the scoring
// functions cannot fail on the values scoreAssessment passes them. If one does, that is a bug in
// this module, not bad data: it throws instead of hiding a wrong number.

import type { Result } from "../result";

export class ScoringInvariantError extends Error {
  constructor(what: string, message: string) {
    super(`scoring an assessment: ${what} failed unexpectedly (${message})`);
    this.name = "ScoringInvariantError";
  }
}

export function valueOrThrow<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new ScoringInvariantError(what, result.error.message);
  return result.value;
}
