// Misuse of the command line (an unknown option, a missing file name) is an exception at the CLI
// boundary: cli.ts prints the message with a pointer to --help and exits with code 2.

export class UsageError extends Error {
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}
