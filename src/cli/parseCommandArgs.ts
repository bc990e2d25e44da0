// One wrapper over Node's util.parseArgs for every command: strict options, positionals allowed,
// and parse errors turned into UsageError with the command's name (for the --help pointer).

import { parseArgs, type ParseArgsConfig } from "node:util";
import { errorMessage } from "./errorMessage";
import type { CliTextKey } from "./texts";
import { UsageError } from "./usageError";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedCommandArgs<O extends OptionsConfig> {
  readonly values: ReturnType<
    typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
  >["values"];
  readonly positionals: readonly string[];
}

export function parseCommandArgs<O extends OptionsConfig>(
  command: string,
  argv: readonly string[],
  options: O,
): ParsedCommandArgs<O> {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error: unknown) {
    throw optionProblem(error, command);
  }
}

/**
 * parseArgs' refusal in the CLI's own words: its messages tell the user to quote arguments after
 * `--`, which is no help for a mistyped option. The option is the first quoted name in them:
 * "'--foo'" for an unknown one, "'-o, --output <value>'" for a value missing, written -o/--output as
 * a required option is. Anything else parseArgs throws is a mistake in our option table: a bug.
 */
function optionProblem(error: unknown, command: string): Error {
  const message = errorMessage(error);
  const code = (error as { code?: unknown } | null)?.code;
  const quoted = /'(-[^']*)'/.exec(message)?.[1];
  if (quoted === undefined) return error instanceof Error ? error : new Error(message);
  const option = quoted.replace(/ <value>$/, "").replace(", ", "/");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return new UsageError("usage.unknownOption", { option }, command);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return message.includes("argument missing")
      ? new UsageError("usage.needsValue", { option }, command)
      : new UsageError("usage.takesNoValue", { option }, command);
  return error instanceof Error ? error : new Error(message);
}

/** Exactly `count` positionals, else a UsageError naming what is missing or extra. */
export function requirePositionals(
  command: string,
  positionals: readonly string[],
  names: readonly CliTextKey[],
): string[] {
  if (positionals.length < names.length)
    throw new UsageError(
      "usage.missing",
      { what: { words: names.slice(positionals.length) } },
      command,
    );
  if (positionals.length > names.length)
    throw new UsageError(
      "usage.unexpected",
      {
        arguments: positionals
          .slice(names.length)
          .map((p) => `"${p}"`)
          .join(", "),
      },
      command,
    );
  return [...positionals];
}

/** A required string option, else a UsageError. */
export function requireOption(command: string, value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === "")
    throw new UsageError("usage.required", { flag }, command);
  return value;
}
