// The package host's own behaviour, beyond what the ExcelJS path also does: the parts a save
// writes, the sheet ids a rebuild keeps, the order of every worksheet's elements (CT_Worksheet's
// sequence, which Excel enforces), and what it refuses.

import JSZip from "jszip";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { PlanError } from "../../../src/host/workbookHost";
import { samplePlan } from "../fixtures/samplePlan";

const PORTABLE = { dialect: "portable", existingSheet: "replace-owned" } as const;

// ECMA-376 Part 1, 18.3.1.99 (CT_Worksheet), the elements the writer may write, in order.
const WORKSHEET_SEQUENCE = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetProtection",
  "conditionalFormatting",
  "dataValidations",
  "pageMargins",
  "pageSetup",
  "drawing",
  "tableParts",
];

/** The names of the worksheet's child elements, in document order. */
function childElements(xml: string): string[] {
  const body = xml.slice(
    xml.indexOf(">", xml.indexOf("<worksheet")) + 1,
    xml.lastIndexOf("</worksheet>"),
  );
  const names: string[] = [];
  let depth = 0;
  for (const match of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = "", selfClosing] = match;
    if (closing === "/") depth--;
    else {
      if (depth === 0) names.push(name);
      if (selfClosing !== "/") depth++;
    }
  }
  return names;
}

async function sampleWorkbook(): Promise<PackageWorkbook> {
  const host = PackageWorkbook.create();
  await host.applyPlan(samplePlan(), PORTABLE);
  return host;
}

describe("PackageWorkbook", () => {
  it("writes every worksheet's elements in CT_Worksheet's order", async () => {
    const parts = (await sampleWorkbook()).writtenParts();
    const sheets = [...parts].filter(([path]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    expect(sheets.length).toBe(2);
    for (const [, xml] of sheets) {
      const order = childElements(xml).map((name) => WORKSHEET_SEQUENCE.indexOf(name));
      expect(order).not.toContain(-1);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // The Scoreboard has every element the writer knows.
    expect(childElements(parts.get("xl/worksheets/sheet1.xml") ?? "")).toEqual(
      WORKSHEET_SEQUENCE.filter((name) => name !== "conditionalFormatting").flatMap((name) =>
        name === "sheetProtection"
          ? [name, "conditionalFormatting", "conditionalFormatting"]
          : [name],
      ),
    );
  });

  it("saves exactly the parts the workbook needs, with no shared strings and no folder entries", async () => {
    const zip = await JSZip.loadAsync(await (await sampleWorkbook()).toBytes());
    expect(Object.keys(zip.files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/styles.xml",
      "xl/tables/table1.xml",
      "xl/workbook.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    for (const part of ["xl/charts/chart2.xml", "xl/tables/table1.xml", "xl/worksheets/sheet2.xml"])
      expect(types).toContain(`PartName="/${part}"`);
  });

  it("rebuilds an owned sheet in its place under its sheet id; the settings sheet stays hidden and last", async () => {
    const host = await sampleWorkbook();
    const before = await workbookPart(host);
    await host.applyPlan(samplePlan(), PORTABLE);
    const after = await workbookPart(host);
    const sheets = (xml: string): string[] => xml.match(/<sheet [^>]*\/>/g) ?? [];
    expect(sheets(after)).toEqual(sheets(before));
    expect(sheets(after)).toEqual([
      '<sheet name="Scoreboard" sheetId="1" r:id="rId1"/>',
      '<sheet name="C2C_AddinData" sheetId="2" state="hidden" r:id="rId2"/>',
    ]);
    expect(after).toContain(
      '<definedNames><definedName name="MeanScore">Scoreboard!$B$8</definedName></definedNames>',
    );
  });

  it("reads back the tables and settings it wrote", async () => {
    const host = await sampleWorkbook();
    const table = await host.readTable("c2c_principles");
    expect(table?.columns.map((column) => column.header)).toEqual(["Principle", "Score", "Band"]);
    expect(table?.rows.map((row) => row.cells[1]?.value)).toEqual([3.44, 3.7, 2.1]);
    expect(table?.rows[0]?.cells[1]?.numberFormat).toBe(undefined);
    await host.writeAddinData({ answer: "42" });
    expect((await host.readAddinData()).answer).toBe("42");
    expect(await host.listSheets()).toEqual([{ name: "Scoreboard", owned: true }]);
  });

  it("refuses a plan that grows a table, before anything changes", async () => {
    const host = await sampleWorkbook();
    const before = await host.toBytes();
    await expect(
      host.applyPlan(
        {
          ...samplePlan(),
          tableEdits: [{ table: "C2C_Principles", appendRows: [{ Principle: "DIG" }] }],
        },
        PORTABLE,
      ),
    ).rejects.toThrow(PlanError);
    expect(await host.toBytes()).toEqual(before);
  });

  it("refuses the live dialect and a workbook without a visible sheet", async () => {
    const host = PackageWorkbook.create();
    await expect(host.applyPlan(samplePlan(), { ...PORTABLE, dialect: "live" })).rejects.toThrow(
      PlanError,
    );
    await host.writeAddinData({ answer: "42" });
    await expect(host.toBytes()).rejects.toThrow(/at least one visible sheet/);
  });
});

async function workbookPart(host: PackageWorkbook): Promise<string> {
  const zip = await JSZip.loadAsync(await host.toBytes());
  return (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
}
