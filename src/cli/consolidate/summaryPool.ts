// The summaries of many partnership files, in the order given, read one after another on this
// thread or by a pool of worker threads (one file at a time each, the next file sent to whichever
// answers first). Answers that arrive early wait for their turn, so what the caller sees, and so
// the programme written, is the serial path's whatever the finishing order. An exception of a
// worker is raised at its file's turn, as the serial path would have raised it; leaving the loop
// early (a refusal without --keep-going) stops the workers.

import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { InputFile } from "./inputFiles";
import { summariseFile, type FileSummary } from "./summariseFile";
import type { SummaryAnswer, SummaryJob } from "./summaryWorker";
import { SUMMARY_WORKER } from "./workerRole";

/**
 * Below this many files one thread reads them: starting a worker (loading the runner and the
 * catalogue again) costs about what reading a few files does (decision 0023).
 */
export const PARALLEL_FROM = 8;

/** Threads for `files` files: `asked` (--jobs) when given, else one per core from PARALLEL_FROM files. */
export function threadsFor(files: number, asked: number | null): number {
  if (asked !== null) return Math.max(1, Math.min(asked, files));
  return files < PARALLEL_FROM ? 1 : Math.max(1, Math.min(availableParallelism(), files));
}

export async function* summariesInOrder(
  files: readonly InputFile[],
  threads: number,
): AsyncGenerator<FileSummary> {
  if (threads <= 1) {
    for (const file of files) yield await summariseFile(file);
    return;
  }
  yield* pooled(files, threads);
}

async function* pooled(files: readonly InputFile[], threads: number): AsyncGenerator<FileSummary> {
  const answers = new Map<number, SummaryAnswer>();
  let sent = 0;
  let wake: (() => void) | null = null;
  let running = threads;
  const arrived = (answer: SummaryAnswer): void => {
    answers.set(answer.index, answer);
    wake?.();
  };
  const sendNext = (worker: Worker): number | null => {
    if (sent >= files.length) return null;
    const file = files[sent];
    if (file === undefined) return null;
    const job: SummaryJob = { index: sent, file };
    worker.postMessage(job);
    sent += 1;
    return job.index;
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = startWorker();
    let current = sendNext(worker);
    worker.on("message", (answer: SummaryAnswer) => {
      current = sendNext(worker);
      arrived(answer);
    });
    // A worker that dies (not a file's exception, which it posts) fails the file it held; the
    // files it would have read go to the others.
    worker.on("error", (error: Error) => {
      if (current !== null)
        arrived({ index: current, failed: { message: error.message, stack: error.stack ?? "" } });
      current = null;
    });
    worker.on("exit", () => {
      running -= 1;
      wake?.();
    });
    return worker;
  });
  try {
    for (let index = 0; index < files.length; index++) {
      while (!answers.has(index)) {
        if (running === 0)
          throw new Error(
            `every summary worker stopped before ${files[index]?.source ?? "the end"}`,
          );
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
      const answer = answers.get(index);
      if (answer === undefined)
        throw new Error(`no summary arrived for ${files[index]?.source ?? "a file"}`);
      answers.delete(index);
      if ("failed" in answer) throw raised(answer.failed);
      yield answer.summarised;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function raised(failed: { readonly message: string; readonly stack: string }): Error {
  const error = new Error(failed.message);
  error.stack = failed.stack;
  return error;
}

/**
 * The compiled runner (dist-cli/c2c.js) starts itself, its entry serving when it sees the worker's
 * workerData; from the sources (tsx, jest) the worker registers tsx's require hook first and serves
 * from summaryWorker.ts.
 */
function startWorker(): Worker {
  if (!__filename.endsWith(".ts")) return new Worker(__filename, { workerData: SUMMARY_WORKER });
  // createRequire, not require.resolve: the bundle must not list tsx among the packages it needs.
  const tsx = createRequire(__filename).resolve("tsx/cjs/api");
  const module = join(__dirname, "summaryWorker.ts");
  const source = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(module)}).serveSummaries();`;
  return new Worker(source, { eval: true, workerData: SUMMARY_WORKER });
}
