// The self-test workflow against the memory host (the browser preview) and against the recording
// Office.js fake through the real ExcelHost (live C2C formulas computed by the functions registry).

import { ENGLISH_PANE_TEXTS } from "../../../src/taskpane/texts/paneTexts";
import { MemoryScratch } from "../../../src/host/memory/memoryScratch";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { ExcelScratch } from "../../../src/host/excel/excelScratch";
import { PREVIEW_DIAGNOSTICS } from "../../../src/taskpane/excelDiagnostics";
import { createPaneSession } from "../../../src/taskpane/workflows/paneSession";
import { SELF_TEST_CHECKS } from "../../../src/taskpane/workflows/selfTest/checkList";
import { valuesAndFormulas } from "../../../src/taskpane/workflows/selfTest/cellChecks";
import { runSelfTest } from "../../../src/taskpane/workflows/selfTest/runSelfTest";
import type {
  ExcelDiagnostics,
  SelfTestCheck,
} from "../../../src/taskpane/workflows/selfTest/types";
import { sessionContext } from "../../../src/taskpane/workflows/sessionContext";
import { hostOverFake } from "../../host/excel/hostOverFake";
import { callC2c } from "../../engine/formula/liveEvaluator";
import { NOW, progressLog } from "./paneFixtures";

const EXCEL_DIAGNOSTICS: ExcelDiagnostics = {
  platform: "OfficeOnline",
  version: "16.0.18025.20160",
  requirementSets: ["ExcelApi 1.1–1.9"],
};

function previewSession(workbook: MemoryWorkbook) {
  return createPaneSession(workbook, {
    environment: "preview",
    now: () => NOW,
    selfTest: { scratch: new MemoryScratch(workbook), diagnostics: () => PREVIEW_DIAGNOSTICS },
  });
}

describe("the self-test in the browser preview (memory host and functions module)", () => {
  it("passes every check that runs without Excel and lists the others as needing Excel", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    const log = progressLog();
    const report = await previewSession(workbook).selfTest(log.report);

    const statuses = Object.fromEntries(report.results.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({
      "values-formulas": "passed",
      "live-score": "passed",
      "itemscore-blanks": "passed",
      "table-growth": "passed",
      "calculated-column": "needs-excel",
      "protected-sheet": "needs-excel",
      names: "passed",
      chart: "passed",
      "large-text": "passed",
      selection: "passed",
    });
    expect(report.summary).toBe("Self-test: 8 of 8 checks passed");
    for (const check of SELF_TEST_CHECKS)
      expect(report.text).toContain(ENGLISH_PANE_TEXTS.t(check.title));
    expect(report.text).toContain(
      "Application: Browser preview, no Excel: the in-memory workbook and the functions module stand in for it",
    );
    expect(report.text).toContain("(2 more need Excel and did not run here)");
    expect(log.steps.at(-1)?.done).toBe(1);
  });

  it("removes its scratch sheets and names and leaves the user's sheet as it was", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    await previewSession(workbook).selfTest(progressLog().report);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(workbook.names).toEqual([]);
    expect(workbook.value("Sheet1", "A1")).toBe("mine");
  });

  it("removes the scratch sheets of an earlier run that stopped halfway, and no other sheet", async () => {
    const workbook = MemoryWorkbook.fromSheets({
      Sheet1: [["mine"]],
      "C2C self-test 1": [["left over"]],
      "C2C self-test notes": [["the user's"]],
    });
    const report = await previewSession(workbook).selfTest(progressLog().report);
    expect(report.results.find((r) => r.id === "values-formulas")?.status).toBe("passed");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "C2C self-test notes"]);
  });

  it("reports a check that throws as failed in words, runs the rest and still cleans up", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    const throwing: SelfTestCheck = {
      id: "throws",
      // Any key serves as the title: the check is made up for the test.
      title: "check.valuesFormulas",
      run: (bench) => {
        bench.scratchSheet("C2C self-test 1");
        return Promise.reject(new Error("the host went away"));
      },
    };
    const report = await runSelfTest(
      sessionContext(workbook, { environment: "preview", now: () => NOW }),
      {
        scratch: new MemoryScratch(workbook),
        diagnostics: () => PREVIEW_DIAGNOSTICS,
        checks: [throwing, valuesAndFormulas],
      },
      progressLog().report,
    );
    expect(report.results.map((r) => [r.id, r.status, r.detail])).toEqual([
      ["throws", "failed", "It stopped with an error: The host went away."],
      ["values-formulas", "passed", expect.any(String)],
    ]);
    expect(report.summary).toBe("Self-test: 1 of 2 checks passed");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });
});

describe("the self-test inside Excel (the recording Office.js fake through ExcelHost)", () => {
  async function excelRun(apiVersion = "1.15") {
    const { host, fake } = hostOverFake({ apiVersion, custom: callC2c });
    fake.addSheet("Sheet1", [["mine"]]);
    const session = createPaneSession(host, {
      environment: "excel",
      now: () => NOW,
      selfTest: { scratch: new ExcelScratch(fake.run), diagnostics: () => EXCEL_DIAGNOSTICS },
    });
    const report = await session.selfTest(progressLog().report);
    return { report, fake };
  }

  it("runs every check, with the live formulas computed and read back", async () => {
    const { report } = await excelRun();
    const byId = new Map(report.results.map((r) => [r.id, r]));
    expect(report.results.every((r) => r.status !== "needs-excel")).toBe(true);
    for (const id of ["values-formulas", "live-score", "itemscore-blanks", "names", "chart"])
      expect([id, byId.get(id)?.status]).toEqual([id, "passed"]);
    for (const id of ["large-text", "selection", "table-growth"]) {
      expect([id, byId.get(id)?.status]).toEqual([id, "passed"]);
    }
    expect(byId.get("live-score")?.detail).toContain("then the number 75");
    const megabytes = Number(/^([\d.]+) MB/.exec(byId.get("large-text")?.detail ?? "")?.[1]);
    expect(megabytes).toBeGreaterThan(1);
    // Issue 16's findings 3 and 5 (appended rows clear calculated columns; protection is checked
    // only for table growth) are the host's to fix; here both checks must have run in "Excel".
    for (const id of ["calculated-column", "protected-sheet"])
      expect(byId.get(id)?.status).not.toBe("needs-excel");
    expect(report.text).toContain("Excel on the web (OfficeOnline)");
    expect(report.text).toContain("Version: 16.0.18025.20160");
    expect(report.text).toContain("Requirement sets: ExcelApi 1.1–1.9");
    expect(report.summary).toMatch(/^Self-test: \d+ of 10 checks passed$/);
  });

  it("removes every scratch sheet and name from the workbook", async () => {
    const { fake } = await excelRun();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(fake.workbook.names).toEqual([]);
  });
});
