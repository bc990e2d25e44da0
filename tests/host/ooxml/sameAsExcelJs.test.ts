// The runner's own package writer against the ExcelJS path it replaces for generated workbooks:
// the same plans, read back by ExcelJS, give the same values, formulas with their cached values,
// looks, validations, conditional formats, protection, tables, defined names and chart parts.

import JSZip from "jszip";
import { BUILDS, bothWriters, loadWithExcelJs } from "./bothWriters";
import { readerView } from "./readerView";

async function chartParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path));
  const texts = await Promise.all(
    paths.map((path) => zip.file(path)?.async("string") ?? Promise.resolve("")),
  );
  return texts.sort();
}

describe.each(BUILDS)("%s written by the package writer", (_, build) => {
  let written: { exceljs: Uint8Array; own: Uint8Array };
  beforeAll(async () => {
    written = await bothWriters(build);
  }, 60_000);

  it("reads back in ExcelJS exactly as the ExcelJS path's workbook does", async () => {
    const reference = readerView(await loadWithExcelJs(written.exceljs));
    const own = readerView(await loadWithExcelJs(written.own));
    expect(own).toEqual(reference);
    // The comparison is not vacuous: the workbooks hold each kind of thing compared.
    const sheets = (reference.sheets as Record<string, unknown>[]).map((sheet) => ({
      validations: Object.keys(sheet.validations as object).length,
      conditionalFormats: (sheet.conditionalFormats as unknown[]).length,
      protected: sheet.protection !== null,
      tables: (sheet.tables as unknown[]).length,
      formulas: Object.values(sheet.cells as Record<string, { value: unknown }>).filter(
        (cell) => typeof cell.value === "object" && cell.value !== null && "formula" in cell.value,
      ).length,
    }));
    expect(sheets.some((sheet) => sheet.validations > 0)).toBe(true);
    expect(sheets.some((sheet) => sheet.protected)).toBe(true);
    expect(sheets.some((sheet) => sheet.conditionalFormats > 0)).toBe(true);
    expect(sheets.some((sheet) => sheet.tables > 0)).toBe(true);
    expect(sheets.reduce((sum, sheet) => sum + sheet.formulas, 0)).toBeGreaterThanOrEqual(2);
    expect((reference.names as unknown[]).length).toBeGreaterThan(0);
  });

  it("holds the same charts, and no shared-string table", async () => {
    expect(await chartParts(written.own)).toEqual(await chartParts(written.exceljs));
    const zip = await JSZip.loadAsync(written.own);
    expect(zip.file("xl/sharedStrings.xml")).toBeNull();
  });
});
