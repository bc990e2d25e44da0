// One wrapper over Node's util.parseArgs for every command: strict options, positionals allowed,
// and parse errors turned into UsageError with the command's name (for the --help pointer).

import { parseArgs, type ParseArgsConfig } from "node:util";
import { errorMessage } from "./errorMessage";
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
    throw new UsageError(optionProblem(error), command);
  }
}

/**
 * parseArgs' refusal in the CLI's own words: its messages tell the user to quote arguments after
 * `--`, which is no help for a mistyped option. The option is the first quoted name in them.
 */
function optionProblem(error: unknown): string {
  const message = errorMessage(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (option === undefined) return message;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return message.includes("argument missing")
      ? `${option} needs a value`
      : `${option} takes no value`;
  return message;
}

/** Exactly `count` positionals, else a UsageError naming what is missing or extra. */
export function requirePositionals(
  command: string,
  positionals: readonly string[],
  names: readonly string[],
): string[] {
  if (positionals.length < names.length)
    throw new UsageError(`missing ${names.slice(positionals.length).join(" and ")}`, command);
  if (positionals.length > names.length)
    throw new UsageError(
      `unexpected argument ${positionals
        .slice(names.length)
        .map((p) => `"${p}"`)
        .join(", ")}`,
      command,
    );
  return [...positionals];
}

/** A required string option, else a UsageError. */
export function requireOption(command: string, value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === "")
    throw new UsageError(`${flag} is required`, command);
  return value;
}
