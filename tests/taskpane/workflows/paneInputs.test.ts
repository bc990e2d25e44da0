// What the pane lets the user type into the workbook: actions for the weak spots, the scoring
// settings, and a survey tool's answers — each written through a plan, read back through the
// engine's readers, and refused whole (nothing written) when it is wrong.

import { scoreAssessment } from "../../../src/engine/assessment";
import { samplePartnership } from "../../../src/engine/demo";
import { SHEETS } from "../../../src/engine/model/contract";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { REFRESH_NOTE } from "../../../src/taskpane/workflows/importAnswersWorkflow";
import { createPaneSession } from "../../../src/taskpane/workflows/paneSession";
import type { NewAction, PaneWorkflows } from "../../../src/taskpane/workflows/types";
import { assessmentOf, expectProgressed, NOW, progressLog, sheetRows } from "./paneFixtures";

const SAMPLE = samplePartnership();

async function session(
  kind: "sample" | "new",
): Promise<{ host: MemoryWorkbook; pane: PaneWorkflows }> {
  const host = MemoryWorkbook.empty();
  const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
  if (kind === "sample") await pane.loadSample(() => undefined);
  else
    await pane.createAssessment(
      {
        partnershipName: "Lyon–Rabat",
        cities: ["Lyon", "Rabat"],
        years: [2024],
        list: "simplified",
        respondents: ["Ana"],
      },
      () => undefined,
    );
  return { host, pane };
}

function snapshot(host: MemoryWorkbook): unknown {
  return host.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.cells.entries()],
    tables: sheet.tables.map((table) => [table.name, table.range]),
  }));
}

const FUNDING: NewAction = {
  target: "FIN",
  action: "Find co-funding for the water project",
  owner: "Ana",
  due: "2026-06",
  stakeholderInputAddressed: true,
};

describe("weak spots and actions", () => {
  it("offers the Scoreboard's priorities as weak spots", async () => {
    const { pane } = await session("sample");
    const { priorities } = scoreAssessment(SAMPLE);
    const spots = await pane.weakSpots();
    expect(spots.map((spot) => spot.target)).toEqual([
      ...priorities.principles.map((entry) => entry.principle),
      ...priorities.goals.map((entry) => `SDG ${entry.goal}`),
    ]);
    const weakest = priorities.principles[0]!;
    expect(spots[0]).toEqual({
      target: weakest.principle,
      label: `${weakest.principle} ${weakest.name}`,
      detail: `${weakest.score.toFixed(2)} of 5 (${weakest.band})`,
    });
    const goal = priorities.goals[0]!;
    expect(spots[priorities.principles.length]?.detail).toBe(
      `${goal.city} ${goal.year}: ${goal.index.toFixed(1)} (${goal.band})`,
    );
  });

  it("fills the first blank row of a new action plan with A1, then A2", async () => {
    const { host, pane } = await session("new");
    const first = await pane.addAction(FUNDING);
    expect(first).toEqual({ id: "A1", address: "Actions!B5" });
    const second = await pane.addAction({
      ...FUNDING,
      target: "SDG 6",
      action: "Map the informal water points",
      stakeholderInputAddressed: null,
    });
    expect(second).toEqual({ id: "A2", address: "Actions!B6" });
    const actions = (await assessmentOf(host)).actions;
    expect(
      actions.map((action) => [
        action.id,
        action.target,
        action.status,
        action.stakeholderInputAddressed,
        action.owner,
        action.due,
      ]),
    ).toEqual([
      ["A1", "FIN", "planned", true, "Ana", "2026-06"],
      ["A2", "SDG 6", "planned", null, "Ana", "2026-06"],
    ]);
  });

  it("appends to a full action plan, continuing its IDs", async () => {
    const { host, pane } = await session("sample");
    const highest = Math.max(...SAMPLE.actions.map((action) => Number(action.id.slice(1))));
    const added = await pane.addAction(FUNDING);
    expect(added.id).toBe(`A${highest + 1}`);
    const actions = (await assessmentOf(host)).actions;
    expect(actions).toHaveLength(SAMPLE.actions.length + 1);
    const last = actions.at(-1)!;
    expect([last.id, last.action, last.status]).toEqual([added.id, FUNDING.action, "planned"]);
    expect(added.address).toBe(`Actions!B${last.row}`);
  });

  it("refuses an action without text or with an unknown principle or goal, writing nothing", async () => {
    const { host, pane } = await session("new");
    const before = snapshot(host);
    await expect(pane.addAction({ ...FUNDING, target: "XYZ" })).rejects.toThrow(
      '"XYZ" names neither a principle (TA…DIG) nor an SDG',
    );
    await expect(pane.addAction({ ...FUNDING, action: "  " })).rejects.toThrow(
      "say what the action is",
    );
    expect(snapshot(host)).toEqual(before);
  });
});

