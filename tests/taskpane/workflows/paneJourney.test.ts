// The pane's whole journey over the memory host (the browser preview's host): load the sample,
// validate planted problems, refresh twice, compare, publish every format, add an action, change
// the settings and import answers — each result checked against the engine computed apart.

import ExcelJS from "exceljs";
import { scoreAssessment } from "../../../src/engine/assessment";
import type { AssessmentScores } from "../../../src/engine/assessment/types";
import { CATALOGUE_VERSION } from "../../../src/engine/catalogue";
import { samplePartnership } from "../../../src/engine/demo";
import { SHEETS, TABLES } from "../../../src/engine/model/contract";
import type { Assessment } from "../../../src/engine/model/types";
import { parseSheetRange } from "../../../src/engine/plan/address";
import { openSdgCsv } from "../../../src/engine/publish/openSdg";
import { reportHtml } from "../../../src/engine/publish/html/reportHtml";
import { PRODUCT_NAME, PRODUCT_VERSION } from "../../../src/engine/templates";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { reportCsv } from "../../../src/engine/publish/report/reportCsv";
import { reportJson } from "../../../src/engine/publish/report/reportJson";
import { createPaneSession } from "../../../src/taskpane/workflows/paneSession";
import type { PaneWorkflows } from "../../../src/taskpane/workflows/types";
import {
  assessmentOf,
  expectProgressed,
  NOW,
  progressLog,
  rowLabelled,
  rowNumberLabelled,
  sheetRows,
  tablesOf,
} from "./paneFixtures";

const SAMPLE = samplePartnership();
const NAME = SAMPLE.partnership.name;

async function sampleSession(): Promise<{ host: MemoryWorkbook; pane: PaneWorkflows }> {
  const host = MemoryWorkbook.empty();
  const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
  await pane.loadSample(() => undefined);
  return { host, pane };
}

/** The principle and per-city goal figures the Scoreboard sheet shows, checked against the scores. */
function expectScoreboardShows(
  host: MemoryWorkbook,
  sheet: string,
  scores: AssessmentScores,
): void {
  const rows = sheetRows(host, sheet);
  for (const principle of scores.principles) {
    const row = rowLabelled(rows, principle.principle)!;
    if (principle.score === null) expect(["", null]).toContain(row[2] ?? null);
    else expect(row[2]).toBeCloseTo(principle.score, 9);
  }
  expect(rowLabelled(rows, "Overall")![2]).toBeCloseTo(scores.alignment.score!, 9);
  for (const city of scores.cities) {
    const heading = rowNumberLabelled(rows, `SDG profile — ${city.city} (${city.latestYear})`)!;
    for (const goal of city.goals) {
      const value = rowLabelled(rows, `SDG ${goal.goal}`, heading)![2];
      // A goal without an index shows an empty cell (its formula gives "").
      if (goal.latest.index === null) expect(["", null]).toContain(value ?? null);
      else expect(value).toBeCloseTo(goal.latest.index, 9);
    }
    expect(rowLabelled(rows, "All goals", heading)![2]).toBeCloseTo(city.overall.index!, 9);
  }
}

