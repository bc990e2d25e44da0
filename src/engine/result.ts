// Bad data is a value, misuse is an exception.
// Every engine function that reads user data returns a Result; nothing throws on user data.
// One function at each host boundary maps an EngineError to that host's error
// (the custom functions runtime's Error in cells, a `Sheet!Cell: message` problem in the runner).

import { englishText, type Phrase } from "./language/problemTexts";

export type EngineErrorKind = "invalid-input" | "missing-data" | "out-of-range";

export interface EngineError {
  readonly kind: EngineErrorKind;
  /** In English: what a custom function's error and the runner show. */
  readonly message: string;
  /** The message as a phrase, for a place that shows it in its own language (why there is no score). */
  readonly phrase?: Phrase;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(kind: EngineErrorKind, message: string): Result<T> {
  return { ok: false, error: { kind, message } };
}

/** A failure whose message is a phrase of the engine's catalogue; `message` is its English rendering. */
export function failWith<T = never>(kind: EngineErrorKind, reason: Phrase): Result<T> {
  return { ok: false, error: { kind, message: englishText(reason), phrase: reason } };
}

export const invalidInput = <T = never>(message: string): Result<T> =>
  fail<T>("invalid-input", message);
export const missingData = <T = never>(message: string): Result<T> =>
  fail<T>("missing-data", message);
export const outOfRange = <T = never>(message: string): Result<T> =>
  fail<T>("out-of-range", message);
