// selectRange in a file: the package opens on the chosen sheet, that tab alone selected (Excel
// groups every tab marked selected), the range's top-left cell active; frozen panes are kept.

import JSZip from "jszip";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { samplePlan } from "../fixtures/samplePlan";
import { userXlsx } from "./xlsxFixtures";

async function parts(host: XlsxWorkbook): Promise<{ workbook: string; sheets: string[] }> {
  const zip = await JSZip.loadAsync(await host.toBytes());
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (workbook === undefined) throw new Error("no workbook part");
  const sheetParts = zip
    .file(/^xl\/worksheets\/sheet\d+\.xml$/)
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  return { workbook, sheets: await Promise.all(sheetParts.map((part) => part.async("string"))) };
}

describe("XlsxWorkbook.selectRange", () => {
  it("makes the sheet the active and only selected tab, with the range's corner active", async () => {
    const host = await XlsxWorkbook.fromBytes(
      await userXlsx({ Inputs: [["x"]], "Partner data": [["y"]], Last: [["z"]] }, []),
    );
    expect(await host.selectRange("Inputs!C3")).toBe(true);
    expect(await host.selectRange("'Partner data'!B4:D9")).toBe(true);
    const { workbook, sheets } = await parts(host);
    expect(workbook).toMatch(/<workbookView [^>]*activeTab="1"/);
    expect(sheets.map((xml) => /tabSelected="1"/.test(xml))).toEqual([false, true, false]);
    expect(sheets[1]).toContain('<selection activeCell="B4" sqref="B4"/>');
  });

  it("keeps a sheet's frozen panes when selecting on it", async () => {
    const host = XlsxWorkbook.create();
    await host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
    expect(await host.selectRange("Scoreboard!E2")).toBe(true);
    const { sheets } = await parts(host);
    expect(sheets[0]).toMatch(
      /<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"\/>/,
    );
    expect(sheets[0]).toContain('activeCell="E2"');
  });
});
