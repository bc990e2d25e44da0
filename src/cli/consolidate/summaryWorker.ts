// A worker thread of `c2c consolidate` (summaryPool.ts starts it): reads and summarises one file at
// a time, as the pool sends them, and posts back only the summary and its problems. Nothing of a
// file outlives its answer, so a worker's memory is one workbook's at most. An exception is posted
// back as its message and stack, for the main thread to raise at that file's turn, as the serial
// path would have raised it.

import { parentPort } from "node:worker_threads";
import type { InputFile } from "./inputFiles";
import { summariseFile, type FileSummary } from "./summariseFile";

export interface SummaryJob {
  readonly index: number;
  readonly file: InputFile;
}

export type SummaryAnswer =
  | { readonly index: number; readonly summarised: FileSummary }
  | {
      readonly index: number;
      readonly failed: { readonly message: string; readonly stack: string };
    };

export function serveSummaries(): void {
  const port = parentPort;
  if (port === null) throw new Error("serveSummaries runs in a worker thread");
  port.on("message", (job: SummaryJob) => {
    summariseFile(job.file).then(
      (summarised) => {
        port.postMessage({ index: job.index, summarised } satisfies SummaryAnswer);
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        port.postMessage({
          index: job.index,
          failed: { message: failure.message, stack: failure.stack ?? failure.message },
        } satisfies SummaryAnswer);
      },
    );
  });
}
