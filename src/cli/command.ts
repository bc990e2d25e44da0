// A subcommand of `c2c`: its name, a line for the command list, its --help text, and what it does.

import type { ExitCode } from "./exitCodes";
import type { CliIo } from "./io";

export interface Command {
  readonly name: string;
  /** One line for `c2c --help`. */
  readonly summary: string;
  /** The full text of `c2c <name> --help`. */
  readonly help: string;
  run(argv: readonly string[], io: CliIo): Promise<ExitCode>;
}