describe("a pane session over the memory host", () => {
  let host: MemoryWorkbook;
  let pane: PaneWorkflows;
  let checklistCell: string;
  let indicatorCell: string;

  beforeAll(() => {
    host = MemoryWorkbook.empty();
    pane = createPaneSession(host, { environment: "preview", now: () => NOW });
  });

  it("sees an empty workbook as no assessment", async () => {
    const status = await pane.status();
    expect(status).toEqual({
      sheets: [],
      isAssessment: false,
      partnershipName: null,
      cities: [],
      hasScoreboard: false,
      hasPreviousScoreboard: false,
    });
    await expect(pane.refresh(() => undefined)).rejects.toThrow(
      "This workbook has no assessment to score",
    );
  });

  it("loads the sample partnership, labelled SAMPLE DATA, as the demo writes it", async () => {
    const log = progressLog();
    const result = await pane.loadSample(log.report);
    expectProgressed(log);
    expect(result.notes).toEqual([]);
    expect(result.sheets.map((sheet) => sheet.written)).toEqual([
      "About",
      "Settings",
      "Checklist",
      "Stakeholders",
      "Indicators",
      "Actions",
      "Scoreboard",
    ]);
    const status = await pane.status();
    expect(status.partnershipName).toBe(NAME);
    expect(NAME).toContain("SAMPLE DATA");
    expect(status.cities).toEqual(SAMPLE.partnership.cities);
    expect(status.isAssessment).toBe(true);
    expect(status.hasScoreboard).toBe(true);
    const read = await assessmentOf(host);
    expect(read.checklist.map((item) => item.answers)).toEqual(
      SAMPLE.checklist.map((item) => item.answers),
    );
    expect(read.indicators.map((row) => row.value)).toEqual(
      SAMPLE.indicators.map((row) => row.value),
    );
    // Stamped as the runner stamps what it writes.
    expect(await host.readAddinData()).toMatchObject({
      catalogueVersion: CATALOGUE_VERSION,
      generatedOn: "2026-03-01",
    });
  });

  it("lists planted problems with their cells, in sheet order, and selects them", async () => {
    const tables = await tablesOf(host);
    const checklist = tables[TABLES.checklist]!;
    const indicators = tables[TABLES.indicators]!;
    const valueColumn = indicators.columns.findIndex((column) => column.key === "value");
    checklistCell = checklist.rows[4]!.cells[3]!.address;
    indicatorCell = indicators.rows[2]!.cells[valueColumn]!.address;
    // Planted in reverse sheet order: the list must still come back in sheet order.
    const indicatorAt = parseSheetRange(indicatorCell)!;
    host.setCell(indicatorAt.sheet, indicatorCell.split("!")[1]!, "about forty");
    host.setCell("Checklist", checklistCell.split("!")[1]!, 7);

    const log = progressLog();
    const result = await pane.validate(log.report);
    expectProgressed(log);
    const addresses = result.problems.map((problem) => problem.address);
    expect(addresses).toContain(checklistCell);
    expect(addresses).toContain(indicatorCell);
    expect(addresses.indexOf(checklistCell)).toBeLessThan(addresses.indexOf(indicatorCell));
    expect(result.problems.find((problem) => problem.address === checklistCell)?.message).toMatch(
      /7/,
    );
    expect(result.problems.find((problem) => problem.address === indicatorCell)?.message).toMatch(
      /about forty/,
    );
    expect(result.checkedItems).toBe(SAMPLE.checklist.length);
    expect(result.checkedIndicatorRows).toBe(SAMPLE.indicators.length);

    expect(await pane.select(indicatorCell)).toBe(true);
    expect(host.selection).toEqual({
      sheet: indicatorAt.sheet,
      range: indicatorCell.split("!")[1],
    });
    expect(await pane.select("Nowhere!A1")).toBe(false);
  });

  it("refreshes: the Scoreboard shows scoreAssessment's numbers, the former one kept as Scoreboard (previous)", async () => {
    const expected = scoreAssessment(await assessmentOf(host));
    const before = sheetRows(host, SHEETS.scoreboard);
    const log = progressLog();
    const result = await pane.refresh(log.report);
    expectProgressed(log);
    expect(result.keptPrevious).toBe(SHEETS.previousScoreboard);
    expect(result.problems.map((problem) => problem.address)).toEqual(
      expect.arrayContaining([checklistCell, indicatorCell]),
    );
    expect(result.scores.alignment.score).toBeCloseTo(expected.alignment.score!, 12);
    expectScoreboardShows(host, SHEETS.scoreboard, expected);
    // The kept sheet is the Scoreboard the sample was written with, before the planted problems.
    expect(sheetRows(host, SHEETS.previousScoreboard)).toEqual(before);
    // The planted answer changed the Territorial approach's score: the rebuilt board differs.
    expect(rowLabelled(sheetRows(host, SHEETS.scoreboard), "TA")![2]).not.toBe(
      rowLabelled(before, "TA")![2],
    );
    const status = await pane.status();
    expect(status.hasPreviousScoreboard).toBe(true);
    expect(
      status.sheets
        .filter((sheet) => sheet.owned)
        .map((sheet) => sheet.name)
        .sort(),
    ).toEqual([SHEETS.scoreboard, SHEETS.previousScoreboard].sort());
  });

  it("keeps one Scoreboard (previous) on the second refresh: the board the first refresh built", async () => {
    const first = sheetRows(host, SHEETS.scoreboard);
    const result = await pane.refresh(() => undefined);
    expect(result.keptPrevious).toBe(SHEETS.previousScoreboard);
    expect(sheetRows(host, SHEETS.previousScoreboard)).toEqual(first);
    expect(
      host.sheets
        .filter((sheet) => sheet.name.startsWith("Scoreboard"))
        .map((sheet) => sheet.name)
        .sort(),
    ).toEqual([SHEETS.scoreboard, SHEETS.previousScoreboard].sort());
  });

  it("compares the partner cities with the engine's overall indices", async () => {
    const scores = scoreAssessment(await assessmentOf(host));
    const comparison = await pane.compare();
    expect(comparison.kind).toBe("cities");
    expect(comparison.units.map((unit) => unit.name)).toEqual(SAMPLE.partnership.cities);
    const sdgIndex = comparison.rows.find((row) => row.kind === "sdg-index")!;
    SAMPLE.partnership.cities.forEach((city, index) => {
      expect(sdgIndex.scores[index]).toBeCloseTo(
        scores.cities.find((table) => table.city === city)!.overall.index!,
        9,
      );
    });
  });

  it("offers the partner cities as the units to compare, and compares them in the order picked", async () => {
    expect(await pane.compareCandidates()).toEqual(SAMPLE.partnership.cities);
    const reversed = [...SAMPLE.partnership.cities].reverse();
    const comparison = await pane.compare(reversed);
    expect(comparison.units.map((unit) => unit.name)).toEqual(reversed);
  });

  it("shows the stakeholder view of the sample's respondents", async () => {
    const view = await pane.stakeholders();
    expect(view.representation.respondents).toBe(SAMPLE.respondents.length);
    expect(view.minimumGroupSize).toBe(3);
  });
});

