// The chart parts the xlsx host adds to the package: present, well-formed, wired from the sheet
// through the drawing to each chart, with caches holding the plan's values.

import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { readRelationships } from "../../../src/host/xlsx/packageParts";
import { PRINCIPLE_SCORES, samplePlan } from "../fixtures/samplePlan";

function assertWellFormed(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= new Error(`${part}: ${error.message}`);
  });
  parser.write(xml).close();
  if (failure !== undefined) throw failure;
}

async function writtenPackage(plan: WorkbookPlan = samplePlan()): Promise<JSZip> {
  const workbook = XlsxWorkbook.create();
  await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
  return JSZip.loadAsync(await workbook.toBytes());
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`missing part ${path}`);
  return file.async("string");
}

describe("xlsx charts", () => {
  it("adds one drawing and a chart part per chart, all well-formed XML", async () => {
    const zip = await writtenPackage();
    const parts = Object.keys(zip.files)
      .filter((path) => /^xl\/(charts|drawings)\//.test(path))
      .sort();
    expect(parts).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    for (const path of [
      ...parts,
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
    ]) {
      assertWellFormed(await text(zip, path), path);
    }
  });

  it("wires sheet → drawing → charts by relationships and declares their content types", async () => {
    const zip = await writtenPackage();
    const sheet = await text(zip, "xl/worksheets/sheet1.xml");
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    // CT_Worksheet order: the drawing comes before tableParts.
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    const sheetRels = readRelationships(await text(zip, "xl/worksheets/_rels/sheet1.xml.rels"));
    expect(sheetRels.find((relationship) => relationship.id === drawingId)?.target).toBe(
      "../drawings/drawing1.xml",
    );
    expect(sheetRels.some((relationship) => relationship.type.endsWith("/table"))).toBe(true);

    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    const chartIds = [...drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map(
      (match) => match[1],
    );
    const drawingRels = readRelationships(await text(zip, "xl/drawings/_rels/drawing1.xml.rels"));
    expect(
      chartIds.map((id) => drawingRels.find((relationship) => relationship.id === id)?.target),
    ).toEqual(["../charts/chart1.xml", "../charts/chart2.xml"]);
    // Anchors: G2:N18 → from column 6 row 1 to column 14 row 18 (0-based, end exclusive).
    expect(drawing).toContain(
      "<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>",
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>",
    );

    const contentTypes = await text(zip, "[Content_Types].xml");
    expect(contentTypes).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(contentTypes).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  it("writes a radar chart and a horizontal clustered bar chart whose series refer to the sheet and cache its values", async () => {
    const zip = await writtenPackage();
    const radar = await text(zip, "xl/charts/chart1.xml");
    expect(radar).toContain('<c:radarChart><c:radarStyle val="marker"/>');
    expect(radar).toContain("<c:f>Scoreboard!$A$4:$A$6</c:f>");
    expect(radar).toContain("<c:f>Scoreboard!$B$4:$B$6</c:f>");
    const cached = [...radar.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0]?.[0] ?? "";
    expect([...cached.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => Number(match[1]))).toEqual([
      ...PRINCIPLE_SCORES,
    ]);
    expect([...radar.matchAll(/<c:strCache>.*?<\/c:strCache>/g)][0]?.[0]).toContain(
      '<c:pt idx="2"><c:v>FIN</c:v></c:pt>',
    );
    expect(radar).toContain('<c:max val="5"/><c:min val="0"/>');

    const bar = await text(zip, "xl/charts/chart2.xml");
    expect(bar).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(bar).toContain('<a:srgbClr val="D55E00"/>');
    expect(bar).toContain("<a:t>Scores</a:t>");
  });

  it("quotes sheet names in series references and leaves blank cells out of the cache", async () => {
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [
        {
          name: "SDG index",
          owned: true,
          cells: [
            { address: "A1", value: "SDG 6" },
            { address: "A2", value: 11 },
            { address: "B1", value: 55.5 },
          ],
          charts: [
            {
              kind: "bar",
              barDirection: "vertical",
              title: "Goals & <cities>",
              anchor: "D1:J10",
              categories: "A1:A2",
              series: [{ name: "Nakuru", values: "B1:B2" }],
            },
          ],
        },
      ],
      names: [],
    };
    const zip = await writtenPackage(plan);
    const chart = await text(zip, "xl/charts/chart1.xml");
    expect(chart).toContain("<c:f>'SDG index'!$B$1:$B$2</c:f>");
    expect(chart).toContain(
      '<c:ptCount val="2"/><c:pt idx="0"><c:v>55.5</c:v></c:pt></c:numCache>',
    );
    expect(chart).toContain('<c:pt idx="1"><c:v>11</c:v></c:pt>');
    expect(chart).toContain("<a:t>Goals &amp; &lt;cities&gt;</a:t>");
    expect(chart).toContain('<c:barDir val="col"/>');
  });

  it("keeps only the rebuilt sheet's charts when an owned sheet is replaced before saving", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
    const onlyRadar = samplePlan();
    const plan: WorkbookPlan = {
      ...onlyRadar,
      sheets: onlyRadar.sheets.map((sheet) => ({ ...sheet, charts: sheet.charts?.slice(0, 1) })),
    };
    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "replace-owned" });
    const zip = await JSZip.loadAsync(await workbook.toBytes());
    expect(Object.keys(zip.files).filter((path) => path.startsWith("xl/charts/"))).toEqual([
      "xl/charts/chart1.xml",
    ]);
  });

  it("rebuilds the charts of an owned sheet read from a file (ExcelJS drops the old ones on load)", async () => {
    const first = XlsxWorkbook.create();
    await first.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
    const reopened = await XlsxWorkbook.fromBytes(await first.toBytes());
    await reopened.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "replace-owned" });
    const zip = await JSZip.loadAsync(await reopened.toBytes());
    expect(
      Object.keys(zip.files)
        .filter((path) => path.startsWith("xl/charts/"))
        .sort(),
    ).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
  });
});
