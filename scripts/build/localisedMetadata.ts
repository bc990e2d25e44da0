// functions-fr.json and functions-es.json: the generated functions.json with each function's name and
// description and each parameter's description taken from src/functions/texts/{fr,es}.json (keyed by
// function id and parameter name). Everything else — ids, parameter names, types, dimensionality,
// help links, the allow-error flags — is the English metadata's, so the three files describe the same
// functions. The manifest points Excel at them per locale (bt:Override on Functions.Metadata.Url).

import type { FunctionText } from "../../src/functions/texts";

type JsonRecord = Record<string, unknown>;

export interface RawMetadata extends JsonRecord {
  readonly functions: readonly JsonRecord[];
}

/** Thrown at build time when the texts and the functions do not match one for one. */
export class FunctionTextsError extends Error {
  constructor(language: string, problems: readonly string[]) {
    super(
      `src/functions/texts/${language}.json does not match the functions: ${problems.join("; ")}`,
    );
    this.name = "FunctionTextsError";
  }
}

function parametersOf(entry: JsonRecord): JsonRecord[] {
  const parameters = entry.parameters;
  return Array.isArray(parameters)
    ? parameters.filter((p): p is JsonRecord => typeof p === "object" && p !== null)
    : [];
}

/** What the texts of a language lack or have beyond the functions: empty when they match. */
export function functionTextProblems(
  metadata: RawMetadata,
  texts: Readonly<Record<string, FunctionText>>,
): string[] {
  const problems: string[] = [];
  const ids = metadata.functions.map((entry) => String(entry.id));
  for (const entry of metadata.functions) {
    const id = String(entry.id);
    const text = texts[id];
    if (text === undefined) {
      problems.push(`no text for ${id}`);
      continue;
    }
    const names = parametersOf(entry).map((parameter) => String(parameter.name));
    for (const name of names)
      if (text.parameters[name] === undefined) problems.push(`${id} has no text for ${name}`);
    for (const name of Object.keys(text.parameters))
      if (!names.includes(name)) problems.push(`${id} has no parameter ${name}`);
  }
  for (const id of Object.keys(texts)) if (!ids.includes(id)) problems.push(`no function ${id}`);
  return problems;
}

export function localisedMetadata(
  metadata: RawMetadata,
  texts: Readonly<Record<string, FunctionText>>,
  language: string,
): RawMetadata {
  const problems = functionTextProblems(metadata, texts);
  if (problems.length > 0) throw new FunctionTextsError(language, problems);
  return {
    ...metadata,
    functions: metadata.functions.map((entry) => {
      const text = texts[String(entry.id)];
      if (text === undefined) return entry;
      return {
        ...entry,
        name: text.name,
        description: text.description,
        parameters: parametersOf(entry).map((parameter) => ({
          ...parameter,
          description: text.parameters[String(parameter.name)] ?? parameter.description,
        })),
      };
    }),
  };
}
