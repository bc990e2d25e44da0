// The values-only workbook (the pane's Publish → workbook): a package ExcelJS reads back with the
// plan's values, looks and widths and no formula, and that LibreOffice opens and converts.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { scoreAssessment } from "../../src/engine/assessment";
import { samplePartnership } from "../../src/engine/demo";
import { TABLES } from "../../src/engine/model/contract";
import type { PlanScalar, SheetPlan, WorkbookPlan } from "../../src/engine/plan/types";
import { assessmentWorkbookPlan } from "../../src/engine/templates/assessmentWorkbook";
import { layoutFromTables, scoredWorkbookPlan } from "../../src/engine/templates";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { valuesWorkbookBytes } from "../../src/xlsxWriter/valuesWorkbook";
import { findSoffice, INSTALL_HINT } from "../../scripts/portable/libreOffice";

const STYLES = {
  header: { bold: true, fill: "#D9E2F3", bottomBorder: true },
  score: { numberFormat: "0.00", horizontalAlignment: "right" as const },
  note: { italic: true, fontColour: "#595959", fontSize: 9, wrapText: true },
};

const HAND_MADE: SheetPlan = {
  name: "Scores & notes",
  owned: true,
  cells: [
    { address: "A1", value: "City", style: "header" },
    { address: "B1", value: "Score", style: "header" },
    { address: "C1", value: "Band", style: "header" },
    { address: "A2", value: "Lyon" },
    { address: "B2", value: 3.456789, style: "score" },
    { address: "C2", value: "Advanced" },
    { address: "A3", value: "Rabat" },
    { address: "B3", value: 0.1 + 0.2, style: "score", numberFormat: "0.000" },
    { address: "C3", value: "Weak" },
    { address: "A4", value: '  <spaced & quoted "text">  ', style: "note" },
    { address: "B4", value: true },
    { address: "C4", value: null, style: "header" },
    { address: "D4", value: "bell\u0007gone" },
    // A formula cell keeps only its computed value.
    { address: "B5", value: 42, formula: { live: "=C2C.SCORE(1,2,3)", portable: "=MIN(1,2)" } },
    { address: "AA10", value: -1.5e-7 },
  ],
  conditionalFormats: [
    {
      range: "C2:C3",
      rules: [
        { kind: "expression", formula: '=$C2="Weak"', highlight: { fill: "#000000" } },
        {
          kind: "cell-equals",
          value: "advanced",
          highlight: { fill: "#0072B2", fontColour: "#FFFFFF", bold: true },
        },
        { kind: "cell-equals", value: "Weak", highlight: { fill: "#D55E00" } },
      ],
    },
  ],
  columnWidths: { A: 24, B: 12.5 },
  freeze: { rows: 1, columns: 1 },
  tabColour: "#003B5C",
};

const SECOND: SheetPlan = {
  name: "Second",
  owned: false,
  cells: [{ address: "A1", value: "Lyon" }],
};

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function expectedValue(value: PlanScalar): ExcelJS.CellValue {
  return value === "" ? null : value;
}

describe("valuesWorkbookBytes", () => {
  it("writes every plan value, and no formula, where the plan puts it", async () => {
    const workbook = await reopen(await valuesWorkbookBytes([HAND_MADE, SECOND], STYLES));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Scores & notes", "Second"]);
    const sheet = workbook.getWorksheet("Scores & notes")!;
    expect(sheet.getCell("B2").value).toBe(3.456789);
    expect(sheet.getCell("B3").value).toBe(0.30000000000000004);
    expect(sheet.getCell("A4").value).toBe('  <spaced & quoted "text">  ');
    expect(sheet.getCell("B4").value).toBe(true);
    expect(sheet.getCell("C4").value).toBeNull();
    expect(sheet.getCell("D4").value).toBe("bellgone");
    expect(sheet.getCell("B5").value).toBe(42);
    expect(sheet.getCell("B5").formula).toBeUndefined();
    expect(sheet.getCell("AA10").value).toBe(-1.5e-7);
    expect(workbook.getWorksheet("Second")!.getCell("A1").value).toBe("Lyon");
  });

  it("keeps the plan's fonts, fills, borders, number formats, alignment, widths, panes and tab colour", async () => {
    const sheet = (await reopen(await valuesWorkbookBytes([HAND_MADE], STYLES))).getWorksheet(
      "Scores & notes",
    )!;
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.getCell("A1").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E2F3" },
      bgColor: { indexed: 64 },
    });
    expect(sheet.getCell("A1").border.bottom?.style).toBe("thin");
    expect(sheet.getCell("C4").font.bold).toBe(true);
    expect(sheet.getCell("B2").numFmt).toBe("0.00");
    expect(sheet.getCell("B2").alignment.horizontal).toBe("right");
    expect(sheet.getCell("B3").numFmt).toBe("0.000");
    expect(sheet.getCell("A4").font.italic).toBe(true);
    expect(sheet.getCell("A4").font.size).toBe(9);
    expect(sheet.getCell("A4").font.color).toEqual({ argb: "FF595959" });
    expect(sheet.getCell("A4").alignment.wrapText).toBe(true);
    expect(sheet.getColumn("A").width).toBe(24);
    expect(sheet.getColumn("B").width).toBe(12.5);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet.properties.tabColor).toEqual({ argb: "FF003B5C" });
  });

  it("bakes the first matching cell-equals highlight into the cell and skips formula rules", async () => {
    const sheet = (await reopen(await valuesWorkbookBytes([HAND_MADE], STYLES))).getWorksheet(
      "Scores & notes",
    )!;
    // "Advanced" matches "advanced" without case, as Excel's rule does.
    expect(sheet.getCell("C2").fill).toMatchObject({ fgColor: { argb: "FF0072B2" } });
    expect(sheet.getCell("C2").font.bold).toBe(true);
    expect(sheet.getCell("C2").font.color).toEqual({ argb: "FFFFFFFF" });
    // The expression rule comes first but needs a formula engine: the cell-equals rule decides.
    expect(sheet.getCell("C3").fill).toMatchObject({ fgColor: { argb: "FFD55E00" } });
    expect(sheet.getCell("A2").fill).toBeUndefined();
  });

  it("stores each distinct text once in the shared strings", async () => {
    const zip = await JSZip.loadAsync(await valuesWorkbookBytes([HAND_MADE, SECOND], STYLES));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings.match(/<si>/g)).toHaveLength(9);
    expect(strings).toContain('count="10"');
    expect(strings).toContain(
      '<t xml:space="preserve">  &lt;spaced &amp; quoted &quot;text&quot;&gt;  </t>',
    );
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toContain("<f>");
  });

  it("refuses sheet lists Excel would not open", async () => {
    await expect(valuesWorkbookBytes([], STYLES)).rejects.toThrow("at least one sheet");
    await expect(
      valuesWorkbookBytes([SECOND, { ...SECOND, name: "SECOND" }], STYLES),
    ).rejects.toThrow('two sheets are called "SECOND"');
    await expect(valuesWorkbookBytes([{ ...SECOND, name: "a/b" }], STYLES)).rejects.toThrow(
      "contains one of",
    );
  });
});