describe("publishing the sample", () => {
  let host: MemoryWorkbook;
  let pane: PaneWorkflows;
  let assessment: Assessment;
  let scores: AssessmentScores;
  const provenance = {
    source: `${NAME} (the task pane's browser preview)`,
    product: `${PRODUCT_NAME} ${PRODUCT_VERSION}`,
    catalogueVersion: CATALOGUE_VERSION,
    generatedAt: NOW.toISOString(),
  };

  beforeAll(async () => {
    ({ host, pane } = await sampleSession());
    assessment = await assessmentOf(host);
    scores = scoreAssessment(assessment);
  });

  it.each([
    ["html", "report.html", "text/html"],
    ["csv", "scores.csv", "text/csv"],
    ["open-sdg", "open-sdg.csv", "text/csv"],
    ["json", "scores.json", "application/json"],
  ] as const)(
    "gives %s as a file named after the partnership",
    async (format, suffix, mimeType) => {
      const log = progressLog();
      const result = await pane.publish(format, log.report);
      expectProgressed(log);
      if (result.kind !== "file") throw new Error("expected a file");
      expect(result.fileName).toBe(`${NAME} ${suffix}`);
      expect(result.mimeType).toBe(mimeType);
      expect(result.description.length).toBeGreaterThan(20);
    },
  );

  it("builds each text with the functions c2c report uses", async () => {
    const content = async (format: "html" | "csv" | "open-sdg" | "json"): Promise<string> => {
      const result = await pane.publish(format, () => undefined);
      if (result.kind !== "file" || typeof result.content !== "string")
        throw new Error("expected text");
      return result.content;
    };
    expect(await content("html")).toBe(
      reportHtml({ provenance, assessment, scores, problems: scores.problems }),
    );
    expect(await content("csv")).toBe(reportCsv(scores));
    expect(await content("open-sdg")).toBe(openSdgCsv(scores));
    const json = JSON.parse(await content("json")) as {
      partnership: { name: string };
      scores: { alignment: { score: number } };
      generatedAt: string;
    };
    expect(await content("json")).toBe(reportJson(provenance, assessment, scores, scores.problems));
    expect(json.partnership.name).toBe(NAME);
    expect(json.scores.alignment.score).toBeCloseTo(scores.alignment.score!, 12);
    expect(json.generatedAt).toBe(NOW.toISOString());
  });

  it("gives the values-only workbook as a file in the preview: Scoreboard, checklist without answers, indicators", async () => {
    const result = await pane.publish("workbook", () => undefined);
    if (result.kind !== "file" || typeof result.content === "string")
      throw new Error("expected bytes");
    expect(result.fileName).toBe(`${NAME} values.xlsx`);
    expect(result.mimeType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.content) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Scoreboard",
      "Checklist",
      "Indicators",
    ]);
    const board = workbook.getWorksheet("Scoreboard")!;
    const taRow = board.getColumn("A").values.indexOf("TA");
    expect(board.getCell(`C${taRow}`).value).toBeCloseTo(scores.principles[0]!.score!, 12);
    expect(board.getCell(`C${taRow}`).formula).toBeUndefined();

    const checklist = workbook.getWorksheet("Checklist")!;
    expect((checklist.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Principle",
      "Item ID",
      "Item",
      "Item score",
      "Spread",
      "Contested",
      "Evidence",
    ]);
    scores.items.slice(0, 10).forEach((item, index) => {
      expect(checklist.getCell(`B${index + 2}`).value).toBe(item.itemId);
      if (typeof item.score === "number")
        expect(checklist.getCell(`D${index + 2}`).value).toBeCloseTo(item.score, 12);
      else expect(checklist.getCell(`D${index + 2}`).value).toBe(item.score);
    });
    for (const respondent of SAMPLE.respondents)
      expect(JSON.stringify(checklist.getRow(1).values)).not.toContain(respondent.name);

    const indicators = workbook.getWorksheet("Indicators")!;
    const headers = (indicators.getRow(1).values as unknown[]).slice(1);
    const scoreColumn = headers.indexOf("Score") + 1;
    scores.indicators.forEach((row, index) => {
      const cell = indicators.getCell(index + 2, scoreColumn).value;
      if (row.score === null) expect(cell).toBeNull();
      else expect(cell).toBeCloseTo(row.score, 9);
    });
  });

  it("keeps items backed by fewer answers than the minimum group size out of the values-only workbook", async () => {
    const settings = (await pane.readSettings()).settings;
    // More than the sample's respondents: no item is backed by enough answers.
    await pane.writeSettings({ ...settings, minimumGroupSize: SAMPLE.respondents.length + 1 });
    const result = await pane.publish("workbook", () => undefined);
    if (result.kind !== "file" || typeof result.content === "string")
      throw new Error("expected bytes");
    expect(result.description).toContain(
      `fewer than ${SAMPLE.respondents.length + 1} people answered`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.content) as unknown as ArrayBuffer);
    const checklist = workbook.getWorksheet("Checklist")!;
    expect((checklist.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Principle",
      "Item ID",
      "Item",
      "Item score",
      "Spread",
      "Contested",
      "Evidence",
      "Not published",
    ]);
    const answered = scores.items.filter((item) => item.score !== null);
    expect(answered.length).toBeGreaterThan(40);
    for (const item of answered) {
      const row = scores.items.indexOf(item) + 2;
      expect(checklist.getCell(`B${row}`).value).toBe(item.itemId);
      expect([
        checklist.getCell(`D${row}`).value,
        checklist.getCell(`E${row}`).value,
        checklist.getCell(`F${row}`).value,
      ]).toEqual([null, null, null]);
      expect(checklist.getCell(`H${row}`).value).toMatch(
        /not published, to keep single answers private/,
      );
    }
  });
});
