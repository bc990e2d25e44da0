// A subcommand of `c2c`: its name, a line for the command list, its --help text, and what it does.

import type { Language } from "../engine/language/language";
import type { ExitCode } from "./exitCodes";
import type { CliIo } from "./io";
import type { HelpTextKey } from "./texts/help";

export interface Command {
  readonly name: string;
  /** One line for `c2c --help`: its key in the help catalogue (src/cli/texts/help). */
  readonly summary: HelpTextKey;
  /** The full text of `c2c <name> --help` in the language. */
  help(language: Language): string;
  run(argv: readonly string[], io: CliIo): Promise<ExitCode>;
}
