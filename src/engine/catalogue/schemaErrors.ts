// Turns Ajv's errors into lines a person can act on: the path names the array element by its id
// (`indicators[3] (11.2.1).polarity`), not only by its index.
import type { ErrorObject } from "ajv";

type JsonRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The id, goal number or criterion an element is known by, if it has one. */
function labelOf(element: unknown): string | undefined {
  if (!isRecord(element)) return undefined;
  const { id, goal, criterion } = element;
  if (typeof id === "string") return id;
  if (typeof goal === "number") return `goal ${goal}`;
  if (typeof criterion === "string") return criterion;
  return undefined;
}

/** A JSON Pointer (`/indicators/3/polarity`) as a readable path inside `data`. */
export function describePath(data: unknown, pointer: string): string {
  const segments =
    pointer === ""
      ? []
      : pointer
          .slice(1)
          .split("/")
          .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = data;
  let path = "";
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const element: unknown = node[Number(segment)];
      const label = labelOf(element);
      path += label === undefined ? `[${segment}]` : `[${segment}] (${label})`;
      node = element;
    } else {
      path += path === "" ? segment : `.${segment}`;
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return path === "" ? "catalogue" : path;
}

function join(path: string, property: string): string {
  return path === "catalogue" ? property : `${path}.${property}`;
}

function describeError(data: unknown, error: ErrorObject): string {
  const path = describePath(data, error.instancePath);
  const missing: unknown = error.params["missingProperty"];
  const extra: unknown = error.params["additionalProperty"];
  const allowed: unknown = error.params["allowedValues"];
  if (error.keyword === "required" && typeof missing === "string")
    return `${join(path, missing)}: is missing`;
  if (error.keyword === "additionalProperties" && typeof extra === "string")
    return `${join(path, extra)}: is not an allowed field`;
  if (error.keyword === "enum" && Array.isArray(allowed)) {
    return `${path}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (error.keyword === "false schema") return `${path}: is not allowed here`;
  return `${path}: ${error.message ?? error.keyword}`;
}

/** One line per error; the "if" wrapper errors are dropped since their then/else error says it. */
export function describeSchemaErrors(data: unknown, errors: readonly ErrorObject[]): string[] {
  return errors
    .filter((error) => error.keyword !== "if")
    .map((error) => describeError(data, error));
}
