// Misuse of the command line (an unknown option, a missing file name) is an exception at the CLI
// boundary: cli.ts prints the message in the CLI's language with a pointer to --help and exits with
// code 2. The error carries a key of the CLI texts and its parameters, so it is rendered where it is
// printed; `.message` is the English, for logs and for code that only needs to know what went wrong.

import type { Language } from "../engine/language/language";
import { phraseText, type Phrase } from "../engine/language/problemTexts";
import { cliText, type CliTextKey } from "./texts";

/**
 * A parameter of a usage message: literal text (an option, a value as typed, a file name), words
 * of the CLI texts (what is missing), rendered in the message's language and joined by its "and"
 * when there are several, or a phrase of the engine's problem catalogue (what a template refuses).
 */
export type UsageParameter =
  string | number | { readonly words: readonly CliTextKey[] } | { readonly phrase: Phrase };

export type UsageParameters = Readonly<Record<string, UsageParameter>>;

export class UsageError extends Error {
  readonly key: CliTextKey;
  readonly parameters: UsageParameters;
  readonly command: string | undefined;

  constructor(key: CliTextKey, parameters: UsageParameters = {}, command?: string) {
    super(usageText("en", key, parameters));
    this.name = "UsageError";
    this.key = key;
    this.parameters = parameters;
    this.command = command;
  }

  /** The message in the language (`.message` is the English). */
  messageIn(language: Language): string {
    return usageText(language, this.key, this.parameters);
  }
}

function usageText(language: Language, key: CliTextKey, parameters: UsageParameters): string {
  const rendered = Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [
      name,
      typeof value !== "object"
        ? value
        : "phrase" in value
          ? phraseText(language, value.phrase)
          : value.words
              .map((words) => cliText(language, words))
              .join(` ${cliText(language, "usage.and")} `),
    ]),
  );
  return cliText(language, key, rendered);
}
