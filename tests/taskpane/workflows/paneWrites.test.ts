// What the pane writes beside the user's content: a new assessment under free sheet names whose
// formulas still read the new sheets, refusals that change nothing, the user's "Scoreboard
// (previous)" left alone, the Excel environment's live dialect and new workbook, and a programme
// workbook's partnerships compared.

import JSZip from "jszip";
import { scoreAssessment } from "../../../src/engine/assessment";
import { pilotProgramme } from "../../../src/engine/demo";
import { SHEETS } from "../../../src/engine/model/contract";
import { consolidate, programmePlan, summarisePartnership } from "../../../src/engine/programme";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { createPaneSession } from "../../../src/taskpane/workflows/paneSession";
import type { NewAssessmentOptions } from "../../../src/engine/templates";
import {
  assessmentOf,
  expectProgressed,
  formulasOutside,
  NOW,
  progressLog,
  recordingHost,
} from "./paneFixtures";

const OPTIONS: NewAssessmentOptions = {
  partnershipName: "Lyon–Rabat",
  cities: ["Lyon", "Rabat"],
  years: [2023, 2024],
  list: "simplified",
  respondents: ["Ana", "Youssef", "Claire"],
};

function snapshot(host: MemoryWorkbook): unknown {
  return host.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.cells.entries()],
    tables: sheet.tables.map((table) => table.name),
  }));
}

