// The Office.js host against the recording fake: what applyPlan writes (live formulas, styles,
// tables, validations, conditional formats, charts, names, panes, protection), how many syncs each
// operation makes, that no user sheet is ever overwritten, the "(previous)" copy kept on rebuild,
// settings on the hidden sheet, and the messages when Excel lacks an optional requirement set.

import { cellsOf, type Value } from "../../oracle/values";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { DEFAULT_BATCH_BUDGET_BYTES } from "../../../src/host/excel/batches";
import { MISSING_FEATURE_MESSAGES, ExcelVersionError } from "../../../src/host/excel/requirements";
import { PlanConflictError } from "../../../src/host/workbookHost";
import { MEAN_SCORE, PRINCIPLE_SCORES, samplePlan } from "../fixtures/samplePlan";
import type { FakeExcel } from "./fakeExcel";
import { hostOverFake } from "./hostOverFake";

const LIVE = { dialect: "live", existingSheet: "fail" } as const;

/**
 * Stand-ins for the add-in's functions in the fake's formulas: ITEMSCORE gives the score the plan
 * computed for B4 (its answers sheet is not in this workbook), ALIGNMENT with equal weights the mean.
 */
function addinFunctions(fn: string, args: readonly Value[]): Value | undefined {
  if (fn === "C2C.ITEMSCORE") return PRINCIPLE_SCORES[0];
  if (fn !== "C2C.ALIGNMENT") return undefined;
  const numbers = cellsOf(args[0] ?? null).filter(
    (value): value is number => typeof value === "number",
  );
  return numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
}

/** The plan with cell A1 of its sheet changed, as a rebuild after new data would be. */
function planWithTitle(title: string): WorkbookPlan {
  const plan = samplePlan();
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell) => (cell.address === "A1" ? { ...cell, value: title } : cell)),
    })),
  };
}

/** Commands that change something (loads are reads). */
function writes(fake: FakeExcel, firstSync: number): number {
  return fake.commandsSince(firstSync).filter((command) => command.action !== "load").length;
}