describe("settings", () => {
  it("reads the Settings table and writes a changed Target year back into its Value cell", async () => {
    const { host, pane } = await session("sample");
    const state = await pane.readSettings();
    expect(state).toEqual({ settings: SAMPLE.settings, problems: [], editable: true });
    await pane.writeSettings({ ...state.settings, targetYear: 2035 });
    const reread = await pane.readSettings();
    expect(reread.settings).toEqual({ ...SAMPLE.settings, targetYear: 2035 });
    const targetRow = [...sheetRows(host, SHEETS.settings).values()].find(
      (row) => row[0] === "Target year",
    )!;
    expect(targetRow[1]).toBe(2035);
    // Refresh scores with it.
    expect((await pane.refresh(() => undefined)).scores.settings.targetYear).toBe(2035);
  });

  it("writes a changed DAC lens into its row, and the refreshed Scoreboard follows it", async () => {
    const { host, pane } = await session("sample");
    const state = await pane.readSettings();
    const lens = { ...state.settings.dacLens, relevance: ["TA", "SDG index"] as const };
    await pane.writeSettings({ ...state.settings, dacLens: lens });
    const row = [...sheetRows(host, SHEETS.settings).values()].find(
      (cells) => cells[0] === "DAC relevance",
    );
    expect(row?.[1]).toBe("TA, SDG index");
    const { scores } = await pane.refresh(() => undefined);
    const relevance = scores.dacCriteria.find((entry) => entry.criterion === "relevance");
    expect(relevance?.sources.map((entry) => entry.source)).toEqual(["TA", "SDG index"]);
    const board = [...sheetRows(host, SHEETS.scoreboard).values()].find(
      (cells) => cells[0] === "Relevance",
    );
    expect(board?.[1]).toBe("TA, SDG index");
    expect(board?.[2]).toBeCloseTo(relevance?.score ?? NaN, 9);
  });

  it("refuses invalid settings, listing every problem, and writes nothing", async () => {
    const { host, pane } = await session("sample");
    const before = snapshot(host);
    const wrong = { ...DEFAULT_SETTINGS, contestedThreshold: 9, targetYear: 2030.5 };
    await expect(pane.writeSettings(wrong)).rejects.toThrow(
      /not saved.*target year must be a whole year, not 2030\.5.*contested threshold must be a spread between 0 and 4, not 9/,
    );
    expect(snapshot(host)).toEqual(before);
  });

  it("says a workbook without a Settings table cannot be changed", async () => {
    const host = MemoryWorkbook.fromSheets({ Notes: [["nothing here"]] });
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    expect(await pane.readSettings()).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
      editable: false,
    });
    await expect(pane.writeSettings(DEFAULT_SETTINGS)).rejects.toThrow("no C2C_Settings table");
  });

  it("adds rows for settings a partial Settings table lacks", async () => {
    const host = MemoryWorkbook.fromSheets(
      {
        Settings: [
          ["Key", "Value"],
          ["Target year", 2030],
        ],
      },
      [{ name: "C2C_Settings", sheet: "Settings", range: "A1:B2" }],
    );
    const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
    const wanted = {
      ...DEFAULT_SETTINGS,
      targetYear: 2032,
      minimumGroupSize: 5,
      dacLens: { ...DEFAULT_SETTINGS.dacLens, impact: ["SDG index", "DATA"] as const },
    };
    await pane.writeSettings(wanted);
    expect((await pane.readSettings()).settings).toEqual(wanted);
    expect(host.value("Settings", "B2")).toBe(2032);
  });
});

describe("import answers", () => {
  it("adds a new respondent's answers, lists the rows it could not place, and leaves the Scoreboard for Refresh", async () => {
    const { host, pane } = await session("sample");
    const board = sheetRows(host, SHEETS.scoreboard);
    const csv = [
      "Respondent,Item ID,Answer,Group",
      "Zara Test,TA1,4,academia",
      "Zara Test,ZZ9,3,academia",
      "Zara Test,MLG1,n/a,academia",
      "",
    ].join("\n");
    const log = progressLog();
    const result = await pane.importAnswers(new TextEncoder().encode(csv), log.report);
    expectProgressed(log);
    expect(result.respondentsAdded).toEqual(["Zara Test"]);
    expect(result.answersWritten).toBe(2);
    expect(result.rejected.map((entry) => entry.line)).toEqual([3]);
    expect(result.notes).toContain(REFRESH_NOTE);
    const read = await assessmentOf(host);
    const zara = read.respondents.findIndex((respondent) => respondent.name === "Zara Test");
    expect(zara).toBeGreaterThanOrEqual(0);
    expect(read.respondents[zara]?.group).toBe("academia");
    expect(read.checklist.find((item) => item.itemId === "TA1")?.answers[zara]).toBe(4);
    expect(read.checklist.find((item) => item.itemId === "MLG1")?.answers[zara]).toBe("n/a");
    expect(sheetRows(host, SHEETS.scoreboard)).toEqual(board);
  });

  it("writes nothing for a file without usable rows", async () => {
    const { host, pane } = await session("sample");
    const before = snapshot(host);
    const result = await pane.importAnswers(
      new TextEncoder().encode("Respondent,Item ID,Answer\nZara Test,ZZ9,3\n"),
      () => undefined,
    );
    expect(result).toMatchObject({ respondentsAdded: [], answersWritten: 0, notes: [] });
    expect(result.rejected).toHaveLength(1);
    expect(snapshot(host)).toEqual(before);
  });
});
