// Our reader and ExcelJS's (as the project corrects it, loadedTables.ts) read the same tables and
// cells — values within a relative 1e-9 (ExcelJS turns date serials into Date objects and back) and
// number formats — on files this project did not write: the curated Excel-made files, openpyxl's
// and LibreOffice's workbooks, and the strict OOXML copy. Where ExcelJS is known wrong the test
// says so: a 1904 workbook's dates (ExcelJS returns 1904 serials; the port's dates are 1900 ones).

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findOpenpyxlPython, writeWithOpenpyxl } from "../../scripts/fixtures/openpyxl";
import { findSoffice, recalculateWithLibreOffice } from "../../scripts/portable/libreOffice";
import { tempFolder, type TempFolder } from "../cli/cliHarness";
import { CONTRACT_SHEETS, CONTRACT_TABLES, contractXlsx } from "./contractCells";
import { strictFromTransitional } from "./handmadeFiles";
import { readersAgree } from "./readerAgreement";

// Each case reads whole workbooks twice; on two shared cores that takes seconds.
jest.setTimeout(120_000);

const EXCEL_MADE = join(__dirname, "fixtures", "excel-made");
const PYTHON = findOpenpyxlPython();
const SOFFICE = findSoffice();

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

describe("our reader reads as ExcelJS does", () => {
  it("on every curated Excel-made file: every table, and every sheet cell by cell", async () => {
    const names = (await readdir(EXCEL_MADE)).filter((name) => name.endsWith(".xlsx")).sort();
    expect(names.length).toBeGreaterThanOrEqual(5);
    let tables = 0;
    for (const name of names) {
      const agreement = await readersAgree(new Uint8Array(await readFile(join(EXCEL_MADE, name))));
      expect({ name, differences: agreement.differences }).toEqual({ name, differences: [] });
      expect(agreement.sheets.length).toBeGreaterThan(0);
      tables += agreement.tables.length;
    }
    // table02 and table06 hold tables; the comparison is not empty.
    expect(tables).toBeGreaterThanOrEqual(2);
  });

  it("on the contract workbook, transitional and strict", async () => {
    const transitional = await contractXlsx();
    for (const bytes of [transitional, await strictFromTransitional(transitional)]) {
      const agreement = await readersAgree(bytes);
      expect(agreement.differences).toEqual([]);
      expect(agreement.tables).toEqual(CONTRACT_TABLES.map((table) => table.name).sort());
    }
  });

  (PYTHON === null ? it.skip : it)("on openpyxl's workbook", async () => {
    const path = folder.path("openpyxl.xlsx");
    await writeWithOpenpyxl(PYTHON ?? "", path, CONTRACT_SHEETS, CONTRACT_TABLES);
    const agreement = await readersAgree(new Uint8Array(await readFile(path)));
    expect(agreement.differences).toEqual([]);
    expect(agreement.tables.length).toBe(CONTRACT_TABLES.length);
  });

  (SOFFICE === null ? it.skip : it)(
    "on LibreOffice's workbook",
    async () => {
      const [saved] = await recalculateWithLibreOffice(SOFFICE ?? "soffice", [
        await contractXlsx(),
      ]);
      const agreement = await readersAgree(saved ?? new Uint8Array());
      expect(agreement.differences).toEqual([]);
      expect(agreement.tables.length).toBe(CONTRACT_TABLES.length);
    },
    300_000,
  );
});

describe("where ExcelJS is known wrong", () => {
  it("a 1904 workbook's dates: ours are 1900 serials (the port's dates), ExcelJS's stay 1904 ones", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Dates");
    sheet.getCell("A1").value = 43844;
    sheet.getCell("A1").numFmt = "dd/mm/yyyy";
    sheet.getCell("A2").value = 43844;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const agreement = await readersAgree(bytes);
    // 43844 days after 1904-01-01 is 2024-01-15, serial 45306 in the 1900 system; A2 is a number.
    expect(agreement.differences).toEqual(["Dates!A1: ours 45306 / ExcelJS 43844"]);
  });
});
