// Bad data is a value, misuse is an exception.
// Every engine function that reads user data returns a Result; nothing throws on user data.
// One function at each host boundary maps an EngineError to that host's error
// (the custom functions runtime's Error in cells, a `Sheet!Cell: message` problem in the runner).

export type EngineErrorKind = "invalid-input" | "missing-data" | "out-of-range";

export interface EngineError {
  readonly kind: EngineErrorKind;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(kind: EngineErrorKind, message: string): Result<T> {
  return { ok: false, error: { kind, message } };
}

export const invalidInput = <T = never>(message: string): Result<T> =>
  fail<T>("invalid-input", message);
export const missingData = <T = never>(message: string): Result<T> =>
  fail<T>("missing-data", message);
export const outOfRange = <T = never>(message: string): Result<T> =>
  fail<T>("out-of-range", message);
