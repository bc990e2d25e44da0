// Table growth in XML on hand-written parts shaped as Excel writes them: what the ExcelJS host
// comparison (growTable.test.ts) cannot show, because ExcelJS neither writes nor keeps it: shared
// formula groups, array formulas, merged cells, hyperlinks, x14 validations, the table part's
// filter columns, sort state and column ids.

import { resolveTableEdits, type TableGrowth } from "../../../../src/engine/plan/tableGrowth";
import { growTableInSheet } from "../../../../src/host/ooxml/sheetPatch/growTableInSheet";
import { growTablePart } from "../../../../src/host/ooxml/sheetPatch/growTablePart";
import {
  lastUsedColumnInSheet,
  occupiedCellsInSheet,
} from "../../../../src/host/ooxml/sheetPatch/sheetReads";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">';

/** A table A1:C4 (Item, Ana, Score) and a total beside it in E2, grown by one column before Score. */
function growth(edit: Parameters<typeof resolveTableEdits>[0][number]): TableGrowth {
  const [resolved] = resolveTableEdits([edit], () => ({
    name: "Answers",
    sheet: "Checklist",
    bounds: { start: { row: 1, column: 1 }, end: { row: 4, column: 3 } },
    headers: ["Item", "Ana", "Score"],
    hasHeaderRow: true,
    hasTotalsRow: false,
  }));
  if (resolved === undefined) throw new Error("no growth");
  return resolved;
}

const ADD_LI = growth({
  table: "Answers",
  insertColumns: { before: "Score", columns: [{ header: "Li & co", values: [1, 2, 3] }] },
});

const SHEET =
  HEAD +
  '<dimension ref="A1:E6"/><sheetData>' +
  '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
  '<row r="2" spans="1:5"><c r="A2"><v>1</v></c><c r="B2" s="3"><v>4</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">B2*2</f><v>8</v></c><c r="E2"><f t="array" ref="E2:E3">SUM(C2:C4)</f><v>18</v></c></row>' +
  '<row r="3" spans="1:5"><c r="A3"><v>2</v></c><c r="B3" s="3"><v>3</v></c><c r="C3"><f t="shared" si="0"/><v>6</v></c><c r="E3"><v>0</v></c></row>' +
  '<row r="4" spans="1:5"><c r="A4"><v>3</v></c><c r="B4" s="3"><v>2</v></c><c r="C4"><f t="shared" si="0"/><v>4</v></c></row>' +
  '<row r="6" spans="1:5"><c r="A6"><f t="shared" ref="A6:B6" si="1">A2+1</f><v>2</v></c><c r="B6"><f t="shared" si="1"/><v>5</v></c></row>' +
  "</sheetData>" +
  '<mergeCells count="1"><mergeCell ref="D5:E5"/></mergeCells>' +
  '<hyperlinks><hyperlink ref="C3" r:id="rId2"/></hyperlinks>' +
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$7</xm:f></x14:formula1><xm:sqref>B2:B4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>';

