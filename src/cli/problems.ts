// Problems found in the data, printed the way the issue asks: one line each, `Sheet!Cell: message`,
// on standard error, after "warning:" or "error:" so a pipeline can grep them. A file name goes in
// front when a command handles several workbooks.

import type { Problem } from "../engine/model/types";
import type { Language } from "../engine/language/language";
import {
  problemMessage,
  renderedParameters,
  type PhraseParameters,
} from "../engine/language/problemTexts";
import type { CliIo } from "./io";
import { cliText, ENGLISH_CLI_TEXTS, type CliTextKey } from "./texts";

export interface ProblemCounts {
  readonly warnings: number;
  readonly errors: number;
}

/**
 * The message in the CLI's language: the CLI's own texts for its file refusals, the engine's problem
 * catalogue for a problem found in the data, else as written.
 */
function messageIn(language: Language, problem: Problem): string {
  const code = problem.code;
  if (code === undefined || !Object.hasOwn(ENGLISH_CLI_TEXTS, code))
    return problemMessage(language, problem);
  return cliText(language, code as CliTextKey, renderedParameters(language, problem.parameters));
}

// "warning:" and "error:" stay English in every language: scripts grep for them.
export function formatProblem(
  problem: Problem,
  source?: string,
  language: Language = "en",
): string {
  const where =
    source === undefined || problem.address === source
      ? problem.address
      : `${source}: ${problem.address}`;
  return `${problem.severity}: ${where}: ${messageIn(language, problem)}`;
}

export function printProblems(
  io: CliIo,
  problems: readonly Problem[],
  source?: string,
  language: Language = "en",
): ProblemCounts {
  for (const problem of problems) {
    io.stderr(`${formatProblem(problem, source, language)}\n`);
    if (io.debug === true && problem.cause !== undefined) io.stderr(`  cause: ${problem.cause}\n`);
  }
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return { warnings: problems.length - errors, errors };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/** A problem about a whole file (unreadable, refused), addressed by its path. */
export function fileProblem(
  path: string,
  message: string,
  severity: Problem["severity"] = "error",
): Problem {
  return { address: path, message, severity };
}

/**
 * A problem in the CLI's own words: its code and parameters (a parameter may be a phrase, rendered
 * in the reader's language), with the English `message` for JSON and logs.
 */
export function cliProblem(
  address: string,
  key: CliTextKey,
  parameters: PhraseParameters = {},
  severity: Problem["severity"] = "error",
): Problem {
  const message = cliText("en", key, renderedParameters("en", parameters));
  return { address, message, severity, code: key, parameters };
}
