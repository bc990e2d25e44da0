// The schema-order checker, itself checked: it refuses what breaks CT_Worksheet's sequence, and it
// passes every part Excel wrote in the 988 workbooks of the corpus (Excel's own output is the best
// evidence we have that a sequence is transcribed right).

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import {
  packageOrderProblems,
  schemaOrderProblems,
  STYLESHEET,
  WORKBOOK,
  WORKSHEET,
} from "./schemaOrder";

const CORPUS = "/work/shared/corpus/excel-made";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// 988 packages unzipped and scanned: tens of seconds on two shared cores.
jest.setTimeout(300_000);

function sheet(children: string, root = `worksheet xmlns="${MAIN}"`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>${children}</${root.split(" ")[0]}>`;
}

describe("schemaOrderProblems", () => {
  it("passes a sheet in CT_Worksheet's order", () => {
    const xml = sheet(
      `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
        `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
        `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>` +
        `<conditionalFormatting sqref="A2"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
        `<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="0"/>`,
    );
    expect(schemaOrderProblems("xl/worksheets/sheet1.xml", xml, WORKSHEET)).toEqual([]);
  });

  it.each([
    [
      "a child out of order",
      `<sheetData/><drawing r:id="rId1"/><hyperlinks/>`,
      "xl/worksheets/sheet1.xml: <hyperlinks> comes after <drawing>, CT_Worksheet puts it before",
    ],
    [
      "a child twice that may appear once",
      `<sheetData/><dataValidations count="0"/><dataValidations count="0"/>`,
      "xl/worksheets/sheet1.xml: <dataValidations> appears twice, CT_Worksheet allows one",
    ],
    [
      "a child the schema does not know",
      `<sheetData/><tablePart r:id="rId1"/>`,
      "xl/worksheets/sheet1.xml: <tablePart> is not a child of CT_Worksheet",
    ],
    [
      "a missing required child",
      `<dimension ref="A1"/>`,
      "xl/worksheets/sheet1.xml: CT_Worksheet requires <sheetData>, missing",
    ],
    [
      "a misplaced child wrapped in mc:AlternateContent",
      `<sheetData/><tableParts count="0"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><controls/></mc:Choice><mc:Fallback/></mc:AlternateContent>`,
      "xl/worksheets/sheet1.xml: <controls> comes after <tableParts>, CT_Worksheet puts it before",
    ],
  ])("refuses %s", (_, children, problem) => {
    expect(schemaOrderProblems("xl/worksheets/sheet1.xml", sheet(children), WORKSHEET)).toEqual([
      problem,
    ]);
  });

  it("reads a prefixed main namespace and skips foreign elements", () => {
    const xml = sheet(
      `<x:sheetData/><x14ac:foo xmlns:x14ac="urn:other"/><x:pageMargins left="0" right="0" top="0" bottom="0" header="0" footer="0"/>` +
        `<x:sheetProtection/>`,
      `x:worksheet xmlns:x="${MAIN}"`,
    );
    expect(schemaOrderProblems("s.xml", xml, WORKSHEET)).toEqual([
      "s.xml: <sheetProtection> comes after <pageMargins>, CT_Worksheet puts it before",
    ]);
  });

  it("skips comments and sheetData of any size without looking inside", () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, row) => `<row r="${row + 1}"><c r="A${row + 1}"><v>${row}</v></c></row>`,
    );
    const xml = sheet(
      `<!-- <drawing/> --><sheetData>${rows.join("")}</sheetData><drawing r:id="rId1"/>`,
    );
    expect(schemaOrderProblems("s.xml", xml, WORKSHEET)).toEqual([]);
  });

  it("checks workbook and styles sequences too", () => {
    expect(
      schemaOrderProblems(
        "xl/workbook.xml",
        sheet(`<sheets/><bookViews/>`, `workbook xmlns="${MAIN}"`),
        WORKBOOK,
      ),
    ).toEqual(["xl/workbook.xml: <bookViews> comes after <sheets>, CT_Workbook puts it before"]);
    expect(
      schemaOrderProblems(
        "xl/styles.xml",
        sheet(`<fonts/><numFmts/>`, `styleSheet xmlns="${MAIN}"`),
        STYLESHEET,
      ),
    ).toEqual(["xl/styles.xml: <numFmts> comes after <fonts>, CT_Stylesheet puts it before"]);
    expect(
      schemaOrderProblems(
        "xl/styles.xml",
        sheet(`<fonts/>`, `worksheet xmlns="${MAIN}"`),
        STYLESHEET,
      ),
    ).toEqual(["xl/styles.xml: the root is <worksheet>, not CT_Stylesheet's <styleSheet>"]);
  });
});

describe("every part Excel wrote in the corpus passes", () => {
  it("worksheets, workbooks, styles, tables, content types and relationships of 988 workbooks", async () => {
    const files = (await readdir(CORPUS)).filter((file) => file.endsWith(".xlsx"));
    expect(files).toHaveLength(988);
    const problems: string[] = [];
    const checked = { worksheets: 0, tables: 0 };
    for (const file of files) {
      const zip = await JSZip.loadAsync(await readFile(join(CORPUS, file)));
      const texts = new Map<string, string>();
      for (const path of Object.keys(zip.files)) {
        if (zip.files[path]?.dir === true || !/\.(xml|rels)$/.test(path)) continue;
        texts.set(path, (await zip.file(path)?.async("string")) ?? "");
        if (path.startsWith("xl/worksheets/sheet")) checked.worksheets++;
        if (path.startsWith("xl/tables/")) checked.tables++;
      }
      problems.push(
        ...packageOrderProblems([...texts.keys()], (path) => texts.get(path)).map(
          (problem) => `${file}: ${problem}`,
        ),
      );
    }
    expect(problems).toEqual([]);
    // The corpus holds more than one sheet per workbook on average, and tables.
    expect(checked.worksheets).toBeGreaterThanOrEqual(988);
    expect(checked.tables).toBeGreaterThan(30);
  });
});
