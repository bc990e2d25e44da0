// ExcelJS neither reads nor writes `<workbookProtection>`: the xlsx host reads it from the package
// itself (plans that change the sheets are refused) and puts it back, as written, on save.

import JSZip from "jszip";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { samplePlan } from "../fixtures/samplePlan";
import { userXlsx } from "./xlsxFixtures";

const SHEETS = {
  Indicators: [
    ["Code", "Value"],
    ["11.1.1", 42.5],
  ],
};

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
}

describe("workbook structure protection in an .xlsx", () => {
  it("survives a read and a save, in its place after workbookPr", async () => {
    const host = await XlsxWorkbook.fromBytes(await userXlsx(SHEETS, [], { structure: true }));
    const xml = await workbookXml(await host.toBytes());
    expect(xml).toMatch(
      /<workbookPr[^>]*\/><workbookProtection lockStructure="1"\/><(bookViews|sheets)\b/,
    );
    const reopened = await XlsxWorkbook.fromBytes(await host.toBytes());
    await expect(
      reopened.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" }),
    ).rejects.toThrow(/The workbook's structure is protected/);
  });

  it("is not added to a workbook that had none", async () => {
    const host = await XlsxWorkbook.fromBytes(await userXlsx(SHEETS, []));
    expect(await workbookXml(await host.toBytes())).not.toContain("workbookProtection");
  });
});
