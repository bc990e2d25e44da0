// What every `c2c` command shares, written once: parsing its options (an unknown one is a usage
// error), `--help`, the positionals it takes, the options it requires, and the printing of problems
// (`warning: Sheet!Cell: message`) with the warning count that decides the exit code. A command
// only says what it takes and what it does with it.

import { languageOfTag, type Language } from "../engine/language/language";
import type { Problem } from "../engine/model/types";
import { cliText, type CliTextKey } from "./texts";
import type { HelpTextKey } from "./texts/help";
import type { Command } from "./command";
import { EXIT, exitAfterWarnings, type ExitCode } from "./exitCodes";
import { progressOn, type CliIo, type Progress } from "./io";
import {
  parseCommandArgs,
  requireOption,
  requirePositionals,
  type OptionsConfig,
  type ParsedCommandArgs,
} from "./parseCommandArgs";
import { printProblems, type ProblemCounts } from "./problems";
import { UsageError, type UsageParameters } from "./usageError";
import { outputProblems } from "./workbook/outputPath";

const HELP_OPTION = { help: { type: "boolean", short: "h", default: false } } as const;

type StringOption<O extends OptionsConfig> = {
  [K in keyof O & string]: O[K]["type"] extends "string" ? K : never;
}[keyof O & string];

export type CommandValues<O extends OptionsConfig, R extends StringOption<O>> = Omit<
  ParsedCommandArgs<O>["values"],
  R
> & { readonly [K in R]: string };

export interface CommandArgs<O extends OptionsConfig, R extends StringOption<O>> {
  readonly values: CommandValues<O, R>;
  readonly positionals: readonly string[];
}

export interface CommandSpec<O extends OptionsConfig, R extends StringOption<O>> {
  readonly name: string;
  /** One line for `c2c --help`: its key in the help catalogue. */
  readonly summary: HelpTextKey;
  /** The full text of `c2c <name> --help` in the language. */
  help(language: Language): string;
  /** The command's options; -h/--help is added. */
  readonly options: O;
  /**
   * Exactly these positionals, by the words for what they are ("the input workbook"); or one or
   * more, the sentence asking for them, unless the option named by `unless` is given
   * (consolidate's --from).
   */
  readonly positionals:
    readonly CliTextKey[] | { readonly atLeastOne: CliTextKey; readonly unless?: keyof O & string };
  /** String options that must be given, checked in this order after the positionals. */
  readonly required: readonly R[];
  run(args: CommandArgs<O, R>, context: CommandContext): Promise<ExitCode>;
}

export interface CommandContext {
  readonly io: CliIo;
  /** The language of the CLI's messages: --lang where the command takes it, else LANG, else en. */
  readonly language: Language;
  /** Progress lines on standard error, timed from the start of the command. */
  readonly progress: Progress;
  /** A usage error of this command (exit 2, with the pointer to --help), in the CLI's words. */
  usage(key: CliTextKey, parameters?: UsageParameters): UsageError;
  /** Prints problems (each file's prefixed with `source`) and counts their warnings. */
  report(problems: readonly Problem[], source?: string): ProblemCounts;
  /** Prints problems, then `c2c <name>: <reason>` when given one; exit code 2. */
  stop(
    problems: readonly Problem[],
    reason?: (counts: ProblemCounts, language: Language) => string,
  ): ExitCode;
  /** Refuses an output that exists (without force), is an input, or has no folder: printed. */
  outputRefused(output: string, inputs: readonly string[], force: boolean): Promise<boolean>;
  /** 0, or 1 under --strict when any problem reported was a warning. */
  finish(strict: boolean): ExitCode;
}

/** "nothing written (2 errors)". */
export function nothingWritten(counts: ProblemCounts, language: Language = "en"): string {
  return counts.errors === 1
    ? cliText(language, "nothingWrittenOne")
    : cliText(language, "nothingWritten", { errors: counts.errors });
}

export function defineCommand<O extends OptionsConfig, R extends StringOption<O> = never>(
  spec: CommandSpec<O, R>,
): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    help: (language) => spec.help(language),
    run: async (argv, io) => {
      // Parsed against the wide option type: the options' own types come back in `checked` below.
      const { values, positionals } = parseCommandArgs<OptionsConfig>(spec.name, argv, {
        ...spec.options,
        ...HELP_OPTION,
      });
      const lang = values["lang"];
      // A --lang that is no single language (survey's list) leaves the messages in LANG's.
      const language =
        (typeof lang === "string" ? languageOfTag(lang) : undefined) ?? io.language ?? "en";
      if (values["help"] === true) {
        io.stdout(spec.help(language));
        return EXIT.ok;
      }
      checkPositionals(spec, positionals, values);
      const required: Record<string, string> = {};
      for (const key of spec.required) {
        const option = spec.options[key];
        const flag = option?.short === undefined ? `--${key}` : `-${option.short}/--${key}`;
        const value = values[key];
        required[key] = requireOption(
          spec.name,
          typeof value === "string" ? value : undefined,
          flag,
        );
      }
      // parseArgs checked every value against `spec.options` (strict), and every required one is a
      // string now: this is the type those checks give.
      const checked = { ...values, ...required } as unknown as CommandValues<O, R>;
      return spec.run({ values: checked, positionals }, commandContext(spec.name, io, language));
    },
  };
}

function checkPositionals<O extends OptionsConfig, R extends StringOption<O>>(
  spec: CommandSpec<O, R>,
  positionals: readonly string[],
  values: Readonly<Record<string, unknown>>,
): void {
  if ("atLeastOne" in spec.positionals) {
    const { atLeastOne, unless } = spec.positionals;
    const excused = unless !== undefined && values[unless] !== undefined;
    if (positionals.length === 0 && !excused) throw new UsageError(atLeastOne, {}, spec.name);
    return;
  }
  requirePositionals(spec.name, positionals, spec.positionals);
}

function commandContext(name: string, io: CliIo, language: Language): CommandContext {
  let warnings = 0;
  const report = (problems: readonly Problem[], source?: string): ProblemCounts => {
    const counts = printProblems(io, problems, source, language);
    warnings += counts.warnings;
    return counts;
  };
  return {
    io,
    language,
    progress: progressOn(io, name, language),
    usage: (key, parameters) => new UsageError(key, parameters, name),
    report,
    stop: (problems, reason) => {
      const counts = report(problems);
      if (reason !== undefined) io.stderr(`c2c ${name}: ${reason(counts, language)}\n`);
      return EXIT.stopped;
    },
    outputRefused: async (output, inputs, force) => {
      const refused = await outputProblems(output, inputs, force);
      report(refused);
      return refused.length > 0;
    },
    finish: (strict) => exitAfterWarnings(warnings, strict),
  };
}
