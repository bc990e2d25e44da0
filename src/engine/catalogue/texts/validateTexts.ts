// Validates one language's catalogue texts: the schema (texts.schema.json), then the key set
// against the English texts, and placeholders ({name}) equal to the English ones. Invalid texts
// throw CatalogueError: they ship with the product, so a gap is a build mistake.

import Ajv from "ajv";
import { CatalogueError } from "../catalogueError";
import { describeSchemaErrors } from "../schemaErrors";
import schema from "./texts.schema.json";
import { TEXT_SECTIONS, type LanguageTexts } from "./types";

const ajv = new Ajv({ allErrors: true });
const matchesSchema = ajv.compile<LanguageTexts & { language: string }>(schema);

const PLACEHOLDER = /\{[^{}]*\}/g;

function placeholders(text: string): string {
  return [...text.matchAll(PLACEHOLDER)]
    .map((match) => match[0])
    .sort()
    .join(" ");
}

/** Every way `texts` differs from the English key set, one line each. */
export function textProblems(
  language: string,
  texts: LanguageTexts,
  english: LanguageTexts,
): string[] {
  const problems: string[] = [];
  for (const section of TEXT_SECTIONS) {
    const expected = english[section].texts;
    const actual = texts[section].texts;
    for (const key of Object.keys(expected)) {
      const text = actual[key];
      if (text === undefined) problems.push(`${language}.${section}: no text for ${key}`);
      else if (placeholders(text) !== placeholders(expected[key] ?? ""))
        problems.push(`${language}.${section}.${key}: placeholders differ from the English`);
    }
    for (const key of Object.keys(actual))
      if (!(key in expected))
        problems.push(`${language}.${section}: ${key} is not in the catalogue`);
  }
  return problems;
}

export function validateTexts(data: unknown, english: LanguageTexts): LanguageTexts {
  if (!matchesSchema(data)) {
    throw new CatalogueError(describeSchemaErrors(data, matchesSchema.errors ?? []));
  }
  const problems = textProblems(data.language, data, english);
  if (problems.length > 0) throw new CatalogueError(problems);
  return data;
}
