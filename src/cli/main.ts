// Entry point of the `c2c` command, the root of the bundle bin/c2c runs (scripts/buildCli.ts). Kept
// apart from cli.ts so tests run the command in-process without touching the real process. The
// bundle is also the program of `c2c consolidate`'s worker threads (src/cli/consolidate/
// summaryPool.ts), which serve summaries instead of running a command.

import { runCli } from "./cli";
import { isSummaryWorker } from "./consolidate/workerRole";
import { processIo } from "./io";

if (isSummaryWorker())
  void import("./consolidate/summaryWorker").then((worker) => {
    worker.serveSummaries();
  });
else runCommand();

function runCommand(): void {
  // `c2c report x.xlsx --csv | head` closes the pipe early; that is the reader's choice, not a failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });

  void runCli(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
