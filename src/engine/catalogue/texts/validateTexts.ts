// Validates one language's catalogue texts: the schema (texts.schema.json), then the key set
// against the English texts, and placeholders ({name}) equal to the English ones. Invalid texts
// throw CatalogueError. The shipped texts are validated by the build and a test
// (../checkShipped.ts), not at every start (docs/decisions/0037-catalogue-check-at-build.md).

import Ajv from "ajv";
import { CatalogueError } from "../catalogueError";
import { describeSchemaErrors } from "../schemaErrors";
import schema from "./texts.schema.json";
import { languageTexts, type TextsFile } from "./textsFile";
import { textProblems } from "./textProblems";
import type { LanguageTexts } from "./types";

const ajv = new Ajv({ allErrors: true });
const matchesSchema = ajv.compile<TextsFile>(schema);

export function validateTexts(data: unknown, english: LanguageTexts): LanguageTexts {
  if (!matchesSchema(data)) {
    throw new CatalogueError(describeSchemaErrors(data, matchesSchema.errors ?? []));
  }
  const texts = languageTexts(data);
  const problems = textProblems(data.language, texts, english);
  if (problems.length > 0) throw new CatalogueError(problems);
  return texts;
}
