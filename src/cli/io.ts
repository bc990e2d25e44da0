// What a command may do to the outside world besides files: write to standard output (results such
// as a report) and standard error (progress lines, warnings), and read the clock (provenance
// stamps). Tests pass their own, so commands run in-process and their output can be compared.

import { languageOfEnvironment, type Language } from "../engine/language/language";

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
  step(message: string): void;
}

export function progressOn(io: CliIo, command: string): Progress {
  const started = io.now().getTime();
  return {
    step: (message) => {
      const seconds = (io.now().getTime() - started) / 1000;
      io.stderr(`c2c ${command}: ${message} (${seconds.toFixed(1)} s)\n`);
    },
  };
}
