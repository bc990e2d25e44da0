// Chunked writes. Excel on the web refuses a request (one context.sync) whose payload exceeds 5 MB
// ("Resource limits and performance optimization for Office Add-ins", learn.microsoft.com), so
// applyPlan turns the plan into steps that each know how many bytes they add to a request, packs
// them in order into batches under a budget, and syncs once per batch. The limit is on bytes on
// the wire: the JSON is sent as UTF-8, where a city name in Arabic or Thai takes 2–3 bytes a
// character, so sizes are counted with TextEncoder, never as string lengths.

import type { WriteSession } from "./session";

/** Excel on the web's limit on one request's payload, and on one response's. */
export const EXCEL_WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** The default budget per batch: well under the limit, leaving room for the estimate's error. */
export const DEFAULT_BATCH_BUDGET_BYTES = 4_000_000;

/**
 * What one command adds to a request besides its data: the action record and the path of the
 * object it acts on (a generous estimate; Office.js sends a few dozen bytes of ids and names).
 */
export const COMMAND_OVERHEAD_BYTES = 250;

export interface WriteStep {
  /** The bytes this step adds to a request: its commands' overhead plus the JSON of its data. */
  readonly bytes: number;
  /** Queues the step's commands; nothing is sent until the batch syncs. */
  readonly queue: (session: WriteSession) => void;
}

const UTF8 = new TextEncoder();

/** The UTF-8 bytes of a text. */
export function utf8Bytes(text: string): number {
  return UTF8.encode(text).length;
}

/** The bytes of a value's JSON as Office.js sends it (UTF-8). */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** A step of `commands` commands sending `data` (each item one argument or property value). */
export function writeStep(
  commands: number,
  data: readonly unknown[],
  queue: (session: WriteSession) => void,
): WriteStep {
  const dataBytes = data.reduce<number>((sum, item) => sum + jsonBytes(item), 0);
  return { bytes: commands * COMMAND_OVERHEAD_BYTES + dataBytes, queue };
}

/** The steps in order, packed greedily into batches of at most `budget` bytes each. */
export function packBatches(steps: readonly WriteStep[], budget: number): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let currentBytes = 0;
  for (const step of steps) {
    if (step.bytes > budget)
      throw new RangeError(
        `one write step needs ${step.bytes} bytes, more than the batch budget of ${budget}`,
      );
    if (current.length > 0 && currentBytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(step);
    currentBytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The bytes of a batch, as estimated by its steps. */
export function batchBytes(batch: readonly WriteStep[]): number {
  return batch.reduce((sum, step) => sum + step.bytes, 0);
}
