// A view's workflow runner: one status region and one error bar per view, fed by every call the view
// makes. After each call, failed or not, the pane is told the workbook may have changed.

import { useCallback, useState } from "react";
import { useTexts } from "../texts/PaneTextsContext";
import { usePaneChanges } from "./paneChanges";
import {
  IDLE,
  runWorkflow,
  type WorkflowOutcome,
  type WorkflowState,
  type WorkflowStep,
} from "./workflowRun";

export interface Workflow {
  readonly state: WorkflowState;
  readonly busy: boolean;
  readonly run: <T>(step: WorkflowStep<T>) => Promise<WorkflowOutcome<T>>;
  /** Shows sentences in the status region without a call (a form the pane refused, a cancelled step). */
  readonly note: (notes: readonly string[]) => void;
  /** Shows a problem found before any call (e.g. a form field that cannot be read). */
  readonly fail: (message: string) => void;
}

export function useWorkflow(): Workflow {
  const [state, setState] = useState<WorkflowState>(IDLE);
  const { changed } = usePaneChanges();
  const texts = useTexts();
  const run = useCallback(
    async <T>(step: WorkflowStep<T>): Promise<WorkflowOutcome<T>> => {
      const outcome = await runWorkflow(step, setState, texts);
      changed();
      return outcome;
    },
    [changed, texts],
  );
  const note = useCallback((notes: readonly string[]) => {
    setState({ running: null, notes, error: null });
  }, []);
  const fail = useCallback((message: string) => {
    setState({ running: null, notes: [], error: message });
  }, []);
  return { state, busy: state.running !== null, run, note, fail };
}
