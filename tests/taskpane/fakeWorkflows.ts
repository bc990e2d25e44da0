// A PaneWorkflows for the pane's tests: every call is recorded, and answers with what the test gives
// it; a call the test did not prepare fails with a message naming it, which the pane must show.

import type { PaneWorkflows } from "../../src/taskpane/workflows/types";

export type WorkflowName = Exclude<keyof PaneWorkflows, "environment">;

export interface RecordedCall {
  readonly name: WorkflowName;
  readonly args: readonly unknown[];
}

export interface FakeWorkflows {
  readonly workflows: PaneWorkflows;
  readonly calls: RecordedCall[];
}

type Overrides = { readonly [K in WorkflowName]?: PaneWorkflows[K] };

const NAMES: readonly WorkflowName[] = [
  "status",
  "createAssessment",
  "loadSample",
  "validate",
  "select",
  "refresh",
  "compareCandidates",
  "compare",
  "stakeholders",
  "publish",
  "weakSpots",
  "addAction",
  "readSettings",
  "writeSettings",
  "importAnswers",
  "questionnaire",
  "selfTest",
];

export const EMPTY_STATUS = {
  sheets: [],
  isAssessment: false,
  partnershipName: null,
  cities: [],
  hasScoreboard: false,
  hasPreviousScoreboard: false,
} as const;

export function fakeWorkflows(
  overrides: Overrides,
  environment: PaneWorkflows["environment"] = "preview",
): FakeWorkflows {
  const calls: RecordedCall[] = [];
  const entries = NAMES.map((name) => {
    const given = overrides[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    const fallback =
      name === "status"
        ? () => Promise.resolve(EMPTY_STATUS)
        : () => Promise.reject(new Error(`${name} was not prepared by this test`));
    const call = (...args: unknown[]): Promise<unknown> => {
      calls.push({ name, args });
      return (given ?? fallback)(...args);
    };
    return [name, call] as const;
  });
  const workflows = { environment, ...Object.fromEntries(entries) } as unknown as PaneWorkflows;
  return { workflows, calls };
}
