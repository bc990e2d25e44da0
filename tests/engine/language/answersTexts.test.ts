// Every message of the answer import (the answers.* codes of the problem catalogue) rendered in
// French and Spanish with sample parameters: no placeholder is left, every parameter appears, and
// no word of the English sentence is left where a translation is expected.

import {
  ENGLISH_PROBLEM_TEXTS,
  problemTexts,
  type ProblemCode,
} from "../../../src/engine/language/problemTexts";

const ANSWERS_CODES = (Object.keys(ENGLISH_PROBLEM_TEXTS) as ProblemCode[]).filter((code) =>
  code.startsWith("answers."),
);

/**
 * English words a translation rightly keeps: the long layout's English column headers, which a
 * file may have ("Respondent", "Name", "Item ID", "ItemID", "Answer", "Response"), item ids ("TA1"), and words spelt the same in the other
 * language: French "a", "table", "organisation", "catalogue", "question", "e-mail", "place" ("en
 * place"), "n" and "s" (of "n'est" and "s.o."); Spanish "no", "a" ("to") and "use" ("use").
 */
const SHARED_WORDS: Record<"fr" | "es", ReadonlySet<string>> = {
  fr: new Set([
    "respondent",
    "name",
    "item",
    "id",
    "itemid",
    "answer",
    "response",
    "ta",
    "s",
    "a",
    "table",
    "organisation",
    "catalogue",
    "question",
    "e-mail",
    "place",
    "n",
  ]),
  es: new Set([
    "respondent",
    "name",
    "item",
    "id",
    "itemid",
    "answer",
    "response",
    "ta",
    "no",
    "a",
    "use",
  ]),
};

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/gu)].map((match) => match[1] ?? "");
}

/** Each placeholder's sample value, "#1#", "#2#"…: found in any rendering, a word of none. */
function sampleParameters(code: ProblemCode): Record<string, string> {
  return Object.fromEntries(
    placeholders(ENGLISH_PROBLEM_TEXTS[code]).map((name, index) => [name, `#${index + 1}#`]),
  );
}

function words(text: string): string[] {
  const bare = text.replace(/#\d+#/gu, " ");
  return [...new Set((bare.match(/\p{L}[\p{L}-]*/gu) ?? []).map((word) => word.toLowerCase()))];
}

describe("the answer import's messages in French and Spanish", () => {
  it("cover every answers.* code", () => {
    expect(ANSWERS_CODES.length).toBeGreaterThanOrEqual(56);
  });

  describe.each(["fr", "es"] as const)("in %s", (language) => {
    it.each(ANSWERS_CODES)("%s is said with its parameters and no English left", (code) => {
      const parameters = sampleParameters(code);
      const english = problemTexts.text("en", code, parameters);
      const translated = problemTexts.text(language, code, parameters);
      expect(translated).not.toMatch(/\{\w*\}/u);
      for (const value of Object.values(parameters)) expect(translated).toContain(value);
      const englishWords = words(english);
      // A template of parameters and punctuation alone ("{column}: {reason}") has nothing to translate.
      if (englishWords.length > 0) expect(translated).not.toBe(english);
      const translatedWords = new Set(words(translated));
      const left = englishWords.filter(
        (word) => translatedWords.has(word) && !SHARED_WORDS[language].has(word),
      );
      expect(left).toEqual([]);
    });
  });
});
