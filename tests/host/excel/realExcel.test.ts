// The Office.js host against what Excel documents and the office-js tracker reports, beyond what
// our own writes would ever show (issue 16): byte-counted payload limits on requests and responses,
// table reads in byte-sized chunks with their number formats, rows appended without clearing a
// calculated column or pushing the cells below down, and the chart and print settings Excel keeps.

import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { DEFAULT_BATCH_BUDGET_BYTES, jsonBytes } from "../../../src/host/excel/batches";
import { PlanConflictError } from "../../../src/host/workbookHost";
import { WEB_PAYLOAD_LIMIT_BYTES } from "./fakeExcel";
import { hostOverFake } from "./hostOverFake";

const LIVE = { dialect: "live", existingSheet: "fail" } as const;

/** Thai text: three UTF-8 bytes a character, so its JSON weighs three times its length. */
function thai(characters: number, seed: number): string {
  return `${seed} ${"ก".repeat(characters)}`;
}

/** A plan of one sheet whose cells hold `rows` × 2 notes of `characters` Thai characters each. */
function notesPlan(rows: number, characters: number): WorkbookPlan {
  const cells = Array.from({ length: rows }, (_, index) => [
    { address: `A${index + 1}`, value: thai(characters, index) },
    { address: `B${index + 1}`, value: thai(characters, index + rows) },
  ]).flat();
  return { styles: {}, names: [], sheets: [{ name: "Notes", owned: false, cells }] };
}

