// Growth refused when another part points at cells it would move: Excel's own charts, comments and
// defined names (../shared/corpus/excel-made), and hand-written parts as Excel writes them where the
// corpus has none (pivot caches and tables, threaded comments, another sheet's formulas).

import { resolveTableEdits, type TableGrowth } from "../../../../src/engine/plan/tableGrowth";
import { englishText, phraseText, sentences } from "../../../../src/engine/language/problemTexts";
import {
  growthRefusalPhrases,
  growthRefusals,
  type GrowthPackage,
} from "../../../../src/host/ooxml/sheetPatch/growthRefusals";
import { excelMadeParts, partText, type Parts } from "./sheetParts";

/** A table on Sheet1 over A1:C5 (Name, Value, Note) given a column before `before`, or rows only. */
function growthOnSheet1(before: string | undefined): TableGrowth {
  const [growth] = resolveTableEdits(
    [
      {
        table: "Answers",
        ...(before === undefined
          ? { appendRows: [{ Name: "x" }] }
          : { insertColumns: { before, columns: [{ header: "New" }] } }),
      },
    ],
    () => ({
      name: "Answers",
      sheet: "Sheet1",
      bounds: { start: { row: 1, column: 1 }, end: { row: 5, column: 3 } },
      headers: ["Name", "Value", "Note"],
      hasHeaderRow: true,
      hasTotalsRow: false,
    }),
  );
  if (growth === undefined) throw new Error("no growth");
  return growth;
}

/** A table on Sheet1 over rows `from`..`to`, columns A:C, given a column before `before`. */
function growthOf(rows: { from: number; to: number }, before: string): TableGrowth {
  const [growth] = resolveTableEdits(
    [{ table: "Answers", insertColumns: { before, columns: [{ header: "New" }] } }],
    () => ({
      name: "Answers",
      sheet: "Sheet1",
      bounds: { start: { row: rows.from, column: 1 }, end: { row: rows.to, column: 3 } },
      headers: ["Name", "Value", "Note"],
      hasHeaderRow: true,
      hasTotalsRow: false,
    }),
  );
  if (growth === undefined) throw new Error("no growth");
  return growth;
}

function packageOf(
  parts: Parts | Map<string, string>,
  extra: Partial<GrowthPackage> = {},
): GrowthPackage {
  const text = (path: string): string | undefined => {
    const part = parts.get(path);
    if (part === undefined) return undefined;
    return typeof part === "string" ? part : partText(parts as Parts, path);
  };
  return {
    partPaths: [...parts.keys()],
    partText: text,
    sheetPath: "xl/worksheets/sheet1.xml",
    ...extra,
  };
}

