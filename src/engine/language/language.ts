// The product's languages and how a person's language is recognised (design.md, "Languages"):
// English, French and Spanish. A tag may be a BCP 47 tag as Office and browsers give it ("fr-FR",
// "es-419"), a POSIX locale as LANG holds it ("fr_FR.UTF-8"), or a bare code; anything else is
// English, which is also the key set every other language's texts are checked against.

export type Language = "en" | "fr" | "es";

export const LANGUAGES: readonly Language[] = ["en", "fr", "es"];

/** The language a tag names, or undefined when it names none of the product's. */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  if (tag === null || tag === undefined) return undefined;
  const code = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return LANGUAGES.find((language) => language === code);
}

/**
 * The language of the environment a command runs in, as `LC_ALL`, `LC_MESSAGES` and `LANG` name it
 * (first set one wins, as POSIX orders them); "C" and "POSIX" are English.
 */
export function languageOfEnvironment(
  environment: Readonly<Record<string, string | undefined>>,
): Language {
  for (const key of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = environment[key];
    if (value !== undefined && value !== "") return languageOfTag(value) ?? "en";
  }
  return "en";
}
