// The patcher on hand-written parts, each shaped as Excel writes them: cells replaced and inserted
// in order, rows added, attributes kept, and every byte outside the rewritten <c> elements equal.

import {
  patchWorksheetCells,
  type CellEdit,
} from "../../../../src/host/ooxml/sheetPatch/patchCells";
import { withoutCells } from "./sheetParts";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const TAIL =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

function sheet(dimension: string, rows: string): string {
  return `${HEAD}<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${rows}</sheetData>${TAIL}`;
}

const BASE = sheet(
  "A1:C3",
  '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><v>5</v></c></row>' +
    '<row r="3" spans="1:3" ht="20" customHeight="1"><c r="A3"><v>1</v></c><c r="B3" s="4"/></row>',
);

function expectRestEqual(before: string, after: string, edits: readonly CellEdit[]): void {
  const references = new Set(edits.map((edit) => edit.reference));
  expect(withoutCells(after, references)).toBe(withoutCells(before, references));
}

describe("patchWorksheetCells", () => {
  it("replaces a cell in place, keeping its style when the edit gives none", () => {
    const edits = [{ reference: "C1", value: 7.5 }];
    const patched = patchWorksheetCells(BASE, edits, "Data");
    expect(patched).toContain('<c r="C1" s="2"><v>7.5</v></c>');
    expect(patched).not.toContain("<v>5</v>");
    expectRestEqual(BASE, patched, edits);
  });

  it("writes a formula with its cached value and a new style", () => {
    const edits = [{ reference: "B3", value: 2, formula: "A3*2", format: 9 }];
    const patched = patchWorksheetCells(BASE, edits, "Data");
    expect(patched).toContain('<c r="B3" s="9"><f>A3*2</f><v>2</v></c>');
    expectRestEqual(BASE, patched, edits);
  });

  it("inserts a cell between two of a row, in column order", () => {
    const edits = [{ reference: "B1", value: "Ans & wer" }];
    const patched = patchWorksheetCells(BASE, edits, "Data");
    expect(patched).toContain(
      '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Ans &amp; wer</t></is></c><c r="C1" s="2">',
    );
    expectRestEqual(BASE, patched, edits);
  });

  it("inserts rows where absent: before the first, between rows and after the last", () => {
    const edits = [
      { reference: "B2", value: true },
      { reference: "E7", value: 1 },
    ];
    const patched = patchWorksheetCells(BASE, edits, "Data");
    expect(patched).toMatch(
      /<\/row><row r="2"><c r="B2" t="b"><v>1<\/v><\/c><\/row><row r="3" spans="1:3" ht="20"/,
    );
    expect(patched).toContain('<row r="7"><c r="E7"><v>1</v></c></row></sheetData>');
    expect(patched).toContain('<dimension ref="A1:E7"/>');
    expectRestEqual(BASE, patched, edits);
    const later = sheet("C3", '<row r="3"><c r="C3"><v>1</v></c></row>');
    expect(patchWorksheetCells(later, [{ reference: "A1", value: 0 }], "Data")).toContain(
      '<dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1"><v>0</v></c></row><row r="3">',
    );
  });

  it("widens a row's spans to a cell outside them and the dimension to cover it", () => {
    const edits = [{ reference: "F3", value: 3 }];
    const patched = patchWorksheetCells(BASE, edits, "Data");
    expect(patched).toContain('<row r="3" spans="1:6" ht="20" customHeight="1">');
    expect(patched).toContain('<dimension ref="A1:F3"/>');
    expectRestEqual(BASE, patched, edits);
  });

  it("drops spans of several ranges that the new cell falls outside", () => {
    const part = sheet("A1:J1", '<row r="1" spans="1:2 9:10"><c r="A1"><v>1</v></c></row>');
    const patched = patchWorksheetCells(part, [{ reference: "E1", value: 2 }], "Data");
    expect(patched).toContain('<row r="1"><c r="A1"><v>1</v></c><c r="E1"><v>2</v></c></row>');
  });

  it("opens a self-closing <sheetData/> and a self-closing row", () => {
    const empty = `${HEAD}<dimension ref="A1"/><sheetData/>${TAIL}`;
    expect(patchWorksheetCells(empty, [{ reference: "B2", value: 1 }], "Data")).toBe(
      `${HEAD}<dimension ref="A1:B2"/><sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData>${TAIL}`,
    );
    const blankRow = sheet("A1", '<row r="1" ht="30" customHeight="1"/>');
    expect(patchWorksheetCells(blankRow, [{ reference: "A1", value: 1 }], "Data")).toContain(
      '<row r="1" ht="30" customHeight="1"><c r="A1"><v>1</v></c></row>',
    );
  });

  it("removes an unstyled cell set to blank and keeps a styled one as a styled blank", () => {
    const patched = patchWorksheetCells(
      BASE,
      [
        { reference: "A3", value: null },
        { reference: "C1", value: null },
      ],
      "Data",
    );
    expect(patched).toContain(
      '<row r="3" spans="1:3" ht="20" customHeight="1"><c r="B3" s="4"/></row>',
    );
    expect(patched).toContain('<c r="C1" s="2"/>');
  });

  it("the last edit of a reference wins", () => {
    const patched = patchWorksheetCells(
      BASE,
      [
        { reference: "C1", value: 1 },
        { reference: "C1", value: 2 },
      ],
      "Data",
    );
    expect(patched).toContain('<c r="C1" s="2"><v>2</v></c>');
  });

  it("keeps a part it has nothing to write identical", () => {
    expect(patchWorksheetCells(BASE, [], "Data")).toBe(BASE);
  });

  it("gives cells written without r their reference when a row is rewritten", () => {
    const part = sheet("A1:C1", '<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>');
    expect(patchWorksheetCells(part, [{ reference: "D1", value: 3 }], "Data")).toContain(
      '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="D1"><v>3</v></c>',
    );
  });

  it("writes in the part's namespace prefix", () => {
    const part =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1"/><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(patchWorksheetCells(part, [{ reference: "B1", value: "t" }], "Data")).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:B1"/><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>t</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it("steps over quoted '>' in attributes and comments between rows", () => {
    const part = sheet(
      "A1:A2",
      '<!-- a <row r="9"> in a comment --><row r="1" x14ac:dyDescent="0.25" note="a>b"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>',
    );
    const patched = patchWorksheetCells(part, [{ reference: "A2", value: 3 }], "Data");
    expect(patched).toContain('<row r="2"><c r="A2"><v>3</v></c></row>');
    expect(patched).toContain(
      '<!-- a <row r="9"> in a comment --><row r="1" x14ac:dyDescent="0.25" note="a>b"><c r="A1"><v>1</v></c></row>',
    );
  });
});

describe("shared formulas", () => {
  // As Excel writes a formula filled down B2:B5: the master holds the text and the group's ref.
  const SHARED = sheet(
    "A1:C5",
    [1, 2, 3, 4, 5]
      .map((row) => {
        const formula =
          row === 2
            ? '<f t="shared" ref="B2:C5" si="0">A2*$A$1+SUM(A$1:A2)</f>'
            : row > 2
              ? '<f t="shared" si="0"/>'
              : "";
        const b = row === 1 ? "" : `<c r="B${row}">${formula}<v>${row}</v></c>`;
        const c = row === 1 ? "" : `<c r="C${row}"><f t="shared" si="0"/><v>0</v></c>`;
        return `<row r="${row}" spans="1:3"><c r="A${row}"><v>${row}</v></c>${b}${c}</row>`;
      })
      .join(""),
  );

  it("writes out each remaining member in full when the master is overwritten", () => {
    const patched = patchWorksheetCells(SHARED, [{ reference: "B2", value: 9 }], "Data");
    expect(patched).toContain('<c r="B2"><v>9</v></c>');
    expect(patched).toContain('<c r="B3"><f>A3*$A$1+SUM(A$1:A3)</f><v>3</v></c>');
    expect(patched).toContain('<c r="B5"><f>A5*$A$1+SUM(A$1:A5)</f><v>5</v></c>');
    expect(patched).toContain('<c r="C2"><f>B2*$A$1+SUM(B$1:B2)</f><v>0</v></c>');
    expect(patched).toContain('<c r="C4"><f>B4*$A$1+SUM(B$1:B4)</f><v>0</v></c>');
    expect(patched).not.toContain('t="shared"');
  });

  it("leaves the group alone when only a member is overwritten", () => {
    const patched = patchWorksheetCells(SHARED, [{ reference: "B4", value: 1 }], "Data");
    expect(patched).toContain('<f t="shared" ref="B2:C5" si="0">A2*$A$1+SUM(A$1:A2)</f>');
    expect(patched.match(/t="shared" si="0"\/>/g)).toHaveLength(6);
    expect(patched).toContain('<c r="B4"><v>1</v></c>');
  });
});

describe("array formulas", () => {
  const ARRAY = sheet(
    "A1:C3",
    '<row r="1"><c r="A1"><f t="array" ref="A1:A3">SUM(B1:C1*B2:C2)</f><v>0</v></c></row><row r="2"><c r="A2"><v>0</v></c></row>',
  );

  it("refuses an edit inside one, naming the sheet and range", () => {
    expect(() => patchWorksheetCells(ARRAY, [{ reference: "A2", value: 1 }], "My data")).toThrow(
      new Error(
        "The sheet \"My data\" holds an array formula over 'My data'!A1:A3, whose cells are computed together, and the runner would write A2 inside it: move the array formula away from the runner's cells and try again.",
      ),
    );
  });

  it("writes beside one", () => {
    expect(patchWorksheetCells(ARRAY, [{ reference: "B2", value: 1 }], "Data")).toContain(
      '<c r="A2"><v>0</v></c><c r="B2"><v>1</v></c>',
    );
  });
});

describe("a large sheet", () => {
  it("is patched in one pass: 100,000 rows, 1,000 edits spread over them", () => {
    const rows: string[] = [];
    for (let row = 1; row <= 100_000; row++)
      rows.push(
        `<row r="${row}" spans="1:3"><c r="A${row}" s="1"><v>${row}</v></c><c r="B${row}"><f>A${row}*2</f><v>${row * 2}</v></c><c r="C${row}" t="inlineStr"><is><t>text ${row}</t></is></c></row>`,
      );
    const part = sheet("A1:C100000", rows.join(""));
    const edits = Array.from({ length: 1000 }, (_, index) => ({
      reference: `D${index * 100 + 1}`,
      value: index,
      formula: `A${index * 100 + 1}-1`,
    }));
    const patched = patchWorksheetCells(part, edits, "Big");
    expect(patched.length).toBeGreaterThan(part.length);
    expect(patched).toContain(
      '<c r="C99901" t="inlineStr"><is><t>text 99901</t></is></c><c r="D99901"><f>A99901-1</f><v>999</v></c></row><row r="99902" spans="1:3">',
    );
    expect(patched.match(/<c r="D\d+">/g)).toHaveLength(1000);
    expect(patched).toContain('<dimension ref="A1:D100000"/>');
  });
});

describe("a damaged part", () => {
  it("is refused in a sentence naming the sheet", () => {
    expect(() =>
      patchWorksheetCells(
        `${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></sheetData>`,
        [{ reference: "A1", value: 2 }],
        "Checklist",
      ),
    ).toThrow(
      new Error(
        'The sheet "Checklist" cannot be written into: its part is damaged (<row> is not closed). Open the workbook in Excel, save it again and try again.',
      ),
    );
  });
});