/** The sample partnership written as the demo writes it, read back, and its scored plan. */
async function sampleScoredPlan(): Promise<WorkbookPlan> {
  const sample = samplePartnership();
  const host = MemoryWorkbook.empty();
  await host.applyPlan(
    assessmentWorkbookPlan(sample, scoreAssessment(sample), { generatedOn: "2026-01-15" }),
    { dialect: "portable", existingSheet: "fail" },
  );
  const tables = await host.readTables(Object.values(TABLES));
  return scoredWorkbookPlan(sample, scoreAssessment(sample), layoutFromTables(tables), {
    generatedOn: "2026-01-15",
  });
}

describe("the Scoreboard as a values-only workbook", () => {
  it("holds every value of the scored plan's Scoreboard cell for cell", async () => {
    const plan = await sampleScoredPlan();
    const scoreboard = plan.sheets[0]!;
    const sheet = (await reopen(await valuesWorkbookBytes(plan.sheets, plan.styles))).getWorksheet(
      scoreboard.name,
    )!;
    let numbers = 0;
    for (const cell of scoreboard.cells) {
      expect({ address: cell.address, value: sheet.getCell(cell.address).value }).toEqual({
        address: cell.address,
        value: expectedValue(cell.value),
      });
      expect(sheet.getCell(cell.address).formula).toBeUndefined();
      if (typeof cell.value === "number") numbers++;
    }
    expect(numbers).toBeGreaterThan(50);
  });
});

const SOFFICE = findSoffice();
const describeIfLibreOffice = SOFFICE === null ? describe.skip : describe;
if (SOFFICE === null)
  console.warn(
    `LibreOffice (soffice) is not installed: the values workbook is not opened in LibreOffice. Install it with: ${INSTALL_HINT}`,
  );

// LibreOffice's CSV filter: comma, double quote, UTF-8, from row 1, …, and token 9 "save cell
// contents as shown", so the number formats the package declares show in the text.
const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true";

describeIfLibreOffice("LibreOffice", () => {
  it("opens the values workbooks as valid packages and converts their first sheet to CSV", async () => {
    const directory = mkdtempSync(join(tmpdir(), "c2c-values-"));
    try {
      const input = join(directory, "values.xlsx");
      const scoreboardInput = join(directory, "scoreboard.xlsx");
      writeFileSync(input, await valuesWorkbookBytes([HAND_MADE, SECOND], STYLES));
      const plan = await sampleScoredPlan();
      writeFileSync(scoreboardInput, await valuesWorkbookBytes(plan.sheets, plan.styles));
      // A profile of its own, so a LibreOffice another test runs at the same time does not lock it.
      const profile = pathToFileURL(join(directory, "profile")).href;
      const result = spawnSync(
        SOFFICE!,
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          CSV_AS_SHOWN,
          "--outdir",
          directory,
          input,
          scoreboardInput,
        ],
        {
          encoding: "utf8",
          timeout: 120_000,
        },
      );
      expect(result.status).toBe(0);
      // The sheet reaches column AA, so every line carries empty fields up to it.
      const lines = readFileSync(join(directory, "values.csv"), "utf8")
        .split(/\r?\n/)
        .map((line) => line.replace(/,+$/, ""));
      expect(lines[0]).toBe("City,Score,Band");
      // The CSV shows the formatted values: 0.00 and 0.000.
      expect(lines[1]).toBe("Lyon,3.46,Advanced");
      expect(lines[2]).toBe("Rabat,0.300,Weak");
      expect(lines[3]).toBe('"  <spaced & quoted ""text"">  ",TRUE,,bellgone');
      expect(lines[9]).toMatch(/^,+-1\.5E-07$|^,+-0\.00000015$/);
      const scoreboard = readFileSync(join(directory, "scoreboard.csv"), "utf8");
      expect(scoreboard).toContain(samplePartnership().partnership.name);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 180_000);
});
