// Unwrapping Results in tests: a wrong branch fails the test with the message it carried.
import type { EngineError, Result } from "../../../src/engine/result";

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`expected a value, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

export function errorOf<T>(result: Result<T>): EngineError {
  if (result.ok)
    throw new Error(`expected an error, got the value ${JSON.stringify(result.value)}`);
  return result.error;
}
