import { errorMessage } from "../../src/taskpane/components/errorMessage";
import { runWorkflow, type WorkflowState } from "../../src/taskpane/components/workflowRun";

describe("runWorkflow", () => {
  it("publishes the start sentence, each progress report (share clamped to 0–1) and the result's sentences", async () => {
    const states: WorkflowState[] = [];
    const outcome = await runWorkflow(
      {
        start: "Checking…",
        call: (progress) => {
          progress("Reading the checklist", 0.25);
          progress("Reading the indicators", 1.5);
          progress("Almost", Number.NaN);
          return Promise.resolve(42);
        },
        describe: (result) => [`Found ${result}.`],
      },
      (state) => states.push(state),
    );
    expect(outcome).toEqual({ ok: true, result: 42 });
    expect(states).toEqual([
      { running: { message: "Checking…", done: null }, notes: [], error: null },
      { running: { message: "Reading the checklist", done: 0.25 }, notes: [], error: null },
      { running: { message: "Reading the indicators", done: 1 }, notes: [], error: null },
      { running: { message: "Almost", done: null }, notes: [], error: null },
      { running: null, notes: ["Found 42."], error: null },
    ]);
  });

  it("turns a rejection into a plain sentence in the error state and never rejects itself", async () => {
    const states: WorkflowState[] = [];
    const outcome = await runWorkflow(
      {
        start: "Refreshing…",
        call: () => Promise.reject(new Error("the sheet Checklist has no table C2C_Checklist")),
        describe: () => ["unused"],
      },
      (state) => states.push(state),
    );
    expect(outcome).toEqual({
      ok: false,
      error: "The sheet Checklist has no table C2C_Checklist.",
    });
    expect(states.at(-1)).toEqual({
      running: null,
      notes: [],
      error: "The sheet Checklist has no table C2C_Checklist.",
    });
  });

  it("reports a call that throws before returning a promise", async () => {
    const states: WorkflowState[] = [];
    const outcome = await runWorkflow(
      {
        start: "Publishing…",
        call: () => {
          throw new TypeError("createObjectURL is not available");
        },
        describe: () => [],
      },
      (state) => states.push(state),
    );
    expect(outcome.ok).toBe(false);
    expect(states.at(-1)?.error).toBe("CreateObjectURL is not available.");
  });
});

describe("errorMessage", () => {
  it.each([
    [
      new Error("cannot make a new assessment: a city is listed twice"),
      "Cannot make a new assessment: a city is listed twice.",
    ],
    [new Error("Excel is busy. Try again!"), "Excel is busy. Try again!"],
    ["the file is empty", "The file is empty."],
    [
      new Error("   "),
      "The step failed without saying why. Try again; if it fails again, close and reopen the add-in.",
    ],
    [
      { code: 7 },
      "The step failed without saying why. Try again; if it fails again, close and reopen the add-in.",
    ],
    [
      undefined,
      "The step failed without saying why. Try again; if it fails again, close and reopen the add-in.",
    ],
  ])("%p → %p", (error, message) => {
    expect(errorMessage(error)).toBe(message);
  });
});
