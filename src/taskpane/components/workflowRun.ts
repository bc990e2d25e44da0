// Running one workflow call for a view: the state its status region and error bar show while the call
// runs (a sentence and the share done), after it succeeds (sentences about the result) or fails (the
// error in plain words). Kept apart from React so the rules are tested on their own.

import type { ProgressReporter } from "../workflows/types";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";
import { errorMessage } from "./errorMessage";

export interface WorkflowProgress {
  readonly message: string;
  /** Share done, 0–1; null when the step cannot tell (an indeterminate bar). */
  readonly done: number | null;
}

export interface WorkflowState {
  /** Set while a call runs. */
  readonly running: WorkflowProgress | null;
  /** What the last call did, one sentence a line (the status region shows them). */
  readonly notes: readonly string[];
  /** Why the last call failed, in plain words; null when it did not fail. */
  readonly error: string | null;
}

export const IDLE: WorkflowState = { running: null, notes: [], error: null };

export interface WorkflowStep<T> {
  /** Shown as soon as the call starts, e.g. "Checking the workbook…". */
  readonly start: string;
  readonly call: (progress: ProgressReporter) => Promise<T>;
  /** Sentences about the result for the status region. */
  readonly describe: (result: T) => readonly string[];
}

export type WorkflowOutcome<T> =
  { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: string };

/** Runs the step, publishing each state; never rejects (a failure is published and returned). */
export async function runWorkflow<T>(
  step: WorkflowStep<T>,
  publish: (state: WorkflowState) => void,
  texts: PaneTexts = ENGLISH_PANE_TEXTS,
): Promise<WorkflowOutcome<T>> {
  publish({ running: { message: step.start, done: null }, notes: [], error: null });
  const progress: ProgressReporter = (message, done) => {
    publish({ running: { message, done: shareDone(done) }, notes: [], error: null });
  };
  try {
    const result = await step.call(progress);
    publish({ running: null, notes: step.describe(result), error: null });
    return { ok: true, result };
  } catch (error: unknown) {
    const message = errorMessage(error, texts);
    publish({ running: null, notes: [], error: message });
    return { ok: false, error: message };
  }
}

function shareDone(done: number | undefined): number | null {
  if (done === undefined || !Number.isFinite(done)) return null;
  return Math.min(1, Math.max(0, done));
}