describe("growthRefusals on Excel's own parts", () => {
  it("refuses when a chart series reads moving cells, naming the chart part", async () => {
    const pack = packageOf(await excelMadeParts("chart_table01.xlsx"));
    expect(growthRefusals(pack, growthOnSheet1("Value"))).toEqual([
      'The chart in xl/charts/chart1.xml reads Sheet1!B1:B5, which adding columns to the table "Answers" would move: move the chart\'s data or the table first.',
    ]);
  });

  it("lets the table grow where the chart reads only cells left of the new column", async () => {
    const chartPart = partText(await excelMadeParts("chart_table01.xlsx"), "xl/charts/chart1.xml");
    const pack = packageOf(
      new Map([
        [
          "xl/charts/chart1.xml",
          chartPart.replace(/Sheet1!\$[BC]\$1:\$[BC]\$5/g, "Sheet1!$A$1:$A$5"),
        ],
      ]),
    );
    expect(growthRefusals(pack, growthOnSheet1("Value"))).toEqual([]);
  });

  it("refuses when a comment is anchored on a moving cell", async () => {
    const pack = packageOf(await excelMadeParts("comment01.xlsx"));
    expect(growthRefusals(pack, growthOnSheet1("Value"))).toEqual([
      'The comment on Sheet1!B2 in xl/comments1.xml is anchored to a cell whose content adding columns to the table "Answers" would move: move the comment or the table first.',
    ]);
    expect(growthRefusals(pack, growthOnSheet1("Note"))).toEqual([]);
  });

  it("refuses for each defined name over moving cells, unless the runner owns it", async () => {
    const parts = await excelMadeParts("defined_name01.xlsx");
    expect(growthRefusals(packageOf(parts), growthOnSheet1("Value"))).toEqual([
      'The sheet\'s autofilter (the hidden defined name _xlnm._FilterDatabase in xl/workbook.xml) covers Sheet1!F1:G1, which adding columns to the table "Answers" would move: remove the filter or move the table first.',
      'The print area (the defined name _xlnm.Print_Area in xl/workbook.xml) covers Sheet1!A1:E6, which adding columns to the table "Answers" would move: clear or set the print area again after moving the table, or move the table first.',
    ]);
    expect(
      growthRefusals(
        packageOf(parts, { ownedNames: ["_xlnm._FilterDatabase", "_XLNM.PRINT_AREA"] }),
        growthOnSheet1("Value"),
      ),
    ).toEqual([]);
  });

  it("refuses when the print area Excel wrote covers moving cells, and not when it lies above them", async () => {
    const parts = await excelMadeParts("print_area01.xlsx"); // Sheet1!$A$1
    expect(growthRefusals(packageOf(parts), growthOnSheet1("Name"))).toEqual([
      'The print area (the defined name _xlnm.Print_Area in xl/workbook.xml) covers Sheet1!A1, which adding columns to the table "Answers" would move: clear or set the print area again after moving the table, or move the table first.',
    ]);
    expect(growthRefusals(packageOf(parts), growthOnSheet1("Value"))).toEqual([]);
  });

  it("refuses when a picture Excel anchored stands over moving cells, naming the drawing part", async () => {
    // image01.xlsx: a picture anchored from E9 to E10 (0-based col 4, rows 8 to 9).
    const pack = packageOf(await excelMadeParts("image01.xlsx"));
    expect(growthRefusals(pack, growthOf({ from: 8, to: 12 }, "Value"))).toEqual([
      'The picture in xl/drawings/drawing1.xml is anchored over Sheet1!E9:E10, which adding columns to the table "Answers" would move from under it: move the picture or the table first.',
    ]);
    // Its bottom edge lies inside row 10 (rowOff 114300 EMU): rows from 10 down move under it.
    expect(growthRefusals(pack, growthOf({ from: 10, to: 14 }, "Value"))).toHaveLength(1);
    // The table's rows end above the picture, or start below it.
    expect(growthRefusals(pack, growthOf({ from: 1, to: 8 }, "Value"))).toEqual([]);
    expect(growthRefusals(pack, growthOf({ from: 11, to: 14 }, "Value"))).toEqual([]);
  });

  it("refuses when an Excel chart's anchor reaches into the moving rows", async () => {
    // chart_table01.xlsx: the chart stands over E9:L23.
    const pack = packageOf(await excelMadeParts("chart_table01.xlsx"));
    const refusals = growthRefusals(pack, growthOf({ from: 20, to: 30 }, "Value"));
    expect(refusals).toEqual([
      'The chart in xl/drawings/drawing1.xml is anchored over Sheet1!E9:L23, which adding columns to the table "Answers" would move from under it: move the chart or the table first.',
    ]);
  });

  it("refuses nothing when no column is inserted (appended rows move no cell)", async () => {
    const pack = packageOf(await excelMadeParts("chart_table01.xlsx"));
    expect(growthRefusals(pack, growthOnSheet1(undefined))).toEqual([]);
  });
});

const WORKBOOK =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Totals" sheetId="2" r:id="rId2"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>';

function handMade(parts: Record<string, string>): Map<string, string> {
  return new Map(
    Object.entries({
      "xl/workbook.xml": WORKBOOK,
      "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
      "xl/worksheets/sheet1.xml":
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
      ...parts,
    }),
  );
}

