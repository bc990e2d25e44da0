// Scoring an assessment validates its settings first, so the band and scale checks of the scoring
// functions cannot fail on the values scoreAssessment passes them. If one does, that is a bug in
// this module, not bad data: it throws instead of hiding a wrong number.

import type { Phrase } from "../language/problemTexts";
import type { EngineError, Result } from "../result";

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

/**
 * Why a score is missing, as the scoring function phrased it. Only its missing-data reasons have a
 * phrase; a failure without one is a check on validated input, so a bug.
 */
export function reasonOrThrow(error: EngineError, what: string): Phrase {
  if (error.phrase === undefined) throw new ScoringInvariantError(what, error.message);
  return error.phrase;
}
