// The commands `c2c` knows, each with the line `c2c --help` shows and a loader for its module.
// A command module pulls in the workbook libraries (ExcelJS alone takes about 0.4 s to load), so
// only the command that runs is loaded: `c2c --help` and a mistyped name start as fast as Node.
// Each summary is the command's own `summary`; tests/cli/arguments.test.ts keeps the two equal.

import type { Command } from "./command";
import type { HelpTextKey } from "./texts/help";

export interface ListedCommand {
  readonly name: string;
  /** The key of its line for `c2c --help` in the help catalogue, the loaded command's `summary`. */
  readonly summary: HelpTextKey;
  load(): Promise<Command>;
}

export const COMMANDS: readonly ListedCommand[] = [
  {
    name: "new",
    summary: "summary.new",
    load: async () => (await import("./commands/newCommand")).newCommand,
  },
  {
    name: "score",
    summary: "summary.score",
    load: async () => (await import("./commands/scoreCommand")).scoreCommand,
  },
  {
    name: "import-answers",
    summary: "summary.importAnswers",
    load: async () => (await import("./commands/importAnswersCommand")).importAnswersCommand,
  },
  {
    name: "consolidate",
    summary: "summary.consolidate",
    load: async () => (await import("./commands/consolidateCommand")).consolidateCommand,
  },
  {
    name: "compare",
    summary: "summary.compare",
    load: async () => (await import("./commands/compareCommand")).compareCommand,
  },
  {
    name: "report",
    summary: "summary.report",
    load: async () => (await import("./commands/reportCommand")).reportCommand,
  },
  {
    name: "survey",
    summary: "summary.survey",
    load: async () => (await import("./commands/surveyCommand")).surveyCommand,
  },
  {
    name: "demo",
    summary: "summary.demo",
    load: async () => (await import("./commands/demoCommand")).demoCommand,
  },
];
