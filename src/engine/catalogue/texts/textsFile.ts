// A language's texts file (texts.schema.json) as the run time reads it: each section's texts, with
// an entry written as {text, translation, source} keeping its own mark beside the plain texts.
import {
  TEXT_SECTIONS,
  type LanguageTexts,
  type TextSection,
  type TextSectionData,
  type TranslationMark,
  type Translation,
} from "./types";

/** One entry as the file writes it: the text alone, or the text with its own mark. */
type EntryInFile = string | { text: string; translation: Translation; source?: string };

interface SectionInFile {
  translation: Translation;
  source?: string;
  texts: Record<string, EntryInFile>;
}

export type TextsFile = { language: string } & Record<TextSection, SectionInFile>;

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

/** A texts file that matches texts.schema.json, as the sections the product reads. */
export function languageTexts(file: TextsFile): LanguageTexts {
  return Object.fromEntries(
    TEXT_SECTIONS.map((section) => [section, sectionOf(file[section])]),
  ) as Record<TextSection, TextSectionData>;
}
