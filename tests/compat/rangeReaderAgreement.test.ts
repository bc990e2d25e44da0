// The range reader (a text scanner, worksheetRanges.ts) reads every cell of the ranges it is asked
// for as the whole-sheet saxes reader does, on files this project did not write: the curated
// Excel-made files, openpyxl's and LibreOffice's contract workbooks, the strict OOXML copy. The
// whole corpus (988 Excel-made files) is compared by hand: `npx tsx tests/compat/rangesOnCorpus.ts
// ../shared/corpus/excel-made` (all agree).

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { findOpenpyxlPython, writeWithOpenpyxl } from "../../scripts/fixtures/openpyxl";
import { findSoffice, recalculateWithLibreOffice } from "../../scripts/portable/libreOffice";
import { tempFolder, type TempFolder } from "../cli/cliHarness";
import { CONTRACT_SHEETS, CONTRACT_TABLES, contractXlsx } from "./contractCells";
import { strictFromTransitional } from "./handmadeFiles";
import { rangeReaderAgrees } from "./rangeReaderAgreement";

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

/** Agreement on one file; how many cells were compared, so a test can see it is not empty. */
async function expectAgreement(name: string, bytes: Uint8Array, tables: number): Promise<number> {
  const agreement = await rangeReaderAgrees(bytes);
  expect({ name, differences: agreement.differences }).toEqual({ name, differences: [] });
  // The whole of each sheet and each table's ref at least.
  expect(agreement.ranges).toBeGreaterThanOrEqual(agreement.sheets + tables);
  return agreement.cells;
}

describe("the range reader reads as the saxes reader", () => {
  it("on every curated Excel-made file", async () => {
    const names = (await readdir(EXCEL_MADE)).filter((name) => name.endsWith(".xlsx")).sort();
    expect(names.length).toBeGreaterThanOrEqual(5);
    let cells = 0;
    for (const name of names)
      cells += await expectAgreement(
        name,
        new Uint8Array(await readFile(join(EXCEL_MADE, name))),
        0,
      );
    expect(cells).toBeGreaterThan(100);
  });

  it("on the contract workbook, transitional and strict", async () => {
    const transitional = await contractXlsx();
    expect(await expectAgreement("contract", transitional, CONTRACT_TABLES.length)).toBeGreaterThan(
      100,
    );
    await expectAgreement(
      "strict",
      await strictFromTransitional(transitional),
      CONTRACT_TABLES.length,
    );
  });

  (PYTHON === null ? it.skip : it)("on openpyxl's workbook", async () => {
    const path = folder.path("openpyxl.xlsx");
    await writeWithOpenpyxl(PYTHON ?? "", path, CONTRACT_SHEETS, CONTRACT_TABLES);
    await expectAgreement("openpyxl", new Uint8Array(await readFile(path)), CONTRACT_TABLES.length);
  });

  (SOFFICE === null ? it.skip : it)(
    "on LibreOffice's workbook",
    async () => {
      const [saved] = await recalculateWithLibreOffice(SOFFICE ?? "soffice", [
        await contractXlsx(),
      ]);
      await expectAgreement("LibreOffice", saved ?? new Uint8Array(), CONTRACT_TABLES.length);
    },
    300_000,
  );
});