describe("ExcelHost.applyPlan writes the plan through Office.js", () => {
  async function applied(): Promise<FakeExcel> {
    const { host, fake } = hostOverFake({ custom: addinFunctions });
    fake.addSheet("Inputs", [["x"]]);
    const report = await host.applyPlan(samplePlan(), LIVE);
    expect(report).toEqual({
      sheets: [{ planned: "Scoreboard", written: "Scoreboard", replaced: false }],
      previousSheets: [],
      warnings: [],
    });
    return fake;
  }

  it("writes formulas in the live dialect, which Excel computes with the add-in's functions", async () => {
    const fake = await applied();
    expect(fake.cell("Scoreboard", "B8")?.formula).toBe("=C2C.ALIGNMENT(B4:B6)");
    expect(fake.cell("Scoreboard", "B4")?.formula).toBe("=C2C.ITEMSCORE(Answers!B2:E2)");
    expect(fake.value("Scoreboard", "B8")).toBeCloseTo(MEAN_SCORE, 12);
    expect(fake.cell("Scoreboard", "B5")).toMatchObject({ value: 3.7 });
    expect(fake.cell("Scoreboard", "B5")?.formula).toBeUndefined();
    expect(fake.cell("Scoreboard", "A1")).toMatchObject({ value: "Partnership scoreboard" });
    expect(fake.cell("Scoreboard", "B9")?.formula).toBe("=C2C.SCORE(E9,0,1)");
  });

  it("writes the cells of a sheet in one rectangular block", async () => {
    const fake = await applied();
    const blocks = fake.recorder.commands.filter(
      (command) => command.member === "formulas" && command.path.includes("Scoreboard"),
    );
    expect(blocks.map((command) => command.path)).toEqual([
      'workbook.worksheets.add("Scoreboard").getRange("A1:E9")',
    ]);
  });

  it("gives each style's cells their font, fill, alignment, border and number format", async () => {
    const fake = await applied();
    expect(fake.cell("Scoreboard", "A1")?.format).toEqual({ bold: true, size: 14 });
    for (const address of ["A3", "B3", "C3"]) {
      expect(fake.cell("Scoreboard", address)?.format).toEqual({
        bold: true,
        fill: "#DDEBF7",
        bottomBorder: { style: "Continuous", weight: "Thin", color: "#7F7F7F" },
      });
    }
    expect(fake.cell("Scoreboard", "E2")?.format).toEqual({ fill: "#FFF2CC", locked: false });
    expect(fake.cell("Scoreboard", "B4")).toMatchObject({
      numberFormat: "0.00",
      format: { horizontalAlignment: "Right", verticalAlignment: "Top" },
    });
    expect(fake.cell("Scoreboard", "B8")?.numberFormat).toBe("0.000");
    expect(fake.cell("Scoreboard", "A4")?.numberFormat).toBeUndefined();
    expect(Object.fromEntries(fake.sheet("Scoreboard").columnWidths)).toEqual({
      A: 129.75,
      B: 56.25,
      C: 87.75,
    });
  });

  it("makes the table, the dropdown list with its prompt and alert, and the defined name", async () => {
    const fake = await applied();
    expect(
      fake.workbook.tables.map(({ name, sheet, bounds, style, showBandedRows }) => ({
        name,
        sheet: sheet.name,
        bounds,
        style,
        showBandedRows,
      })),
    ).toEqual([
      {
        name: "C2C_Principles",
        sheet: "Scoreboard",
        bounds: { start: { row: 3, column: 1 }, end: { row: 6, column: 3 } },
        style: "TableStyleLight9",
        showBandedRows: true,
      },
    ]);
    expect(fake.sheet("Scoreboard").validations).toEqual([
      {
        address: "E2:E3",
        list: { inCellDropDown: true, source: "1,2,3,4,5,n/a,?" },
        ignoreBlanks: true,
        prompt: { showPrompt: true, title: "Answer", message: "1 (weak) to 5 (strong), n/a or ?" },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Not an answer",
          message: "Use 1–5, n/a or ?",
        },
      },
    ]);
    expect(fake.workbook.names).toEqual([{ name: "MeanScore", formula: "=Scoreboard!$B$8" }]);
  });

  it("adds conditional formats in plan order of priority, each stopping the rules below it", async () => {
    const fake = await applied();
    expect(fake.sheet("Scoreboard").conditionalFormats).toEqual([
      {
        address: "C4:C6",
        type: "CellValue",
        stopIfTrue: true,
        formula1: '="Established"',
        operator: "EqualTo",
        fill: "#56B4E9",
        fontColor: "#000000",
      },
      {
        address: "C4:C6",
        type: "CellValue",
        stopIfTrue: true,
        formula1: '="Developing"',
        operator: "EqualTo",
        fill: "#E69F00",
        bold: true,
      },
      { address: "B4:B6", type: "Custom", stopIfTrue: true, formula: "=B4>=3", fill: "#009E73" },
    ]);
  });

  it("draws the radar and bar charts with their series, categories, colours, axis and place", async () => {
    const fake = await applied();
    expect(fake.sheet("Scoreboard").charts).toEqual([
      {
        type: "RadarMarkers",
        source: "B4:B6",
        seriesBy: "Columns",
        name: "Chart 1",
        title: "Principles",
        series: [{ name: "Score", values: "B4:B6", xValues: "A4:A6", line: "#0072B2" }],
        axis: { minimum: 0, maximum: 5 },
        position: { start: "G2", end: "N18" },
      },
      {
        type: "BarClustered",
        source: "B4:B6",
        seriesBy: "Columns",
        name: "Chart 2",
        title: "Scores",
        series: [{ name: "Score", values: "B4:B6", xValues: "A4:A6", fill: "#D55E00" }],
        axis: {},
        position: { start: "G20", end: "N34" },
      },
    ]);
  });

  it("freezes panes, colours the tab, sets printing, and protects the owned sheet last without a password", async () => {
    const fake = await applied();
    const sheet = fake.sheet("Scoreboard");
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet.tabColor).toBe("#0072B2");
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet.protection).toEqual({
      protected: true,
      options: { allowFormatColumns: true, selectionMode: "Normal" },
    });
    expect(fake.cell("Scoreboard", "E3")?.format.locked).toBe(false);
    expect(fake.cell("Scoreboard", "B4")?.format.locked).toBeUndefined();
    expect(fake.sheet("Inputs").protection.protected).toBe(false);
    const scoreboardCommands = fake.recorder.commands.filter((command) =>
      command.path.includes('"Scoreboard"'),
    );
    expect(scoreboardCommands[scoreboardCommands.length - 1]).toMatchObject({
      member: "protect",
      args: [{ allowFormatColumns: true, selectionMode: "Normal" }],
    });
  });

  it("records the owned sheet on the hidden settings sheet", async () => {
    const fake = await applied();
    expect(fake.sheetNames()).toEqual(["Inputs", "Scoreboard", "C2C_AddinData"]);
    expect(fake.sheet("C2C_AddinData").visibility).toBe("Hidden");
    expect(fake.value("C2C_AddinData", "A2")).toBe("ownedSheets");
    expect(fake.value("C2C_AddinData", "B2")).toBe('["Scoreboard"]');
  });

  it("writes the portable dialect too, when asked", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Inputs", [["x"]]);
    await host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
    expect(fake.cell("Scoreboard", "B8")?.formula).toBe("=AVERAGE(B4:B6)");
  });
});

