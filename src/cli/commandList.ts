// The commands `c2c` knows, each with the line `c2c --help` shows and a loader for its module.
// A command module pulls in the workbook libraries (ExcelJS alone takes about 0.4 s to load), so
// only the command that runs is loaded: `c2c --help` and a mistyped name start as fast as Node.
// Each summary is the command's own `summary`; tests/cli/arguments.test.ts keeps the two equal.

import type { Command } from "./command";

export interface ListedCommand {
  readonly name: string;
  /** One line for `c2c --help`, the same as the loaded command's `summary`. */
  readonly summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly ListedCommand[] = [
  {
    name: "new",
    summary: "write an empty assessment workbook from the templates",
    load: async () => (await import("./commands/newCommand")).newCommand,
  },
  {
    name: "score",
    summary: "score a workbook and write a copy with the Scoreboard",
    load: async () => (await import("./commands/scoreCommand")).scoreCommand,
  },
  {
    name: "import-answers",
    summary: "place a survey tool's answers (CSV or .xlsx) into an assessment and score it",
    load: async () => (await import("./commands/importAnswersCommand")).importAnswersCommand,
  },
  {
    name: "consolidate",
    summary: "consolidate many partnerships' workbooks into a programme view",
    load: async () => (await import("./commands/consolidateCommand")).consolidateCommand,
  },
  {
    name: "compare",
    summary:
      "set 2–10 partner cities or partnerships side by side: gaps to the best and who can learn from whom",
    load: async () => (await import("./commands/compareCommand")).compareCommand,
  },
  {
    name: "report",
    summary: "print a workbook's scores as JSON, CSV, Open SDG CSV or a self-contained HTML page",
    load: async () => (await import("./commands/reportCommand")).reportCommand,
  },
  {
    name: "survey",
    summary: "write the checklist as an XLSForm questionnaire for KoboToolbox, ODK or SurveyCTO",
    load: async () => (await import("./commands/surveyCommand")).surveyCommand,
  },
  {
    name: "demo",
    summary: "write a sample partnership and a sample programme, scored",
    load: async () => (await import("./commands/demoCommand")).demoCommand,
  },
];
