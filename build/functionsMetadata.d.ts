// Types for functionsMetadata.js, so TypeScript tests can import it without allowJs.

/** Adds `allowErrorForDataTypeAny: true` to the functions.json that custom-functions-metadata generated. */
export function postprocessFunctionsMetadata<T extends { functions: unknown[] }>(
  metadata: T,
): T & { allowErrorForDataTypeAny: true };