describe("ExcelHost syncs a small, fixed number of times", () => {
  /** Six tables of `rows` data rows each, on three sheets. */
  function workbookWithTables(rows: number): ReturnType<typeof hostOverFake> {
    const setup = hostOverFake();
    for (const sheet of ["One", "Two", "Three"]) {
      const data = Array.from({ length: rows }, (_, index) => [
        `${sheet}-${index}`,
        index * 1.5,
        index % 2 === 0,
        null,
        "",
        "",
        `${sheet}-${index}`,
        index,
      ]);
      const header = ["Code", "Value", "Flag", "Blank", "", "", "Code", "Value"];
      setup.fake.addSheet(sheet, [header, ...data]);
      setup.fake.addTable({ name: `T_${sheet}_A`, sheet, range: `A1:D${rows + 1}` });
      setup.fake.addTable({ name: `T_${sheet}_B`, sheet, range: `G1:H${rows + 1}` });
    }
    return setup;
  }
  const TABLES = ["T_One_A", "T_One_B", "T_Two_A", "T_Two_B", "T_Three_A", "T_Three_B"];

  // Two syncs find the tables and their ranges; the cells come in chunks sized by bytes, the first
  // small (it learns what the cells weigh), the next up to the budget.
  it.each([
    [10, 1],
    [5_000, 2],
  ])("reads six tables of %i rows in two syncs and %i read chunk(s)", async (rows, chunks) => {
    const { host, fake } = workbookWithTables(rows);
    const { result, syncs, responseBytes } = await fake.measure(() => host.readTables(TABLES));
    console.log(
      `readTables, six tables of ${rows} rows: ${syncs} syncs, responses of ${responseBytes.join(", ")} bytes`,
    );
    expect(syncs).toBe(2 + chunks);
    for (const bytes of responseBytes) expect(bytes).toBeLessThan(DEFAULT_BATCH_BUDGET_BYTES);
    expect(Object.values(result).map((table) => table?.rows.length)).toEqual(Array(6).fill(rows));
    expect(result.T_Two_A?.rows[3]?.cells.map((cell) => cell.value)).toEqual([
      "Two-3",
      4.5,
      false,
      null,
    ]);
    expect(result.T_Three_B?.rows[rows - 1]?.cells[1]).toEqual({
      value: rows - 1,
      address: `Three!H${rows + 1}`,
    });
  });

  it("needs one sync to learn that no table asked for exists", async () => {
    const { host, fake } = workbookWithTables(3);
    const { result, syncs } = await fake.measure(() => host.readTables(["Nothing", "Neither"]));
    expect(syncs).toBe(1);
    expect(result).toEqual({ Nothing: null, Neither: null });
  });

  it("lists sheets and reads settings in two syncs, writes settings in three", async () => {
    const { host, fake } = workbookWithTables(3);
    expect((await fake.measure(() => host.listSheets())).syncs).toBe(2);
    expect((await fake.measure(() => host.writeAddinData({ list: "long" }))).syncs).toBe(3);
    const read = await fake.measure(() => host.readAddinData());
    expect(read).toMatchObject({ syncs: 2, result: { list: "long" } });
  });

  it("applies a small plan in two reading syncs and one writing batch", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Inputs", [["x"]]);
    const { syncs, batchBytes } = await fake.measure(() => host.applyPlan(samplePlan(), LIVE));
    expect(syncs).toBe(3);
    expect(batchBytes[2]).toBeLessThan(20_000);
  });

  it("refuses a conflicting plan after its two reading syncs, having written nothing", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Scoreboard", [["mine"]]);
    const start = fake.syncs;
    await expect(host.applyPlan(samplePlan(), LIVE)).rejects.toThrow(PlanConflictError);
    expect(fake.syncs - start).toBe(2);
    expect(writes(fake, start)).toBe(0);
  });
});

