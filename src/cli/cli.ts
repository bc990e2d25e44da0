// The `c2c` command: picks the subcommand, runs it, and turns what can go wrong at the boundary into
// exit code 2 with a message — a usage error (with a pointer to --help), an output that appeared
// meanwhile, a plan that would overwrite a user's sheet, a workbook found damaged while read.
// Anything else is a bug: its stack goes to standard error so it can be reported. Every line is in
// the CLI's language (--lang beside the command, else LANG, else English), the sentence a refusal
// of the host or the engine carries too (a phrase of the problem catalogue; its message is the
// English).

import { OutputExistsError } from "../host/xlsx/atomicWrite";
import { PackageReadError } from "../host/xlsx/package/packageReadError";
import { PlanConflictError, PlanProtectedError } from "../host/workbookHost";
import { SheetPatchRefusal } from "../host/ooxml/sheetPatch/sheetPatchRefusal";
import { PRODUCT_NAME, PRODUCT_VERSION } from "../engine/templates/product";
import { CATALOGUE_VERSION } from "../engine/catalogue/version";
import { languageOfTag, type Language } from "../engine/language/language";
import { phraseText } from "../engine/language/problemTexts";
import { COMMANDS } from "./commandList";
import { EXIT, type ExitCode } from "./exitCodes";
import type { CliIo } from "./io";
import { cliProblem, printProblems } from "./problems";
import { cliText, type CliTextKey } from "./texts";
import { helpText } from "./texts/help";
import { UsageError } from "./usageError";

function generalHelp(language: Language): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    helpText(language, "general.about", {
      product: PRODUCT_NAME,
      version: PRODUCT_VERSION,
      catalogue: CATALOGUE_VERSION,
    }),
    "",
    helpText(language, "general.usage"),
    "",
    helpText(language, "general.commands"),
    ...COMMANDS.map(
      (command) => `  ${command.name.padEnd(width)}  ${helpText(language, command.summary)}`,
    ),
    "",
    helpText(language, "general.more"),
    "",
  ].join("\n");
}

/** The language of `c2c --help`: a `--lang` beside it, else the environment's, else English. */
function helpLanguage(argv: readonly string[], io: CliIo): Language {
  const at = argv.indexOf("--lang");
  const tag = at < 0 ? undefined : argv[at + 1];
  return (tag === undefined ? undefined : languageOfTag(tag)) ?? io.language ?? "en";
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(generalHelp(io.language ?? "en"));
    return EXIT.stopped;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(generalHelp(helpLanguage(rest, io)));
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${PRODUCT_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    const commands = COMMANDS.map((candidate) => candidate.name).join(", ");
    io.stderr(`c2c: ${cliText(io.language ?? "en", "stop.unknownCommand", { name, commands })}\n`);
    return EXIT.stopped;
  }
  // --debug is taken by every command, anywhere on the line, so it is removed before the command's own parsing.
  const debug = rest.includes("--debug");
  const commandArgs = rest.filter((argument) => argument !== "--debug");
  const commandIo = debug ? { ...io, debug } : io;
  try {
    return await (await command.load()).run(commandArgs, commandIo);
  } catch (error: unknown) {
    return failure(error, command.name, commandIo, helpLanguage(commandArgs, io));
  }
}

function failure(error: unknown, command: string, io: CliIo, language: Language): ExitCode {
  const say = (line: string): void => {
    io.stderr(`c2c ${command}: ${line}\n`);
  };
  if (error instanceof UsageError) {
    say(error.messageIn(language));
    io.stderr(`${cliText(language, "stop.runHelp", { command })}\n`);
  } else if (error instanceof OutputExistsError) {
    const message = `${error.path} ${cliText(language, "output.exists")}`;
    say(cliText(language, "stop.nothingWritten", { message }));
  } else if (error instanceof SheetPatchRefusal) {
    // A user's sheet the copy would have to cut through (an array formula): one sentence, and why.
    say(
      cliText(language, "stop.nothingWrittenSentence", {
        message: phraseText(language, error.sentence),
      }),
    );
  } else if (error instanceof PlanProtectedError) {
    // The sentence already says nothing was written and how to unprotect.
    say(phraseText(language, error.sentence));
  } else if (error instanceof PackageReadError) {
    // A sheet found damaged when first read, after the file opened (sheets are read when asked
    // for): the problem line an unreadable file gets when it is found at opening.
    const address = error.source ?? cliText(language, "stop.theWorkbook");
    const problem = cliProblem(address, "input.unreadable", { reason: error.message });
    printProblems(io, [{ ...problem, cause: error.detail }], undefined, language);
  } else if (error instanceof PlanConflictError) {
    say(
      cliText(language, RENAME[error.kind], {
        message: phraseText(language, error.sentence).replace(/\.$/, ""),
        name: error.conflictingName,
      }),
    );
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    say(cliText(language, "stop.internal", { detail }));
  }
  return EXIT.stopped;
}

const RENAME = {
  sheet: "stop.renameSheet",
  table: "stop.renameTable",
  name: "stop.renameName",
} as const satisfies Record<PlanConflictError["kind"], CliTextKey>;
