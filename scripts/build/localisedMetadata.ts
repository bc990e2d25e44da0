// functions-fr.json and functions-es.json: the generated functions.json with each function's name and
// description and each parameter's name and description taken from src/functions/texts/{fr,es}.json
// (keyed by function id and English parameter name), and each help link moved from help.html to the
// page in that language (help-fr.html, help-es.html) at the same anchor. Everything else — ids,
// types, dimensionality, the allow-error flags — is the English metadata's, so the three files
// describe the same functions. The manifest points Excel at them per locale (bt:Override on
// Functions.Metadata.Url).

import type { FunctionText, TranslatedLanguage } from "../../src/functions/texts";
import { helpPageFile } from "./helpPage";

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

/** Thrown at build time when a function's help link does not point at the English help page. */
export class HelpLinkError extends Error {
  constructor(id: string, helpUrl: string) {
    super(
      `${id}'s @helpurl ${helpUrl} does not point at ${helpPageFile("en")}#…, so its ${helpPageFile("fr")} and ${helpPageFile("es")} links cannot be made`,
    );
    this.name = "HelpLinkError";
  }
}

/** The help link in the language: the same anchor on that language's page (help-fr.html#c2c-score). */
export function localisedHelpUrl(
  id: string,
  helpUrl: string,
  language: TranslatedLanguage,
): string {
  const englishPage = `/${helpPageFile("en")}#`;
  if (!helpUrl.includes(englishPage)) throw new HelpLinkError(id, helpUrl);
  return helpUrl.replace(englishPage, `/${helpPageFile(language)}#`);
}

function parametersOf(entry: JsonRecord): JsonRecord[] {
  const parameters = entry.parameters;
  return Array.isArray(parameters)
    ? parameters.filter((p): p is JsonRecord => typeof p === "object" && p !== null)
    : [];
}

// Like the English names: lower camelCase ASCII letters, which every Excel accepts and a user can
// read in the formula tooltip without accents going astray.
const PARAMETER_NAME = /^[a-z][A-Za-z]*$/;

function parameterNameProblems(id: string, text: FunctionText): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [english, parameter] of Object.entries(text.parameters)) {
    if (!PARAMETER_NAME.test(parameter.name))
      problems.push(
        `${id} names ${english} "${parameter.name}", not lower camelCase ASCII letters`,
      );
    if (seen.has(parameter.name)) problems.push(`${id} names two parameters "${parameter.name}"`);
    seen.add(parameter.name);
  }
  return problems;
}

/**
 * What the texts of a language lack or have beyond the functions, and the parameter names Excel
 * could not show (not lower camelCase letters, or twice in one function): empty when they match.
 */
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
    problems.push(...parameterNameProblems(id, text));
  }
  for (const id of Object.keys(texts)) if (!ids.includes(id)) problems.push(`no function ${id}`);
  return problems;
}

export function localisedMetadata(
  metadata: RawMetadata,
  texts: Readonly<Record<string, FunctionText>>,
  language: TranslatedLanguage,
): RawMetadata {
  const problems = functionTextProblems(metadata, texts);
  if (problems.length > 0) throw new FunctionTextsError(language, problems);
  return {
    ...metadata,
    functions: metadata.functions.map((entry) => {
      const text = texts[String(entry.id)];
      if (text === undefined) return entry;
      const helpUrl = entry.helpUrl;
      return {
        ...entry,
        ...(typeof helpUrl === "string"
          ? { helpUrl: localisedHelpUrl(String(entry.id), helpUrl, language) }
          : {}),
        name: text.name,
        description: text.description,
        parameters: parametersOf(entry).map((parameter) => {
          const translated = text.parameters[String(parameter.name)];
          return translated === undefined
            ? parameter
            : { ...parameter, name: translated.name, description: translated.description };
        }),
      };
    }),
  };
}