describe("the payload budget counts UTF-8 bytes", () => {
  it("counts a Thai character as three bytes, as it travels", () => {
    expect(jsonBytes("ก")).toBe(5);
    expect(jsonBytes("a")).toBe(3);
  });

  it("writes 2.4 million Thai characters (7.2 MB) in batches each under the 5 MB limit", async () => {
    const plan = notesPlan(2_000, 600);
    expect(JSON.stringify(plan).length).toBeLessThan(DEFAULT_BATCH_BUDGET_BYTES);
    const { host, fake } = hostOverFake();
    fake.addSheet("Sheet1");
    const { syncs, batchBytes } = await fake.measure(() => host.applyPlan(plan, LIVE));
    console.log(`7.2 MB of Thai notes: ${syncs} syncs, requests of ${batchBytes.join(", ")} bytes`);
    expect(syncs).toBe(2 + 2);
    for (const bytes of batchBytes) expect(bytes).toBeLessThan(DEFAULT_BATCH_BUDGET_BYTES);
    expect(fake.value("Notes", "B2000")).toBe(thai(600, 3_999));
  });

  it("has the fake fail like Excel on the web on a request of 5 MB of bytes, though fewer characters", async () => {
    const { fake } = hostOverFake();
    fake.addSheet("Sheet1");
    const text = thai(2_000_000, 0);
    expect(text.length).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[text]];
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});

describe("tables are read in chunks sized by bytes, with their number formats", () => {
  /** A table "Notes" of `rows` rows: a Thai note of `characters` characters and a share shown as "0%". */
  function notesTable(rows: number, characters: number): ReturnType<typeof hostOverFake> {
    const setup = hostOverFake();
    const data = Array.from({ length: rows }, (_, index) => [
      thai(characters, index),
      index / rows,
    ]);
    const sheet = setup.fake.addSheet("Notes", [["Note", "Share"], ...data]);
    for (let row = 2; row <= rows + 1; row++) {
      const cell = sheet.cells.get(`${row}:2`);
      if (cell !== undefined) cell.numberFormat = "0%";
    }
    setup.fake.addTable({ name: "T_Notes", sheet: "Notes", range: `A1:B${rows + 1}` });
    return setup;
  }

  it("reads 9 MB of Thai notes in responses each under 5 MB: 2 syncs plus one per chunk", async () => {
    const { host, fake } = notesTable(6_000, 500);
    const measured = await fake.measure(() => host.readTable("T_Notes"));
    const { result, syncs, responseBytes } = measured;
    console.log(
      `readTable, 9 MB of Thai notes: ${syncs} syncs, responses of ${responseBytes.join(", ")} bytes`,
    );
    expect(measured.refusedSyncs).toEqual([]);
    for (const bytes of responseBytes) expect(bytes).toBeLessThan(DEFAULT_BATCH_BUDGET_BYTES);
    // The first chunk (500 rows, 0.77 MB) teaches what a row weighs (about 1.5 kB, counted half
    // as much again for safety): the other 5,500 rows come in four chunks of 1,731 rows at most.
    expect(syncs).toBe(2 + 1 + 4);
    expect(responseBytes.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(9_000_000);
    expect(result?.rows).toHaveLength(6_000);
    expect(result?.rows[5_999]?.cells[0]?.value).toBe(thai(500, 5_999));
    expect(result?.rows.map((row) => row.row)).toEqual(
      Array.from({ length: 6_000 }, (_, index) => index + 2),
    );
  });

  it("splits a chunk Excel refuses and reads its halves again, losing no row", async () => {
    const setup = hostOverFake();
    const data = Array.from({ length: 6_000 }, (_, index) => [
      index < 500 ? `light ${index}` : thai(500, index),
      index,
    ]);
    setup.fake.addSheet("Notes", [["Note", "Row"], ...data]);
    setup.fake.addTable({ name: "T_Notes", sheet: "Notes", range: "A1:B6001" });
    const measured = await setup.fake.measure(() => setup.host.readTable("T_Notes"));
    console.log(
      `readTable, light rows then heavy ones: ${measured.syncs} syncs, refused ${measured.refusedSyncs.join(", ")}`,
    );
    expect(measured.refusedSyncs.length).toBeGreaterThan(0);
    expect(measured.result?.rows.map((row) => row.cells[1]?.value)).toEqual(
      Array.from({ length: 6_000 }, (_, index) => index),
    );
  });

  it("fills each cell's number format, leaving General out", async () => {
    const { host } = notesTable(4, 3);
    const table = await host.readTable("T_Notes");
    expect(table?.rows[1]?.cells).toEqual([
      { value: thai(3, 1), address: "Notes!A3" },
      { value: 0.25, address: "Notes!B3", numberFormat: "0%" },
    ]);
  });
});

describe("appended rows write only the cells they set and move nothing below the table", () => {
  const LABEL = '=[@ID]&" "&[@Action]';

  /** An Actions table A1:C3 whose Label column is calculated, and whatever `below` adds under it. */
  function actions(
    apiVersion: string,
    below: readonly (readonly (string | null)[])[] = [],
  ): ReturnType<typeof hostOverFake> {
    const setup = hostOverFake({ apiVersion });
    setup.fake.addSheet("Actions", [
      ["ID", "Action", "Label"],
      ["A1", "Workshop", { formula: LABEL, value: "A1 Workshop" }],
      ["A2", "Survey", { formula: LABEL, value: "A2 Survey" }],
      ...below,
    ]);
    setup.fake.addTable({ name: "C2C_Actions", sheet: "Actions", range: "A1:C3" });
    return setup;
  }

  function appending(...rows: Record<string, string>[]): WorkbookPlan {
    return {
      styles: {},
      sheets: [],
      names: [],
      tableEdits: [{ table: "C2C_Actions", appendRows: rows }],
    };
  }

  it('leaves a calculated column to Excel (null), and clears a cell the row sets to ""', async () => {
    const { host, fake } = actions("1.15");
    await host.applyPlan(appending({ ID: "A3", Action: "Report" }, { ID: "A4", Label: "" }), LIVE);
    expect(fake.cell("Actions", "C4")?.formula).toBe(LABEL);
    expect(fake.cell("Actions", "C5")?.formula).toBeUndefined();
    expect(fake.value("Actions", "B5")).toBeNull();
    const added = fake.recorder.commands.find(
      (command) => command.member === "add" && command.path.endsWith(".rows"),
    );
    expect(added?.args).toEqual([
      null,
      [
        ["'A3", "Report", null],
        ["'A4", null, ""],
      ],
      false,
    ]);
  });

  it("adds the rows below the table where Excel can (ExcelApi 1.15): what lies further down stays", async () => {
    const { host, fake } = actions("1.15", [[], [], [], [null, "kept here"]]);
    const { syncs } = await fake.measure(() => host.applyPlan(appending({ ID: "A3" }), LIVE));
    expect(syncs).toBe(3);
    expect(fake.value("Actions", "B7")).toBe("kept here");
    expect(fake.value("Actions", "A4")).toBe("A3");
  });

  it("refuses, naming the cells, where an older Excel would push content below the table down", async () => {
    const { host, fake } = actions("1.14", [[], [], [], [null, "a note", null, "beside"]]);
    const start = fake.syncs;
    const refusal = host.applyPlan(appending({ ID: "A3" }), LIVE);
    await expect(refusal).rejects.toThrow(PlanConflictError);
    await expect(refusal).rejects.toThrow(/push the cells below it down.*: Actions!B7\./);
    // Two reading syncs and one chunk of the band below, then nothing written.
    expect(fake.syncs - start).toBe(3);
    expect(fake.value("Actions", "B7")).toBe("a note");
    expect(fake.workbook.tables[0]?.bounds.end.row).toBe(3);
  });

  it("refuses a wider table below before Excel's InsertDeleteConflict could stop the apply halfway", async () => {
    const { host, fake } = actions("1.14", [
      [],
      [],
      ["Code", "Name", "Unit", "Notes"],
      ["x", "y", "z", "w"],
    ]);
    fake.addTable({ name: "T_Below", sheet: "Actions", range: "A6:D7" });
    await expect(host.applyPlan(appending({ ID: "A3" }), LIVE)).rejects.toThrow(
      /Actions!A6, Actions!B6, Actions!C6, Actions!A7/,
    );
    await expect(
      fake.run(async (context) => {
        context.workbook.tables.getItem("C2C_Actions").rows.add(undefined, [["A3", null, null]]);
        await context.sync();
      }),
    ).rejects.toThrow(/InsertDeleteConflict/);
  });

  it("inserts in an older Excel when nothing below the table's columns would move", async () => {
    const { host, fake } = actions("1.14", [[], [], [], [null, null, null, "beside"]]);
    const { syncs } = await fake.measure(() => host.applyPlan(appending({ ID: "A3" }), LIVE));
    console.log(`append in an Excel without ExcelApi 1.15: ${syncs} syncs`);
    expect(syncs).toBe(2 + 1 + 1);
    expect(fake.value("Actions", "D7")).toBe("beside");
    expect(fake.value("Actions", "A4")).toBe("A3");
    expect(fake.cell("Actions", "C4")?.formula).toBe(LABEL);
  });
});

describe("charts and print settings as Excel keeps them", () => {
  const CHARTED: WorkbookPlan = {
    styles: {},
    names: [],
    sheets: [
      {
        name: "Board",
        owned: true,
        cells: [
          { address: "A1", value: "Transparency" },
          { address: "A2", value: "Inclusion" },
          { address: "B1", value: 3.5 },
          { address: "B2", value: 4 },
          { address: "C1", value: 2.5 },
          { address: "C2", value: 3 },
        ],
        charts: [
          {
            kind: "radar",
            title: "Principles",
            anchor: "E2:L18",
            categories: "A1:A2",
            series: [
              { name: "2024", values: "B1:B2" },
              { name: "2023", values: "C1:C2" },
            ],
          },
        ],
        print: { orientation: "landscape", fitToWidth: true },
      },
    ],
  };

  it("makes the chart from its first series' cells, as Excel parses them, and sets later series' values", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Sheet1");
    await host.applyPlan(CHARTED, LIVE);
    const calls = fake.recorder.commands.filter((command) => command.path.includes("charts"));
    const made = calls.find((command) => command.member === "add");
    expect(made?.args[2]).toBe("Columns");
    expect(JSON.stringify(made?.args[1])).toContain('getRange(\\"B1:B2\\")');
    const valuesSet = calls.filter((command) => command.member === "setValues");
    expect(valuesSet.map((command) => command.path)).toEqual([
      'workbook.worksheets.add("Board").charts.add("RadarMarkers").series.add("2023")',
    ]);
    expect(fake.sheet("Board").charts[0]?.series.map((series) => series.values)).toEqual([
      "B1:B2",
      "C1:C2",
    ]);
  });

  it("asks for one page wide only, leaving the height automatic", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Sheet1");
    await host.applyPlan(CHARTED, LIVE);
    const zoom = fake.recorder.commands.find((command) => command.member === "zoom");
    expect(zoom?.args).toEqual([{ horizontalFitToPages: 1 }]);
    expect(Object.keys(zoom?.args[0] ?? {})).toEqual(["horizontalFitToPages"]);
  });
});