describe("createAssessment", () => {
  it("writes beside the user's sheets under free names, and its formulas read the new sheets", async () => {
    const host = MemoryWorkbook.fromSheets({
      Checklist: [["my own checklist"]],
      About: [["about us"]],
    });
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    const log = progressLog();
    const result = await pane.createAssessment(OPTIONS, log.report);
    expectProgressed(log);
    expect(result.notes).toEqual([
      'Your sheet "About" was kept; the new one is "About (2)".',
      'Your sheet "Checklist" was kept; the new one is "Checklist (2)".',
    ]);
    expect(result.sheets.find((sheet) => sheet.planned === "Checklist")?.written).toBe(
      "Checklist (2)",
    );
    expect(host.value("Checklist", "A1")).toBe("my own checklist");
    expect(host.value("About", "A1")).toBe("about us");
    expect(host.sheet("Checklist")!.cells.size).toBe(1);

    const formulas = formulasOutside(host, ["Checklist", "About"]);
    // No formula of the new sheets reads the user's Checklist or About.
    expect(
      formulas.filter((formula) => /(^|[^'A-Za-z0-9_.])(Checklist|About)!/.test(formula)),
    ).toEqual([]);
    expect(formulas.some((formula) => formula.includes("'Checklist (2)'!"))).toBe(true);

    const status = await pane.status();
    expect(status.partnershipName).toBe("Lyon–Rabat");
    expect(status.cities).toEqual(["Lyon", "Rabat"]);
    // The new assessment refreshes like any other.
    const refreshed = await pane.refresh(() => undefined);
    expect(refreshed.keptPrevious).toBe(SHEETS.previousScoreboard);
    expect(
      formulasOutside(host, ["Checklist", "About"]).filter((formula) =>
        /(^|[^'A-Za-z0-9_.])Checklist!/.test(formula),
      ),
    ).toEqual([]);
  });

  it("refuses a second assessment in the same workbook, and bad options, changing nothing", async () => {
    const host = MemoryWorkbook.empty();
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    await pane.createAssessment(OPTIONS, () => undefined);
    const before = snapshot(host);
    await expect(pane.loadSample(() => undefined)).rejects.toThrow(
      /already holds an assessment; nothing was written/,
    );
    await expect(
      pane.createAssessment({ ...OPTIONS, cities: ["Lyon"] }, () => undefined),
    ).rejects.toThrow("a partnership has two or more partner cities");
    expect(snapshot(host)).toEqual(before);
  });
});

describe("refresh next to the user's sheets", () => {
  it("never touches a user sheet called Scoreboard (previous)", async () => {
    const host = MemoryWorkbook.fromSheets({
      [SHEETS.previousScoreboard]: [["my notes on last year's board"]],
    });
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    await pane.loadSample(() => undefined);
    for (let run = 0; run < 2; run++) {
      const result = await pane.refresh(() => undefined);
      expect(result.keptPrevious).toBeNull();
      expect(result.notes).toEqual([
        `Your sheet "${SHEETS.previousScoreboard}" was left as it is, so the former scoreboard was not kept this time.`,
      ]);
    }
    expect(host.sheet(SHEETS.previousScoreboard)!.cells.size).toBe(1);
    expect(host.value(SHEETS.previousScoreboard, "A1")).toBe("my notes on last year's board");
    expect(
      (await host.listSheets()).find((sheet) => sheet.name === SHEETS.previousScoreboard)?.owned,
    ).toBe(false);
    expect(
      host.sheets
        .filter((sheet) => sheet.name.startsWith("Scoreboard"))
        .map((sheet) => sheet.name)
        .sort(),
    ).toEqual([SHEETS.scoreboard, SHEETS.previousScoreboard].sort());
  });

  it("refuses to rebuild into a user sheet called Scoreboard", async () => {
    const host = MemoryWorkbook.fromSheets({ [SHEETS.scoreboard]: [["mine"]] });
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    const created = await pane.loadSample(() => undefined);
    expect(created.notes).toEqual([
      'Your sheet "Scoreboard" was kept; the new one is "Scoreboard (2)".',
    ]);
    const before = snapshot(host);
    await expect(pane.refresh(() => undefined)).rejects.toThrow(
      /"Scoreboard" is one of yours .* nothing was changed/,
    );
    expect(snapshot(host)).toEqual(before);
  });
});

describe("inside Excel", () => {
  it("writes live C2C formulas and opens the values-only copy as a new workbook", async () => {
    const memory = MemoryWorkbook.empty();
    const { host, applied } = recordingHost(memory);
    const opened: string[] = [];
    const pane = createPaneSession(host, {
      environment: "excel",
      now: () => NOW,
      openWorkbook: (base64) => {
        opened.push(base64);
        return Promise.resolve();
      },
    });
    expect(pane.environment).toBe("excel");
    await pane.loadSample(() => undefined);
    await pane.refresh(() => undefined);
    expect(applied.map((entry) => entry.options)).toEqual([
      { dialect: "live", existingSheet: "pick-free-name" },
      // The refresh asks the apply to keep the former Scoreboard as "Scoreboard (previous)".
      { dialect: "live", existingSheet: "replace-owned", keepPrevious: true },
    ]);
    const boardFormulas = [...memory.sheet(SHEETS.scoreboard)!.cells.values()].flatMap((cell) =>
      cell.formula === undefined ? [] : [cell.formula],
    );
    expect(boardFormulas.length).toBeGreaterThan(50);
    expect(boardFormulas.some((formula) => formula.includes("C2C."))).toBe(true);

    const log = progressLog();
    const result = await pane.publish("workbook", log.report);
    expectProgressed(log);
    expect(result.kind).toBe("opened-workbook");
    expect(opened).toHaveLength(1);
    const zip = await JSZip.loadAsync(Buffer.from(opened[0]!, "base64"));
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml"]),
    );
  });

  it("turns the runner's portable formulas into live ones on refresh", async () => {
    const memory = MemoryWorkbook.empty();
    await createPaneSession(memory, { environment: "preview", now: () => NOW }).loadSample(
      () => undefined,
    );
    const checklistFormulas = (): string[] =>
      [...memory.sheet("Checklist")!.cells.values()].flatMap((cell) =>
        cell.formula === undefined ? [] : [cell.formula],
      );
    expect(checklistFormulas().length).toBeGreaterThan(0);
    expect(checklistFormulas().filter((formula) => formula.includes("C2C."))).toEqual([]);
    await createPaneSession(memory, { environment: "excel", now: () => NOW }).refresh(
      () => undefined,
    );
    // Every item's Item score is now the add-in's function.
    expect(checklistFormulas().filter((formula) => formula.includes("C2C.ITEMSCORE"))).toHaveLength(
      (await assessmentOf(memory)).checklist.length,
    );
  });
});

describe("compare in a programme workbook", () => {
  it("compares the partnerships of its C2C_Programme table", async () => {
    const pilot = pilotProgramme().slice(0, 4);
    const summaries = pilot.map((assessment, index) =>
      summarisePartnership(`pilot-${index + 1}.xlsx`, assessment, scoreAssessment(assessment)),
    );
    const { programme } = consolidate(summaries, { force: false });
    const host = MemoryWorkbook.empty();
    await host.applyPlan(
      programmePlan(programme!, { stamp: { generatedOn: "2026-03-01" }, sampleData: true }),
      { dialect: "portable", existingSheet: "fail" },
    );
    const comparison = await createPaneSession(host, {
      environment: "preview",
      now: () => NOW,
    }).compare();
    expect(comparison.kind).toBe("partnerships");
    expect(comparison.units.map((unit) => unit.name)).toEqual(
      summaries.map((summary) => summary.name),
    );
    const alignment = comparison.rows.find((row) => row.kind === "alignment")!;
    // The programme table keeps two decimals of each alignment.
    summaries.forEach((summary, index) => {
      expect(alignment.scores[index]).toBeCloseTo(summary.alignment!, 2);
    });
    expect(comparison.peerStatistics).toBe(true);
  });

  it("compares the partnerships the user picks out of a programme larger than ten, in the order picked", async () => {
    const pilot = pilotProgramme().slice(0, 12);
    const summaries = pilot.map((assessment, index) =>
      summarisePartnership(`pilot-${index + 1}.xlsx`, assessment, scoreAssessment(assessment)),
    );
    const { programme } = consolidate(summaries, { force: false });
    const host = MemoryWorkbook.empty();
    await host.applyPlan(
      programmePlan(programme!, { stamp: { generatedOn: "2026-03-01" }, sampleData: true }),
      { dialect: "portable", existingSheet: "fail" },
    );
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    expect(await pane.compareCandidates()).toEqual(summaries.map((summary) => summary.name));
    await expect(pane.compare()).rejects.toThrow(/up to 10/);
    const picked = [summaries[11]!.name, summaries[2]!.name.toUpperCase()];
    const comparison = await pane.compare(picked);
    expect(comparison.units.map((unit) => unit.name)).toEqual([
      summaries[11]!.name,
      summaries[2]!.name,
    ]);
    expect(comparison.peerStatistics).toBe(false);
    await expect(pane.compare(["Atlantis–Lemuria"])).rejects.toThrow(/is not one of the units/);
  });
});

describe("publishing a French workbook", () => {
  it("names where the results come from in the workbook's language, whatever the pane's", async () => {
    const host = MemoryWorkbook.fromSheets({});
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    await pane.createAssessment({ ...OPTIONS, language: "fr" }, () => undefined);
    const published = await pane.publish("json", () => undefined);
    if (published.kind !== "file" || typeof published.content !== "string")
      throw new Error("the JSON was not offered as a text file");
    const json = JSON.parse(published.content) as { source: string };
    expect(json.source).toBe("Lyon–Rabat (l'aperçu du volet dans le navigateur)");
  });
});
