// Validates one language's catalogue texts: the schema (texts.schema.json), then the key set
// against the English texts, and placeholders ({name}) equal to the English ones. Invalid texts
// throw CatalogueError: they ship with the product, so a gap is a build mistake. An entry written
// as {text, translation, source} keeps its own mark beside the plain texts.

import Ajv from "ajv";
import { CatalogueError } from "../catalogueError";
import { describeSchemaErrors } from "../schemaErrors";
import schema from "./texts.schema.json";
import {
  TEXT_SECTIONS,
  type LanguageTexts,
  type TextSection,
  type TextSectionData,
  type Translation,
  type TranslationMark,
} from "./types";

/** One entry as the file writes it: the text alone, or the text with its own mark. */
type EntryInFile = string | { text: string; translation: Translation; source?: string };

interface SectionInFile {
  translation: Translation;
  source?: string;
  texts: Record<string, EntryInFile>;
}

type TextsFile = { language: string } & Record<TextSection, SectionInFile>;

const ajv = new Ajv({ allErrors: true });
const matchesSchema = ajv.compile<TextsFile>(schema);

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

function sectionOf(section: SectionInFile): TextSectionData {
  const texts: Record<string, string> = {};
  const marks: Record<string, TranslationMark> = {};
  for (const [id, entry] of Object.entries(section.texts)) {
    if (typeof entry === "string") {
      texts[id] = entry;
      continue;
    }
    texts[id] = entry.text;
    marks[id] =
      entry.source === undefined
        ? { translation: entry.translation }
        : { translation: entry.translation, source: entry.source };
  }
  return {
    translation: section.translation,
    ...(section.source === undefined ? {} : { source: section.source }),
    texts,
    ...(Object.keys(marks).length === 0 ? {} : { marks }),
  };
}

export function validateTexts(data: unknown, english: LanguageTexts): LanguageTexts {
  if (!matchesSchema(data)) {
    throw new CatalogueError(describeSchemaErrors(data, matchesSchema.errors ?? []));
  }
  const texts = Object.fromEntries(
    TEXT_SECTIONS.map((section) => [section, sectionOf(data[section])]),
  ) as Record<TextSection, TextSectionData>;
  const problems = textProblems(data.language, texts, english);
  if (problems.length > 0) throw new CatalogueError(problems);
  return texts;
}
