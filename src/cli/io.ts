// What a command may do to the outside world besides files: write to standard output (results such
// as a report) and standard error (progress lines, warnings), and read the clock (provenance
// stamps). Tests pass their own, so commands run in-process and their output can be compared.

import { languageOfEnvironment, type Language } from "../engine/language/language";
import type { MessageParameters } from "../engine/language/messageText";
import { numbersIn } from "../engine/publish/html/numbers";
import { cliText, type CliTextKey } from "./texts";

export interface CliIo {
  /** Results only, so `c2c report x.xlsx --json > out.json` stays clean. */
  readonly stdout: (text: string) => void;
  /** Progress lines, warnings and errors. */
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /** --debug: the technical cause behind a plain message is printed under it. */
  readonly debug?: boolean;
  /** The language of the environment (LC_ALL, LC_MESSAGES, LANG); English when absent. */
  readonly language?: Language;
  /** Standard error is a terminal: a progress line may be rewritten in place. */
  readonly stderrIsTerminal?: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
    language: languageOfEnvironment(process.env),
    stderrIsTerminal: process.stderr.isTTY,
  };
}

/** Progress of a run on standard error: one line per step with the time since the start. */
export interface Progress {
  step(key: CliTextKey, parameters?: MessageParameters): void;
}

/** Progress lines in the command's language; the seconds written as the language writes a decimal (0,3 s). */
export function progressOn(io: CliIo, command: string, language: Language): Progress {
  const started = io.now().getTime();
  return {
    step: (key, parameters) => {
      const seconds = (io.now().getTime() - started) / 1000;
      const message = cliText(language, key, parameters);
      io.stderr(`c2c ${command}: ${message} (${secondsIn(language, seconds)} s)\n`);
    },
  };
}

/** Seconds with one decimal, in the language's way ("12.3" in English, "12,3" in French and Spanish). */
export function secondsIn(language: Language, seconds: number): string {
  // The report's one-decimal writing (of a 0–100 index) is the same rounding and separator.
  return numbersIn(language).hundred(seconds);
}
