// Files Excel itself saved (from XlsxWriter's comparison set, BSD 2-Clause, fixtures/excel-made/
// LICENSE.txt): tables, totals, images, comments, charts, rich text, UTF-8 sheet names, defined
// names, hyperlinks. The preflight passes each as it is (nothing rewritten), the workbook opens,
// and a command names the missing contract tables in its own words. The strict OOXML copy of an
// Excel-made file reads the same tables and cells as the original.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { preflightPackage } from "../../src/host/xlsx/preflight";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { c2c, problemLines } from "../cli/cliHarness";
import { LIBRARY_WORDS } from "./contractCells";
import { strictFromTransitional } from "./handmadeFiles";

// Each case reads and writes whole workbooks; on two shared cores that takes seconds.
jest.setTimeout(120_000);

const FOLDER = join(__dirname, "fixtures", "excel-made");

async function excelMadeFiles(): Promise<string[]> {
  return (await readdir(FOLDER)).filter((name) => name.endsWith(".xlsx")).sort();
}

describe("Excel-made files", () => {
  it("are a curated set of 5 to 10, with their licence", async () => {
    const files = await excelMadeFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBeLessThanOrEqual(10);
    expect(await readFile(join(FOLDER, "LICENSE.txt"), "utf8")).toMatch(/BSD 2-Clause/);
  });

  it("pass the preflight untouched and open", async () => {
    for (const name of await excelMadeFiles()) {
      const bytes = new Uint8Array(await readFile(join(FOLDER, name)));
      const checked = await preflightPackage(bytes);
      expect({ name, ok: checked.ok }).toEqual({ name, ok: true });
      if (!checked.ok) continue;
      expect({ name, rewrites: checked.rewrites }).toEqual({ name, rewrites: [] });
      expect(checked.bytes).toBe(bytes);
      const workbook = await XlsxWorkbook.fromBytes(checked.bytes);
      expect((await workbook.listSheets()).length).toBeGreaterThan(0);
    }
  });

  it("get the contract's own refusal through report: they hold no C2C tables", async () => {
    for (const name of await excelMadeFiles()) {
      const path = join(FOLDER, name);
      const run = await c2c("report", path, "--json");
      expect(run.code).toBe(2);
      expect(problemLines(run.stderr).join("\n")).toMatch(
        /neither a readable C2C_Checklist nor a readable C2C_Indicators table/,
      );
      expect(run.stderr).not.toMatch(LIBRARY_WORDS);
    }
  });

  it("in strict OOXML read the same sheets, tables and cells as Excel's transitional file", async () => {
    const original = new Uint8Array(await readFile(join(FOLDER, "table02.xlsx")));
    const strict = await preflightPackage(await strictFromTransitional(original));
    expect(strict).toMatchObject({
      ok: true,
      rewrites: ["strict OOXML namespaces → transitional"],
    });
    if (!strict.ok) return;
    const [transitionalBook, strictBook] = await Promise.all([
      XlsxWorkbook.fromBytes(original),
      XlsxWorkbook.fromBytes(strict.bytes),
    ]);
    expect(await strictBook.listSheets()).toEqual(await transitionalBook.listSheets());
    const names = ["Table1", "Table2", "Table3", "Table4", "Table5"];
    const strictTables = await strictBook.readTables(names);
    expect(Object.values(strictTables).every((table) => table !== null)).toBe(true);
    expect(strictTables).toEqual(await transitionalBook.readTables(names));
  });
});
