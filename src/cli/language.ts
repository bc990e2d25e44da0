// The language a command speaks and writes: `--lang en|fr|es` where a command takes it, else the
// environment's (LC_ALL, LC_MESSAGES, LANG, as processIo reads them), else English.

import { LANGUAGES, languageOfTag, type Language } from "../engine/language/language";
import type { CliIo } from "./io";
import { UsageError } from "./usageError";

export const LANG_OPTION = { lang: { type: "string" } } as const;

export const LANG_HELP =
  "  --lang en|fr|es       the language of its words (default: from LANG, else en)";

export function commandLanguage(value: string | undefined, io: CliIo, command: string): Language {
  if (value === undefined) return io.language ?? "en";
  const language = languageOfTag(value);
  if (language === undefined)
    throw new UsageError("usage.lang", { languages: LANGUAGES.join(", "), value }, command);
  return language;
}
