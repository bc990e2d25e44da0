// Outside Excel there is no custom-functions runtime: office.js declares the CustomFunctions
// namespace there without its Error class, so the functions module cannot make an error value. The
// browser preview, which runs the self-test's function checks against the functions module itself,
// installs a stand-in of the runtime's shape (an error carrying `code` and `message`, the ErrorCode
// strings). Never installed inside Excel, where the real runtime is present.

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class StandInError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

export function installCustomFunctionsStandIn(): void {
  const global = globalThis as unknown as { CustomFunctions?: Record<string, unknown> };
  const runtime = global.CustomFunctions ?? {};
  if (typeof runtime.Error === "function") return;
  runtime.Error = StandInError;
  runtime.ErrorCode ??= ERROR_CODES;
  global.CustomFunctions = runtime;
}