describe("ExcelHost never overwrites a user sheet", () => {
  it("refuses, or writes beside the user's sheet, leaving it exactly as it was", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Scoreboard", [["my own notes", 42], [{ formula: "=B1*2", value: 84 }]]);
    const before = structuredClone(fake.sheet("Scoreboard"));
    await expect(
      host.applyPlan(samplePlan(), { dialect: "live", existingSheet: "replace-owned" }),
    ).rejects.toThrow(/belongs to the user/);
    const report = await host.applyPlan(samplePlan(), {
      dialect: "live",
      existingSheet: "pick-free-name",
    });
    expect(report.sheets).toEqual([
      { planned: "Scoreboard", written: "Scoreboard (2)", replaced: false },
    ]);
    expect(fake.sheet("Scoreboard")).toEqual(before);
    expect(fake.workbook.names).toEqual([{ name: "MeanScore", formula: "='Scoreboard (2)'!$B$8" }]);
    expect(await host.listSheets()).toEqual([
      { name: "Scoreboard", owned: false },
      { name: "Scoreboard (2)", owned: true },
    ]);
  });

  it("edits only the cells of the edit, in rectangles they fill", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Indicators", [
      ["Code", "Value", "Score", "Notes"],
      ["a", 10, null, "keep"],
      ["b", 20, null, "keep too"],
      ["c", 30, null, "and this"],
    ]);
    fake.addTable({ name: "C2C_Indicators", sheet: "Indicators", range: "A1:D4" });
    const cells = [2, 3, 4].map((row) => ({
      address: `C${row}`,
      value: row * 5,
      formula: { live: `=C2C.SCORE(B${row},0,200)`, portable: `=B${row}/200` },
    }));
    await host.applyPlan(
      { styles: {}, sheets: [], names: [], edits: [{ sheet: "Indicators", cells }] },
      LIVE,
    );
    expect(
      fake.recorder.commands
        .filter((command) => command.member === "formulas" && command.path.includes("Indicators"))
        .map((command) => [command.path, command.args]),
    ).toEqual([
      [
        'workbook.worksheets.getItem("Indicators").getRange("C2:C4")',
        [[["=C2C.SCORE(B2,0,200)"], ["=C2C.SCORE(B3,0,200)"], ["=C2C.SCORE(B4,0,200)"]]],
      ],
    ]);
    expect(["D2", "D3", "D4"].map((address) => fake.value("Indicators", address))).toEqual([
      "keep",
      "keep too",
      "and this",
    ]);
  });
});

