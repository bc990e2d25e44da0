// The Office.js host against what Excel documents and the office-js tracker reports, beyond what
// our own writes would ever show (issue 16): byte-counted payload limits on requests and responses,
// table reads in byte-sized chunks with their number formats, rows appended without clearing a
// calculated column or pushing the cells below down, and the chart and print settings Excel keeps.

import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { DEFAULT_BATCH_BUDGET_BYTES, jsonBytes } from "../../../src/host/excel/batches";
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

  it("fails like Excel on the web when a request passes 5 MB of bytes", async () => {
    const { host, fake } = hostOverFake();
    fake.addSheet("Sheet1");
    // A budget at the limit leaves no room for the estimate's error, which the fake then finds.
    const heavy = hostOverFake({}, { batchBudgetBytes: WEB_PAYLOAD_LIMIT_BYTES });
    heavy.fake.addSheet("Sheet1");
    await expect(host.applyPlan(notesPlan(10, 10), LIVE)).resolves.toBeDefined();
    await expect(
      heavy.fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
          [thai(2_000_000, 0)],
        ];
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