describe("growthRefusals on parts the corpus lacks", () => {
  it("refuses when another sheet's formula reads a moving cell, naming the sheet, cell and part", () => {
    const pack = packageOf(
      handMade({
        "xl/worksheets/sheet2.xml":
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2"><f>SUM(Sheet1!A2:A5)+"Sheet1!C3"</f><v>1</v></c><c r="D2"><f>Sheet1!C3*2</f><v>4</v></c></row></sheetData></worksheet>',
      }),
    );
    expect(growthRefusals(pack, growthOnSheet1("Note"))).toEqual([
      'The formula in Totals!D2 (xl/worksheets/sheet2.xml) reads Sheet1!C3, which adding columns to the table "Answers" would move: change the formula or move the table first.',
    ]);
    expect(
      growthRefusals(
        { ...pack, rewrittenParts: ["xl/worksheets/sheet2.xml"] },
        growthOnSheet1("Note"),
      ),
    ).toEqual([]);
  });

  it("reads a shared formula's group to its far corner", () => {
    const pack = packageOf(
      handMade({
        "xl/worksheets/sheet2.xml":
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:C1" si="0">Sheet1!A2</f><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>1</v></c><c r="C1"><f t="shared" si="0"/><v>1</v></c></row></sheetData></worksheet>',
      }),
    );
    expect(growthRefusals(pack, growthOnSheet1("Note"))).toEqual([
      'The formula in Totals!A1 (xl/worksheets/sheet2.xml) reads Sheet1!C2, which adding columns to the table "Answers" would move: change the formula or move the table first.',
    ]);
  });

  it("refuses when a pivot cache reads moving cells, or a pivot table stands among them", () => {
    const pack = packageOf(
      handMade({
        "xl/pivotCache/pivotCacheDefinition1.xml":
          '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" refreshOnLoad="1"><cacheSource type="worksheet"><worksheetSource ref="A1:C5" sheet="Sheet1"/></cacheSource></pivotCacheDefinition>',
        "xl/worksheets/_rels/sheet1.xml.rels":
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>',
        "xl/pivotTables/pivotTable1.xml":
          '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1" cacheId="1"><location ref="F2:G4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>',
      }),
    );
    expect(growthRefusals(pack, growthOnSheet1("Note"))).toEqual([
      'The pivot table cache in xl/pivotCache/pivotCacheDefinition1.xml reads Sheet1!A1:C5, which adding columns to the table "Answers" would move: move the pivot table\'s source data or the table first.',
      'The pivot table in xl/pivotTables/pivotTable1.xml stands at Sheet1!F2:G4, which adding columns to the table "Answers" would move: move the pivot table or the table first.',
    ]);
  });

  it("reads a one-cell anchor at its cell, a shape's kind, and no cell of an absolute anchor", () => {
    const drawing = (anchors: string): Map<string, string> =>
      handMade({
        "xl/worksheets/_rels/sheet1.xml.rels":
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
        "xl/drawings/drawing1.xml": `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors}</xdr:wsDr>`,
      });
    const oneCell =
      '<xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="914400" cy="914400"/><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="Box"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:oneCellAnchor>';
    // A two-cell anchor whose `to` lies on the edge of F5 (offsets 0) covers F3:F4 only.
    const onEdge =
      '<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="P"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill/><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>';
    expect(growthRefusals(packageOf(drawing(onEdge)), growthOnSheet1("Note"))).toEqual([
      'The picture in xl/drawings/drawing1.xml is anchored over Sheet1!F3:F4, which adding columns to the table "Answers" would move from under it: move the picture or the table first.',
    ]);
    const absolute =
      '<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="914400" cy="914400"/><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="3" name="Free"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:absoluteAnchor>';
    expect(growthRefusals(packageOf(drawing(oneCell + absolute)), growthOnSheet1("Note"))).toEqual([
      'The shape in xl/drawings/drawing1.xml is anchored over Sheet1!F3, which adding columns to the table "Answers" would move from under it: move the shape or the table first.',
    ]);
    expect(growthRefusals(packageOf(drawing(absolute)), growthOnSheet1("Note"))).toEqual([]);
  });

  it("refuses when a threaded comment is anchored on a moving cell", () => {
    const pack = packageOf(
      handMade({
        "xl/worksheets/_rels/sheet1.xml.rels":
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
        "xl/threadedComments/threadedComment1.xml":
          '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C4" dT="2026-01-05T10:00:00.00" personId="{1}" id="{2}"><text>Check this</text></threadedComment></ThreadedComments>',
      }),
    );
    expect(growthRefusals(pack, growthOnSheet1("Note"))).toEqual([
      'The threaded comment on Sheet1!C4 in xl/threadedComments/threadedComment1.xml is anchored to a cell whose content adding columns to the table "Answers" would move: move the comment or the table first.',
    ]);
  });
});

describe("growth refusals in the user's language", () => {
  it("says a picture and a pivot table in the way in French and Spanish, one sentence after the other", () => {
    const pack = packageOf(
      handMade({
        "xl/worksheets/_rels/sheet1.xml.rels":
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>',
        "xl/drawings/drawing1.xml":
          '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="914400" cy="914400"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="P"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill/><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
        "xl/pivotTables/pivotTable1.xml":
          '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1" cacheId="1"><location ref="F2:G4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>',
      }),
    );
    const [first, ...rest] = growthRefusalPhrases(pack, growthOnSheet1("Note"));
    if (first === undefined) throw new Error("no refusal");
    const said = sentences(first, ...rest);
    expect(englishText(said)).toBe(growthRefusals(pack, growthOnSheet1("Note")).join(" "));
    expect(phraseText("fr", said)).toBe(
      "L'objet (image) de xl/drawings/drawing1.xml est ancré sur Sheet1!F3, que l'ajout de colonnes au tableau « Answers » déplacerait sous lui : déplacez d'abord l'objet ou le tableau. Le tableau croisé dynamique de xl/pivotTables/pivotTable1.xml se trouve en Sheet1!F2:G4, que l'ajout de colonnes au tableau « Answers » déplacerait : déplacez d'abord le tableau croisé dynamique ou le tableau.",
    );
    expect(phraseText("es", said)).toBe(
      "El objeto (imagen) de xl/drawings/drawing1.xml está anclado sobre Sheet1!F3, que añadir columnas a la tabla «Answers» movería de debajo de él: mueva primero el objeto o la tabla. La tabla dinámica de xl/pivotTables/pivotTable1.xml está en Sheet1!F2:G4, que añadir columnas a la tabla «Answers» movería: mueva primero la tabla dinámica o la tabla.",
    );
  });
});
