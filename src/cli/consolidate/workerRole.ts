// How a thread knows it is a summary worker of `c2c consolidate`: the pool starts the runner's own
// entry (the bundle, or summaryWorker.ts from the sources) with this workerData. Kept apart from the
// worker's code so the entry (main.ts) can check it without loading the consolidation.

import { parentPort, workerData } from "node:worker_threads";

export const SUMMARY_WORKER = "c2c-consolidate-summary";

export function isSummaryWorker(): boolean {
  return parentPort !== null && workerData === SUMMARY_WORKER;
}
