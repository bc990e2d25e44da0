// Every way a language's texts differ from the English key set: a missing or extra key, or
// placeholders ({name}) not equal to the English ones.
import { TEXT_SECTIONS, type LanguageTexts } from "./types";

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