describe("ExcelHost keeps the previous owned sheet on a rebuild", () => {
  async function rebuiltTwice(): Promise<{
    fake: FakeExcel;
    host: ReturnType<typeof hostOverFake>["host"];
  }> {
    const { host, fake } = hostOverFake();
    fake.addSheet("Inputs", [["x"]]);
    await host.applyPlan(planWithTitle("First"), LIVE);
    const report = await host.applyPlan(planWithTitle("Second"), {
      dialect: "live",
      existingSheet: "replace-owned",
      keepPrevious: true,
    });
    expect(report.sheets).toEqual([
      { planned: "Scoreboard", written: "Scoreboard", replaced: true },
    ]);
    expect(report.previousSheets).toEqual([
      { sheet: "Scoreboard", keptAs: "Scoreboard (previous)" },
    ]);
    return { host, fake };
  }

  it('renames the old sheet to "Scoreboard (previous)" beside the rebuilt one, which takes its place', async () => {
    const { host, fake } = await rebuiltTwice();
    expect(fake.sheetNames()).toEqual([
      "Inputs",
      "Scoreboard",
      "Scoreboard (previous)",
      "C2C_AddinData",
    ]);
    expect(fake.value("Scoreboard", "A1")).toBe("Second");
    expect(fake.value("Scoreboard (previous)", "A1")).toBe("First");
    expect(await host.listSheets()).toEqual([
      { name: "Inputs", owned: false },
      { name: "Scoreboard", owned: true },
      { name: "Scoreboard (previous)", owned: true },
    ]);
  });

  it("frees the table and name for the rebuilt sheet; the previous one keeps its cells, charts and protection", async () => {
    const { fake } = await rebuiltTwice();
    expect(fake.workbook.tables.map((table) => [table.name, table.sheet.name])).toEqual([
      ["C2C_Principles", "Scoreboard"],
    ]);
    expect(fake.workbook.names).toEqual([{ name: "MeanScore", formula: "=Scoreboard!$B$8" }]);
    const previous = fake.sheet("Scoreboard (previous)");
    expect(previous.protection.protected).toBe(true);
    expect(previous.charts).toHaveLength(2);
    expect(fake.value("Scoreboard (previous)", "C5")).toBe("Established");
    expect(fake.sheet("Scoreboard").protection.protected).toBe(true);
  });

  it("deletes the older previous copy at the next rebuild", async () => {
    const { host, fake } = await rebuiltTwice();
    await host.applyPlan(planWithTitle("Third"), {
      dialect: "live",
      existingSheet: "replace-owned",
      keepPrevious: true,
    });
    expect(fake.sheetNames()).toEqual([
      "Inputs",
      "Scoreboard",
      "Scoreboard (previous)",
      "C2C_AddinData",
    ]);
    expect(fake.value("Scoreboard", "A1")).toBe("Third");
    expect(fake.value("Scoreboard (previous)", "A1")).toBe("Second");
  });

  it('never deletes a user\'s sheet that happens to be called "Scoreboard (previous)"', async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Scoreboard (previous)", [["the user's"]]);
    await host.applyPlan(planWithTitle("First"), LIVE);
    const report = await host.applyPlan(planWithTitle("Second"), {
      dialect: "live",
      existingSheet: "replace-owned",
      keepPrevious: true,
    });
    expect(report.previousSheets).toEqual([
      { sheet: "Scoreboard", keptAs: "Scoreboard (previous) (2)" },
    ]);
    expect(fake.value("Scoreboard (previous)", "A1")).toBe("the user's");
    expect(fake.value("Scoreboard (previous) (2)", "A1")).toBe("First");
  });
});

describe("ExcelHost settings", () => {
  it("keep texts that look like numbers, formulas or booleans as text, on a hidden sheet", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Sheet1");
    const settings = {
      catalogueVersion: "2023.10",
      formula: "=1+1",
      quoted: "'a",
      flag: "TRUE",
      item: "11.1.1",
      json: '["Scoreboard"]',
    };
    await host.writeAddinData(settings);
    expect(await host.readAddinData()).toEqual(settings);
    expect(fake.sheet("C2C_AddinData").visibility).toBe("Hidden");
    expect(fake.cell("C2C_AddinData", "B2")).toMatchObject({ value: "2023.10", quotePrefix: true });
    await host.writeAddinData({ formula: null, item: "11.2.1" });
    expect(await host.readAddinData()).toEqual({
      catalogueVersion: "2023.10",
      quoted: "'a",
      flag: "TRUE",
      item: "11.2.1",
      json: '["Scoreboard"]',
    });
    expect(fake.filledAddresses("C2C_AddinData")).toHaveLength(12);
    expect(await host.listSheets()).toEqual([{ name: "Sheet1", owned: false }]);
  });
});

