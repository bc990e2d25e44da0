// A page for the pane's browser test: the real App, beside a small in-memory workbook, over a fake
// PaneWorkflows whose answers come from the engine (the sample partnership's scores, comparison and
// stakeholder view); "?dark" renders Office's dark theme. The test steers it through window.paneHarness: which calls fail, which wait to
// be released, whether a "Scoreboard (previous)" exists; every call is recorded there.
import { createRoot } from "react-dom/client";
import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue, CATALOGUE_VERSION } from "../../../src/engine/catalogue";
import { compareCities } from "../../../src/engine/compare";
import { samplePartnership } from "../../../src/engine/demo";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { stakeholderView } from "../../../src/engine/stakeholders";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { App } from "../../../src/taskpane/App";
import { PREVIEW_DIAGNOSTICS } from "../../../src/taskpane/excelDiagnostics";
import { FUNCTION_GUIDE } from "../../../src/taskpane/functionGuide";
import { reportText, summaryLine } from "../../../src/taskpane/workflows/selfTest/selfTestReport";
import type {
  PaneWorkflows,
  ProgressReporter,
  PublishFormat,
  PublishResult,
  SelfTestReport,
} from "../../../src/taskpane/workflows/types";
import type { WorkflowName } from "../fakeWorkflows";

export interface PaneHarness {
  /** Calls that reject with `${name} failed: the workbook is locked by another user`. */
  failing: WorkflowName[];
  /** A call that reports progress, then waits for release(). */
  holding: WorkflowName | null;
  release: () => void;
  hasPreviousScoreboard: boolean;
  noProblems: boolean;
  readonly calls: { readonly name: string; readonly args: unknown }[];
}

declare global {
  interface Window {
    paneHarness: PaneHarness;
  }
}

const sample = samplePartnership();
const scores = scoreAssessment(sample);
const comparison = compareCities(sample, scores);
if (!comparison.ok) throw new Error(comparison.error.message);

const workbook = MemoryWorkbook.fromSheets({
  Data: [
    ["Code", "Value", "Note"],
    ["11.6.2", 42.5, "measured"],
    ["6.1.1", "about twelve", null],
  ],
  Scoreboard: [["Generated"]],
});
const scoreboard = workbook.sheet("Scoreboard");
if (scoreboard !== undefined) scoreboard.protection = { unlockedRanges: [] };

let releaseHeld: () => void = () => undefined;
const harness: PaneHarness = {
  failing: [],
  holding: null,
  release: () => {
    releaseHeld();
  },
  hasPreviousScoreboard: false,
  noProblems: false,
  calls: [],
};
window.paneHarness = harness;

/** Runs a fake call: fails when asked to, waits when held, and records what the pane passed. */
async function answer<T>(
  name: WorkflowName,
  args: unknown,
  progress: ProgressReporter | null,
  result: () => T | Promise<T>,
): Promise<T> {
  harness.calls.push({ name, args });
  if (harness.holding === name) {
    progress?.(`Working on ${name}`, 0.4);
    await new Promise<void>((resolve) => {
      releaseHeld = resolve;
    });
  }
  if (harness.failing.includes(name))
    throw new Error(`${name} failed: the workbook is locked by another user`);
  return await result();
}

function published(format: PublishFormat): PublishResult {
  if (format === "workbook")
    return {
      kind: "file",
      fileName: "values.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      content: new Uint8Array([80, 75, 3, 4]),
      description: "A values-only copy.",
    };
  return {
    kind: "file",
    fileName: `scores.${format === "json" ? "json" : format === "html" ? "html" : "csv"}`,
    mimeType: "text/plain",
    content: "Code,Value\n11.6.2,42.5\n",
    description: `The scores as ${format}.`,
  };
}

function selfTestReport(): SelfTestReport {
  const ranAt = new Date("2026-03-01T10:00:00Z");
  const results = [
    {
      id: "values-formulas",
      title: "Values are read back",
      status: "passed",
      detail: "As written.",
    },
    { id: "protected-sheet", title: "Protection", status: "needs-excel", detail: "Only Excel." },
  ] as const;
  return {
    ranAt,
    diagnostics: PREVIEW_DIAGNOSTICS,
    results,
    cleanup: [],
    summary: summaryLine(results),
    text: reportText(ranAt, PREVIEW_DIAGNOSTICS, results, []),
  };
}