describe("growTableInSheet", () => {
  const grown = growTableInSheet(SHEET, ADD_LI);

  it("writes the new column's header and values with the style of the column it copies", () => {
    expect(grown).toContain('<c r="C1" t="inlineStr"><is><t>Li &amp; co</t></is></c>');
    expect(grown).toContain('<c r="C2" s="3"><v>1</v></c>');
    expect(grown).toContain('<c r="C4" s="3"><v>3</v></c>');
  });

  it("moves a shared group whose cells move, writing each member in full with moved references", () => {
    expect(grown).toContain('<c r="D2"><f>B2*2</f><v>8</v></c>');
    expect(grown).toContain('<c r="D3"><f>B3*2</f><v>6</v></c>');
    expect(grown).toContain('<c r="D4"><f>B4*2</f><v>4</v></c>');
    expect(grown).not.toContain('si="0"');
  });

  it("keeps a group the growth leaves alone shared, byte for byte", () => {
    expect(grown).toContain(
      '<row r="6" spans="1:5"><c r="A6"><f t="shared" ref="A6:B6" si="1">A2+1</f><v>2</v></c><c r="B6"><f t="shared" si="1"/><v>5</v></c></row>',
    );
  });

  it("moves an array formula beside the table with its range and references", () => {
    expect(grown).toContain('<c r="F2"><f t="array" ref="F2:F3">SUM(D2:D4)</f><v>18</v></c>');
    expect(grown).toContain('<c r="F3"><v>0</v></c>');
  });

  it("moves hyperlinks and x14 dropdowns with their cells, and covers the grown cells in the dimension", () => {
    expect(grown).toContain('<hyperlink ref="D3" r:id="rId2"/>');
    expect(grown).toContain("<xm:sqref>B2:B4 C2:C4</xm:sqref>");
    expect(grown).toContain("<xm:f>Lists!$A$1:$A$7</xm:f>");
    expect(grown).toContain('<mergeCell ref="D5:E5"/>');
    expect(grown).toContain('<dimension ref="A1:F6"/>');
  });

  it("moves a self-closing validation (a prompt without a list) on its own", () => {
    const part = SHEET.replace(
      "</sheetData>",
      '</sheetData><dataValidations count="2"><dataValidation allowBlank="1" showInputMessage="1" prompt="Score" sqref="C2:C4"/><dataValidation type="list" sqref="E2"><formula1>"x,y"</formula1></dataValidation></dataValidations>',
    );
    expect(growTableInSheet(part, ADD_LI)).toContain(
      '<dataValidation allowBlank="1" showInputMessage="1" prompt="Score" sqref="D2:D4"/><dataValidation type="list" sqref="F2"><formula1>"x,y"</formula1></dataValidation>',
    );
  });

  it("reads the sheet as the interpreter needs: last used column, covered cells holding data", () => {
    expect(lastUsedColumnInSheet(SHEET, ADD_LI)).toBe(5);
    const appending = growth({ table: "Answers", appendRows: [{ Item: 4 }, { Item: 5 }] });
    expect(occupiedCellsInSheet(SHEET, appending)).toEqual([
      { row: 6, column: 1 },
      { row: 6, column: 2 },
    ]);
    const styledBlank = SHEET.replace(
      '<row r="6" spans="1:5"><c r="A6"><f t="shared" ref="A6:B6" si="1">A2+1</f><v>2</v></c><c r="B6"><f t="shared" si="1"/><v>5</v></c></row>',
      '<row r="5"><c r="A5" s="2"/><c r="B5" t="str"><v></v></c></row>',
    );
    expect(occupiedCellsInSheet(styledBlank, appending)).toEqual([]);
  });

  it("appends rows over styled blanks, in the last row's looks", () => {
    const appending = growth({ table: "Answers", appendRows: [{ Item: 4, Ana: 5 }] });
    const part = SHEET.replace(
      '<row r="6" spans="1:5">',
      '<row r="5" spans="1:5"><c r="B5" s="7"/></row><row r="6" spans="1:5">',
    );
    expect(growTableInSheet(part, appending)).toContain(
      '<row r="5" spans="1:5"><c r="A5"><v>4</v></c><c r="B5" s="3"><v>5</v></c></row>',
    );
  });
});

describe("growTablePart", () => {
  const TABLE =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="3" name="Answers" displayName="Answers" ref="A1:C4" totalsRowShown="0"><autoFilter ref="A1:C4"><filterColumn colId="1"><filters><filter val="4"/></filters></filterColumn><filterColumn colId="2" hiddenButton="1"/></autoFilter><sortState ref="A2:C4"><sortCondition ref="C2:C4"/></sortState><tableColumns count="3"><tableColumn id="1" name="Item"/><tableColumn id="7" name="Ana" dataDxfId="2"/><tableColumn id="3" name="Score"><calculatedColumnFormula>Answers[[#This Row],[Ana]]*2</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

  it("grows the ref and filter, moves filter columns and sort ranges, and adds a column with a fresh id", () => {
    expect(growTablePart(TABLE, ADD_LI)).toBe(
      TABLE.replace('ref="A1:C4" totalsRowShown', 'ref="A1:D4" totalsRowShown')
        .replace('<autoFilter ref="A1:C4">', '<autoFilter ref="A1:D4">')
        .replace(
          '<filterColumn colId="2" hiddenButton="1"/>',
          '<filterColumn colId="3" hiddenButton="1"/>',
        )
        .replace(
          '<sortState ref="A2:C4"><sortCondition ref="C2:C4"/>',
          '<sortState ref="A2:D4"><sortCondition ref="D2:D4"/>',
        )
        .replace('<tableColumns count="3">', '<tableColumns count="4">')
        .replace(
          '<tableColumn id="3" name="Score">',
          '<tableColumn id="8" name="Li &amp; co"/><tableColumn id="3" name="Score">',
        ),
    );
  });

  it("grows only the ref and filter for appended rows", () => {
    const appending = growth({ table: "Answers", appendRows: [{ Item: 4 }] });
    expect(growTablePart(TABLE, appending)).toBe(
      TABLE.replace('ref="A1:C4" totalsRowShown', 'ref="A1:C5" totalsRowShown')
        .replace('<autoFilter ref="A1:C4">', '<autoFilter ref="A1:C5">')
        .replace(
          '<sortState ref="A2:C4"><sortCondition ref="C2:C4"/>',
          '<sortState ref="A2:C5"><sortCondition ref="C2:C5"/>',
        ),
    );
  });
});
