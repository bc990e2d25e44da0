// The message of anything thrown. Checked by shape rather than `instanceof Error`: errors made by
// Node itself come from another realm under some runners (Jest's test environment among them).

export function errorMessage(error: unknown): string {
  if (
    typeof error === "object" &&
    error !== null &&
    "message" in error &&
    typeof error.message === "string"
  )
    return error.message;
  return String(error);
}