describe("ExcelHost checks optional requirement sets at run time", () => {
  it("leaves out what ExcelApi 1.7 cannot do and says so", async () => {
    const { host, fake } = hostOverFake({ apiVersion: "1.7" });
    fake.addSheet("Inputs", [["x"]]);
    const plan = samplePlan();
    const withAxisFormat: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((sheet) => ({
        ...sheet,
        charts: (sheet.charts ?? []).map((chart) => ({
          ...chart,
          valueAxis: { ...chart.valueAxis, numberFormat: "0" },
        })),
      })),
    };
    const report = await host.applyPlan(withAxisFormat, LIVE);
    expect(report.warnings).toEqual([
      MISSING_FEATURE_MESSAGES.dataValidation,
      MISSING_FEATURE_MESSAGES.chartAxisNumberFormat,
      MISSING_FEATURE_MESSAGES.pageLayout,
    ]);
    const sheet = fake.sheet("Scoreboard");
    expect(sheet.validations).toEqual([]);
    expect(sheet.pageLayout).toEqual({});
    expect(sheet.charts.map((chart) => chart.axis)).toEqual([{ minimum: 0, maximum: 5 }, {}]);
    expect(sheet.protection.protected).toBe(true);
  });

  it("refuses, in plain words, an Excel older than ExcelApi 1.7", async () => {
    const { host, fake } = hostOverFake({ apiVersion: "1.6" });
    fake.addSheet("Inputs", [["x"]]);
    await expect(host.applyPlan(samplePlan(), LIVE)).rejects.toThrow(ExcelVersionError);
    await expect(host.applyPlan(samplePlan(), LIVE)).rejects.toThrow(
      /too old for the C2C Scoreboard add-in/,
    );
    expect(fake.syncs).toBe(0);
  });
});

describe("ExcelHost reads", () => {
  it("leaves a totals row out of a table's data and reads error texts as errors", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Data", [
      ["Code", "Value"],
      ["a", { errorCode: "#DIV/0!" }],
      ["b", "#N/A text"],
      ["Total", 3],
    ]);
    fake.addTable({ name: "Figures", sheet: "Data", range: "A1:B4" });
    const table = fake.workbook.tables[0];
    if (table !== undefined) table.showTotals = true;
    const read = await host.readTable("figures");
    expect(read?.name).toBe("Figures");
    expect(read?.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
      ["a", { errorCode: "#DIV/0!" }],
      ["b", "#N/A text"],
    ]);
  });
});

describe("ExcelHost keeps the former owned sheet in the apply and shows ranges", () => {
  it("keeps the Scoreboard in two reading syncs and one writing batch, protected as it was", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Inputs", [["x"]]);
    await host.applyPlan(planWithTitle("First"), LIVE);
    const { syncs } = await fake.measure(() =>
      host.applyPlan(planWithTitle("Second"), {
        dialect: "live",
        existingSheet: "replace-owned",
        keepPrevious: true,
      }),
    );
    expect(syncs).toBe(3);
    expect(fake.sheetNames()).toEqual([
      "Inputs",
      "Scoreboard",
      "Scoreboard (previous)",
      "C2C_AddinData",
    ]);
    expect(fake.sheet("Scoreboard (previous)").protection.protected).toBe(true);
    expect(fake.sheet("Scoreboard (previous)").charts).toHaveLength(2);
    expect(fake.value("Scoreboard (previous)", "A1")).toBe("First");
    expect(fake.workbook.tables.map((table) => table.sheet.name)).toEqual(["Scoreboard"]);
    expect(fake.value("C2C_AddinData", "B2")).toBe('["Scoreboard","Scoreboard (previous)"]');
  });

  it("refuses to keep a user's sheet after the two reading syncs, writing nothing", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Scoreboard", [["mine"]]);
    const start = fake.syncs;
    await expect(
      host.applyPlan(samplePlan(), {
        dialect: "live",
        existingSheet: "replace-owned",
        keepPrevious: true,
      }),
    ).rejects.toThrow(PlanConflictError);
    expect(fake.syncs - start).toBe(2);
    expect(writes(fake, start)).toBe(0);
    expect(fake.sheetNames()).toEqual(["Scoreboard"]);
  });

  it("selects a range in two syncs: find the sheet, then activate it and select", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Inputs", [["x"]]);
    fake.addSheet("Partner data", [["y"]]);
    const shown = await fake.measure(() => host.selectRange("'Partner data'!$B$2:C4"));
    expect(shown).toMatchObject({ result: true, syncs: 2 });
    expect(
      shown.commands
        .filter((command) => command.action === "call")
        .map((command) => [command.path, command.member]),
    ).toEqual([
      ["workbook.worksheets", "getItemOrNullObject"],
      ['workbook.worksheets.getItemOrNullObject("Partner data")', "activate"],
      ['workbook.worksheets.getItemOrNullObject("Partner data")', "getRange"],
      ['workbook.worksheets.getItemOrNullObject("Partner data").getRange("B2:C4")', "select"],
    ]);
    expect(fake.workbook.active?.sheet.name).toBe("Partner data");
    expect(fake.workbook.active?.selection).toEqual({
      start: { row: 2, column: 2 },
      end: { row: 4, column: 3 },
    });
  });

  it("answers false for a missing sheet in one sync and for a malformed address without calling Excel", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Inputs", [["x"]]);
    expect(await fake.measure(() => host.selectRange("Missing!A1"))).toMatchObject({
      result: false,
      syncs: 1,
    });
    expect(await fake.measure(() => host.selectRange("Inputs!A0"))).toMatchObject({
      result: false,
      syncs: 0,
    });
    expect(fake.workbook.active).toBeUndefined();
  });
});

