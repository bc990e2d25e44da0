// rewriteRows' two ways through a row: a row whose cells are only placed is cut around the new
// cells without the cell cursor (InPlaceRow), any other goes through the cursor. Given an
// `existing` that keeps every cell, a rewrite takes the cursor's way for every row, so the two
// texts of the same rewrite must be equal, whatever the row holds.

import {
  rewriteRows,
  type PlacedCell,
  type RowRewrite,
} from "../../../../src/host/ooxml/sheetPatch/rewriteRows";

function sheet(rows: string, prefix = ""): string {
  const xmlns = prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`;
  return `<${prefix}worksheet ${xmlns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData></${prefix}worksheet>`;
}

/** A cell to place: row, column, and whether it writes nothing (removing the cell there). */
type Placement = readonly [number, number, "nothing"?];

/** A placed cell writing its column and what it replaced (its start tag), or nothing. */
function placedCell(row: number, column: number, nothing: boolean, prefix: string): PlacedCell {
  return (replaced) =>
    nothing
      ? ""
      : `<${prefix}c r="${String.fromCharCode(64 + column)}${row}"><${prefix}v>${column}</${prefix}v><!--${replaced?.startTag ?? "new"}--></${prefix}c>`;
}

function placements(cells: readonly Placement[], prefix: string): RowRewrite["placed"] {
  const placed = new Map<number, Map<number, PlacedCell>>();
  for (const [row, column, nothing] of cells) {
    const inRow = placed.get(row) ?? new Map<number, PlacedCell>();
    inRow.set(column, placedCell(row, column, nothing !== undefined, prefix));
    placed.set(row, inRow);
  }
  return placed;
}

/** The rewrite's text both ways, the in-place one first. */
function bothWays(xml: string, cells: readonly Placement[], prefix = ""): [string, string] {
  const placed = placements(cells, prefix);
  const visitsRow = (): boolean => false;
  return [
    rewriteRows(xml, { visitsRow, placed }),
    rewriteRows(xml, { visitsRow, placed, existing: () => undefined }),
  ];
}

const ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><color rgb="FF0000"/><charset val="0"/></rPr><t>a</t></r></is></c><c r="C1" s="2"><v>5</v></c><c r="E1" s="3"/></row>' +
  '<row r="2" spans="1:3" ht="20"><c r="A2"><v>1</v></c>\n  <c r="B2" s="4"/>\n</row>' +
  '<row r="4" spans="2:3"><c r="B4"><f>A4*2</f><v>2</v></c></row>' +
  '<row r="5" spans="1:2 4:5"><c r="A5"><v>1</v></c><c r="D5"><v>1</v></c></row>' +
  '<row r="6"></row>' +
  '<row r="7"/>';

describe("rewriteRows, a row whose cells are only placed", () => {
  const cases: [string, Placement[]][] = [
    ["replaces a cell in place", [[1, 3]]],
    ["replaces a self-closing cell", [[1, 5]]],
    [
      "inserts before the first cell, between two and after the last",
      [
        [1, 0 + 2],
        [1, 4],
        [1, 6],
      ],
    ],
    [
      "replaces and inserts in one row, given out of order",
      [
        [1, 6],
        [1, 1],
        [1, 2],
        [1, 3],
      ],
    ],
    ["removes a cell its placement writes as nothing", [[1, 3, "nothing"]]],
    [
      "leaves out of a row's spans a cell removed",
      [
        [2, 5],
        [2, 2, "nothing"],
      ],
    ],
    [
      "keeps the spans when the row's cells stay inside",
      [
        [2, 1],
        [2, 3],
      ],
    ],
    [
      "widens a row's one span",
      [
        [2, 5],
        [4, 1],
      ],
    ],
    ["drops spans of several ranges when a cell falls outside them", [[5, 3]]],
    ["keeps spans of several ranges when the cells stay inside", [[5, 4]]],
    [
      "places into a row without cells and into a self-closing one",
      [
        [6, 2],
        [7, 2],
      ],
    ],
    [
      "adds rows between and after the rows there",
      [
        [3, 1],
        [9, 1],
        [2, 3],
      ],
    ],
  ];
  it.each(cases)("%s, as the cursor does", (_, cells) => {
    const xml = sheet(ROWS);
    const [inPlace, cursor] = bothWays(xml, cells);
    expect(inPlace).toBe(cursor);
    expect(inPlace).not.toBe(xml);
  });

  it("gives the text the cursor gives in a prefixed part", () => {
    const xml = sheet(
      '<x:row r="1" spans="1:2"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"/></x:row>',
      "x:",
    );
    const [inPlace, cursor] = bothWays(
      xml,
      [
        [1, 2],
        [1, 3],
      ],
      "x:",
    );
    expect(inPlace).toBe(cursor);
    expect(inPlace).toContain('<x:row r="1" spans="1:3"><x:c r="A1">');
  });

  it("leaves to the cursor the rows it would read otherwise", () => {
    // A comment holding a cell, a cell without r, a lower-case or later r, an extension.
    const rows = [
      '<row r="1"><c r="A1"><v>1</v></c><!--<c r="B1"/>--><c r="C1"/></row>',
      '<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c><c r="D1"/></row>',
      '<row r="1"><c r="a1"><v>1</v></c><c r="C1"/></row>',
      '<row r="1"><c s="1" r="A1"><v>1</v></c><c r="C1"/></row>',
      '<row r="1"><c r="A1"><v>1</v></c><extLst><ext uri="x"><c r="B1"/></ext></extLst></row>',
    ];
    for (const row of rows) {
      const [inPlace, cursor] = bothWays(sheet(row), [
        [1, 2],
        [1, 3],
      ]);
      expect(inPlace).toBe(cursor);
    }
  });

  it("writes the expected row for a replaced cell, a kept one and an inserted one", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="C1" s="2"><v>5</v></c></row>');
    const [inPlace] = bothWays(xml, [
      [1, 2],
      [1, 3],
    ]);
    expect(inPlace).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v><!--new--></c><c r="C1"><v>3</v><!--<c r="C1" s="2">--></c></row>',
      ),
    );
  });
});