const workflows: PaneWorkflows = {
  environment: "preview",
  status: () =>
    answer("status", null, null, () => ({
      sheets: workbook.sheets.map((sheet) => ({
        name: sheet.name,
        owned: sheet.name === "Scoreboard",
      })),
      isAssessment: true,
      partnershipName: sample.partnership.name,
      cities: sample.partnership.cities,
      hasScoreboard: true,
      hasPreviousScoreboard: harness.hasPreviousScoreboard,
    })),
  loadSample: (progress) =>
    answer("loadSample", null, progress, () => ({
      sheets: [{ planned: "About", written: "About", replaced: false }],
      notes: [],
    })),
  createAssessment: (options, progress) =>
    answer("createAssessment", options, progress, () => ({
      sheets: [{ planned: "About", written: "About (2)", replaced: false }],
      notes: ["Your sheet About was kept; the new one is About (2)."],
    })),
  // The file's bytes are recorded as their text, which the tests compare with what they chose.
  importAnswers: (file, progress) =>
    answer("importAnswers", new TextDecoder().decode(file), progress, () => ({
      respondentsAdded: ["Ana"],
      answersWritten: 3,
      rejected: [{ line: 4, message: "the item ID ZZ9 is not in the checklist" }],
      notes: ["Refresh the scoreboard to score the new answers."],
    })),
  questionnaire: (languages, progress) =>
    answer("questionnaire", languages, progress, () => ({
      file: {
        kind: "file" as const,
        fileName: "Lyon–Rabat questionnaire.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        content: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
        description: "An XLSForm with 57 items in 10 principle groups.",
      },
      notes: ["Untranslated: X1 keeps the workbook's own wording in every language."],
    })),
  selfTest: (progress) => answer("selfTest", null, progress, () => selfTestReport()),
  validate: (progress) =>
    answer("validate", null, progress, () => ({
      problems: harness.noProblems
        ? []
        : [
            {
              address: "Data!B3",
              message: 'the text "about twelve" is not a number',
              severity: "warning" as const,
            },
            { address: "Data!C2", message: "an unexpected note", severity: "warning" as const },
            {
              address: "Old sheet!A1",
              message: "a sheet the user deleted since",
              severity: "warning" as const,
            },
          ],
      checkedItems: 57,
      checkedIndicatorRows: 2,
    })),
  select: (address) => answer("select", address, null, () => workbook.selectRange(address)),
  refresh: (progress) =>
    answer("refresh", null, progress, () => ({
      sheets: [{ planned: "Scoreboard", written: "Scoreboard", replaced: true }],
      notes: [],
      keptPrevious: "Scoreboard (previous)",
      scores,
      problems: [],
    })),
  compareCandidates: () => answer("compareCandidates", null, null, () => sample.partnership.cities),
  compare: (units) => answer("compare", units ?? null, null, () => comparison.value),
  stakeholders: () => answer("stakeholders", null, null, () => stakeholderView(sample, scores)),
  publish: (format, progress) => answer("publish", format, progress, () => published(format)),
  weakSpots: () =>
    answer("weakSpots", null, null, () => [
      { target: "FIN", label: "FIN Financing", detail: "2.08 of 5 (Developing)" },
    ]),
  addAction: (action) =>
    answer("addAction", action, null, () => ({ id: "A7", address: "Data!C2" })),
  readSettings: () =>
    answer("readSettings", null, null, () => ({
      settings: DEFAULT_SETTINGS,
      problems: [],
      editable: true,
    })),
  writeSettings: (settings) => answer("writeSettings", settings, null, () => undefined),
};

const root = document.getElementById("root");
if (root === null) throw new Error("the harness page has no #root");
createRoot(root).render(
  <App
    workflows={workflows}
    dark={new URLSearchParams(window.location.search).has("dark")}
    previewWorkbook={workbook}
    notices={[]}
    catalogueVersion={CATALOGUE_VERSION}
    principles={catalogue.principles}
    functions={FUNCTION_GUIDE}
  />,
);