/** Commands that change the workbook: property sets and calls other than lookups (get…). */
function changes(fake: FakeExcel, firstSync: number): unknown[] {
  return fake
    .commandsSince(firstSync)
    .filter(
      (command) =>
        command.action === "set" ||
        (command.action === "call" && !command.member.startsWith("get")),
    );
}

describe("ExcelHost grows a user's table", () => {
  /** A checklist table A1:D4 with a dropdown over the answers and a styled answer column. */
  function checklist(apiVersion = "1.15"): ReturnType<typeof hostOverFake> {
    const setup = hostOverFake({ apiVersion });
    setup.fake.addSheet("Checklist", [
      ["Item", "Ana", "Item score", "Evidence"],
      ["1.1", 4, { formula: "=AVERAGE(B2:B2)", value: 4 }, "minutes"],
      ["1.2", 3, { formula: "=AVERAGE(B3:B3)", value: 3 }, null],
      ["2.1", "n/a", { formula: "=AVERAGE(B4:B4)", value: 0 }, "report"],
    ]);
    setup.fake.addTable({ name: "C2C_Checklist", sheet: "Checklist", range: "A1:D4" });
    const sheet = setup.fake.sheet("Checklist");
    sheet.validations.push({
      address: "B2:B4",
      list: { inCellDropDown: true, source: "1,2,3,4,5,n/a,?" },
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "Answer", message: "1–5, n/a or ?" },
    });
    for (const row of [2, 3, 4]) {
      const cell = sheet.cells.get(`${row}:2`);
      if (cell !== undefined) cell.format = { fill: "#FFF2CC" };
    }
    return setup;
  }
  const INSERT: WorkbookPlan = {
    styles: {},
    sheets: [],
    names: [],
    tableEdits: [
      {
        table: "C2C_Checklist",
        insertColumns: {
          before: "Item score",
          columns: [{ header: "Mariam", values: [5, "1.1"] }, { header: "Li" }],
        },
      },
    ],
  };

  it("inserts columns in four syncs: the state with the table, what stands beside it and the dropdown, one writing batch", async () => {
    const { host, fake } = checklist();
    const { syncs, commands, result } = await fake.measure(() => host.applyPlan(INSERT, LIVE));
    expect(syncs).toBe(4);
    expect(result.warnings).toEqual([]);
    expect(
      commands
        .filter((command) => command.member === "add" && command.path.includes("columns"))
        .map((command) => command.args),
    ).toEqual([
      [2, [["Mariam"], [5], ["'1.1"], [""]], "Mariam"],
      [3, [["Li"], [""], [""], [""]], "Li"],
    ]);
    expect(fake.workbook.tables[0]?.bounds).toEqual({
      start: { row: 1, column: 1 },
      end: { row: 4, column: 6 },
    });
    expect(
      ["A1", "B1", "C1", "D1", "E1", "F1"].map((address) => fake.value("Checklist", address)),
    ).toEqual(["Item", "Ana", "Mariam", "Li", "Item score", "Evidence"]);
    expect([
      fake.value("Checklist", "C2"),
      fake.value("Checklist", "C3"),
      fake.cell("Checklist", "E2")?.formula,
    ]).toEqual([5, "1.1", "=AVERAGE(B2:B2)"]);
    expect(fake.cell("Checklist", "D4")?.format).toEqual({ fill: "#FFF2CC" });
    expect(
      fake
        .sheet("Checklist")
        .validations.map((validation) => [validation.address, validation.list?.source]),
    ).toEqual([
      ["B2:B4", "1,2,3,4,5,n/a,?"],
      ["C2:D4", "1,2,3,4,5,n/a,?"],
    ]);
  });

  it("appends rows in three syncs, Excel carrying the table's dropdown down", async () => {
    const { host, fake } = checklist();
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [],
      names: [],
      tableEdits: [
        { table: "c2c_checklist", appendRows: [{ item: "3.1", ana: 2 }, { Item: "3.2" }] },
      ],
    };
    const { syncs } = await fake.measure(() => host.applyPlan(plan, LIVE));
    expect(syncs).toBe(3);
    expect(fake.workbook.tables[0]?.bounds.end.row).toBe(6);
    expect(["A5", "B5", "A6", "B6"].map((address) => fake.value("Checklist", address))).toEqual([
      "3.1",
      2,
      "3.2",
      null,
    ]);
    expect(fake.sheet("Checklist").validations[0]?.address).toBe("B2:B6");
  });

  it("shifts cells beside the table with its rows; refuses covered data below, a table beside or a protected sheet, writing nothing", async () => {
    const shifted = checklist();
    shifted.fake.sheet("Checklist").cells.set("3:6", { format: {}, value: "beside" });
    await shifted.host.applyPlan(INSERT, LIVE);
    expect([shifted.fake.value("Checklist", "F3"), shifted.fake.value("Checklist", "H3")]).toEqual([
      null,
      "beside",
    ]);

    const { host, fake } = checklist();
    fake.sheet("Checklist").cells.set("5:1", { format: {}, value: "below" });
    const start = fake.syncs;
    const append: WorkbookPlan = {
      styles: {},
      sheets: [],
      names: [],
      tableEdits: [{ table: "C2C_Checklist", appendRows: [{ Item: "3.1" }] }],
    };
    await expect(host.applyPlan(append, LIVE)).rejects.toThrow(
      /would cover cells that hold data: Checklist!A5/,
    );
    expect(fake.syncs - start).toBe(2);
    expect(changes(fake, start)).toEqual([]);

    const besideTable = checklist();
    besideTable.fake.sheet("Checklist").cells.set("2:7", { format: {}, value: "Note" });
    besideTable.fake.sheet("Checklist").cells.set("3:7", { format: {}, value: "x" });
    besideTable.fake.addTable({ name: "MyNotes", sheet: "Checklist", range: "G2:G3" });
    const measured = await besideTable.fake.measure(() =>
      besideTable.host.applyPlan(INSERT, LIVE).catch((caught: unknown) => caught),
    );
    expect(measured.result).toBeInstanceOf(PlanConflictError);
    expect(measured.syncs).toBe(3);
    expect(changes(besideTable.fake, 0)).toEqual([]);

    const guarded = checklist();
    guarded.fake.sheet("Checklist").protection = { protected: true };
    await expect(guarded.host.applyPlan(INSERT, LIVE)).rejects.toThrow(
      /The sheet "Checklist" is protected/,
    );
    expect(changes(guarded.fake, 0)).toEqual([]);
  });

  it("says what an Excel without ExcelApi 1.8 and 1.9 could not copy, in four syncs", async () => {
    const { host, fake } = checklist("1.7");
    const { syncs, result } = await fake.measure(() => host.applyPlan(INSERT, LIVE));
    expect(syncs).toBe(4);
    expect(result.warnings).toEqual([
      MISSING_FEATURE_MESSAGES.dataValidation,
      MISSING_FEATURE_MESSAGES.rangeCopy,
    ]);
    expect(fake.value("Checklist", "C1")).toBe("Mariam");
  });
});
