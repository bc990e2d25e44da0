// The xlsx host on disk: formulas with cached results, tables as Excel writes them, atomic saves
// that never touch the input, and refusals that leave nothing behind.

import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { OutputExistsError } from "../../../src/host/xlsx/atomicWrite";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { PlanError } from "../../../src/host/workbookHost";
import { MEAN_SCORE, samplePlan } from "../fixtures/samplePlan";
import { loadWithExcelJs, userXlsx } from "./xlsxFixtures";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "c2c-xlsx-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sha256 = async (path: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(path))
    .digest("hex");

async function scoredWorkbook(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.create();
  await workbook.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
  return workbook;
}

describe("xlsx files", () => {
  it("writes each portable formula with its computed value, so the file shows numbers before recalculation", async () => {
    const output = join(folder, "out.xlsx");
    await (await scoredWorkbook()).save(output);
    const reopened = await loadWithExcelJs(await readFile(output));
    const scoreboard = reopened.getWorksheet("Scoreboard")!;
    expect(scoreboard.getCell("B8").value).toEqual({
      formula: "AVERAGE(B4:B6)",
      result: expect.closeTo(MEAN_SCORE, 12) as number,
    });
    expect(scoreboard.getCell("B8").numFmt).toBe("0.000");
    expect(scoreboard.getCell("B4").numFmt).toBe("0.00");
    // A formula with no value caches the empty text, as Excel does for ="".
    const sheetXml = await (
      await JSZip.loadAsync(await readFile(output))
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheetXml).toMatch(
      /<c r="B9" t="str"><f>IF\(ISBLANK\(E9\),&quot;&quot;,E9\)<\/f><v><\/v><\/c>/,
    );
  });

  it("writes styles, widths, frozen panes, tab colour and print settings", async () => {
    const workbook = await loadWithExcelJs(await (await scoredWorkbook()).toBytes());
    const sheet = workbook.getWorksheet("Scoreboard")!;
    expect(sheet.getCell("A3").font.bold).toBe(true);
    expect(sheet.getCell("A3").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(sheet.getCell("E2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFF2CC" },
    });
    expect(sheet.getColumn("A").width).toBe(24);
    expect(sheet.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 3,
      topLeftCell: "B4",
    });
    expect(sheet.properties.tabColor).toEqual({ argb: "FF0072B2" });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("refuses the live dialect: Excel binds C2C.* functions only through the add-in", async () => {
    const workbook = XlsxWorkbook.create();
    await expect(
      workbook.applyPlan(samplePlan(), { dialect: "live", existingSheet: "fail" }),
    ).rejects.toThrow(PlanError);
    expect(await workbook.listSheets()).toEqual([]);
  });

  it("reads a table Excel wrote without headerRowCount with its header row, and writes it back with one", async () => {
    const bytes = await userXlsx(
      {
        Data: [
          ["Code", "Value"],
          ["a", 1],
        ],
      },
      [{ name: "C2C_Data", sheet: "Data", range: "A1:B2" }],
    );
    // The fixture is written as Excel writes it, which plain ExcelJS misreads (exceljs#2184).
    const plain = await loadWithExcelJs(bytes);
    const plainTables = plain.getWorksheet("Data")!.getTables() as unknown as {
      model: { headerRow: boolean };
    }[];
    expect(plainTables[0]?.model.headerRow).toBe(false);

    const workbook = await XlsxWorkbook.fromBytes(bytes);
    expect(
      (await workbook.readTable("C2C_Data"))?.rows.map((row) =>
        row.cells.map((cell) => cell.value),
      ),
    ).toEqual([["a", 1]]);
    const zip = await JSZip.loadAsync(await workbook.toBytes());
    expect(await zip.file("xl/tables/table1.xml")!.async("string")).toContain('headerRowCount="1"');
  });

  it("keeps the filter buttons of a table Excel wrote (it lists only hidden or filtered columns)", async () => {
    const bytes = await userXlsx(
      {
        Data: [
          ["Code", "Value", "Note"],
          ["a", 1, "x"],
        ],
      },
      [{ name: "C2C_Data", sheet: "Data", range: "A1:C2" }],
    );
    const zip = await JSZip.loadAsync(bytes);
    const tablePath = "xl/tables/table1.xml";
    const excelStyle = (await zip.file(tablePath)!.async("string")).replace(
      /<autoFilter.*?<\/autoFilter>/,
      '<autoFilter ref="A1:C2"><filterColumn colId="2" hiddenButton="1"/></autoFilter>',
    );
    zip.file(tablePath, excelStyle);
    const workbook = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }));
    const written = await (
      await JSZip.loadAsync(await workbook.toBytes())
    )
      .file(tablePath)!
      .async("string");
    expect(written).toContain(
      '<filterColumn colId="0" hiddenButton="0"/><filterColumn colId="1" hiddenButton="0"/><filterColumn colId="2" hiddenButton="1"/>',
    );
  });

  it("honours a table without header row (headerRowCount=0, no filter)", async () => {
    const bytes = await userXlsx(
      {
        Data: [
          ["Code", "Value"],
          ["a", 1],
        ],
      },
      [{ name: "C2C_Data", sheet: "Data", range: "A1:B2" }],
    );
    const zip = await JSZip.loadAsync(bytes);
    const tablePath = "xl/tables/table1.xml";
    const headerless = (await zip.file(tablePath)!.async("string"))
      .replace("<table ", '<table headerRowCount="0" ')
      .replace(/<autoFilter.*?<\/autoFilter>/, "");
    zip.file(tablePath, headerless);
    const workbook = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }));
    const table = await workbook.readTable("C2C_Data");
    expect(table?.columns.map((column) => column.header)).toEqual(["Code", "Value"]);
    expect(table?.rows.map((row) => row.row)).toEqual([1, 2]);
  });

  it("leaves a totals row out of the table's rows", async () => {
    const bytes = await userXlsx(
      {
        Data: [
          ["Code", "Value"],
          ["a", 1],
          ["b", 2],
        ],
      },
      [{ name: "C2C_Data", sheet: "Data", range: "A1:B3" }],
    );
    const zip = await JSZip.loadAsync(bytes);
    const tablePath = "xl/tables/table1.xml";
    const withTotals = (await zip.file(tablePath)!.async("string")).replace(
      'ref="A1:B3"',
      'ref="A1:B4" totalsRowCount="1"',
    );
    zip.file(tablePath, withTotals);
    const workbook = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }));
    expect((await workbook.readTable("C2C_Data"))?.rows.map((row) => row.row)).toEqual([2, 3]);
  });

  it("reads dates as Excel serial numbers, rich text and hyperlinks as their text, also after plain ExcelJS re-saved the file", async () => {
    const source = await loadWithExcelJs(
      await userXlsx(
        {
          Data: [
            ["When", "Note", "Link"],
            [null, null, null],
          ],
        },
        [{ name: "T", sheet: "Data", range: "A1:C2" }],
      ),
    );
    const sheet = source.getWorksheet("Data")!;
    sheet.getCell("A2").value = new Date(Date.UTC(2024, 0, 15));
    sheet.getCell("B2").value = {
      richText: [{ text: "bold ", font: { bold: true } }, { text: "plain" }],
    };
    sheet.getCell("C2").value = { text: "OECD", hyperlink: "https://www.oecd.org" };
    // Plain ExcelJS writes this table back with headerRowCount="0" beside its autoFilter.
    const resaved = new Uint8Array(await source.xlsx.writeBuffer());
    expect(
      await (await JSZip.loadAsync(resaved)).file("xl/tables/table1.xml")!.async("string"),
    ).toContain('headerRowCount="0"');
    const workbook = await XlsxWorkbook.fromBytes(resaved);
    // 15 January 2024 is serial 45306 in the 1900 date system.
    expect((await workbook.readTable("T"))?.rows[0]?.cells.map((cell) => cell.value)).toEqual([
      45306,
      "bold plain",
      "OECD",
    ]);
  });

  it("opens a file without changing it and saves elsewhere atomically, leaving no temporary file", async () => {
    const input = join(folder, "in.xlsx");
    await writeFile(input, await userXlsx({ Inputs: [["x"]] }, []));
    const before = await sha256(input);
    const workbook = await XlsxWorkbook.open(input);
    await workbook.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
    const output = join(folder, "out.xlsx");
    await workbook.save(output);
    expect(await sha256(input)).toBe(before);
    expect((await readdir(folder)).sort()).toEqual(["in.xlsx", "out.xlsx"]);
    await expect(
      (await XlsxWorkbook.open(output)).readTable("C2C_Principles"),
    ).resolves.not.toBeNull();
  });

  it("refuses to overwrite an existing output unless asked, and never writes over its input", async () => {
    const input = join(folder, "in.xlsx");
    await writeFile(input, await userXlsx({ Inputs: [["x"]] }, []));
    const output = join(folder, "out.xlsx");
    await writeFile(output, "keep me");
    const workbook = await XlsxWorkbook.open(input);

    await expect(workbook.save(output)).rejects.toThrow(OutputExistsError);
    expect(await readFile(output, "utf8")).toBe("keep me");
    await expect(workbook.save(input, { overwrite: true })).rejects.toThrow(
      /input file is never modified/,
    );

    await workbook.save(output, { overwrite: true });
    expect((await stat(output)).size).toBeGreaterThan(1000);
    expect((await readdir(folder)).sort()).toEqual(["in.xlsx", "out.xlsx"]);
  });

  it("refuses to write a workbook whose every sheet is hidden", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.writeAddinData({ a: "1" });
    await expect(workbook.toBytes()).rejects.toThrow(/visible sheet/);
  });
});
