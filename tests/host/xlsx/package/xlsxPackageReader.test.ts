// Our own reader of .xlsx packages on what other programs write: every cell type, inline and rich
// strings, escapes, shared formulas, 1904 dates, namespace prefixes and strict OOXML, tables
// without a header row or with a totals row, empty and self-closing cells, number formats, the
// hidden settings sheet, plain sheets, and damaged parts (a plain sentence, never the parser's).

import { englishText } from "../../../../src/engine/language/problemTexts";
import {
  PackageReadError,
  UNREADABLE_CONTENTS,
} from "../../../../src/host/xlsx/package/packageReadError";
import { XlsxPackage } from "../../../../src/host/xlsx/package/xlsxPackage";
import { XlsxPackageReader } from "../../../../src/host/xlsx/xlsxPackageReader";
import type { TableData } from "../../../../src/host/workbookHost";
import {
  handmadeParts,
  MAIN,
  REL,
  STRICT_MAIN,
  tablePart,
  worksheet,
  type HandmadeWorkbook,
} from "./handmadePackage";

const read = (book: HandmadeWorkbook): XlsxPackageReader =>
  XlsxPackageReader.fromParts(handmadeParts(book));

const values = (table: TableData | null): unknown[][] =>
  (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.value));

const STYLES = `<styleSheet xmlns="${MAIN}">
  <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
  <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs>
</styleSheet>`;

describe("cells", () => {
  it("read every cell type as its stored value: numbers, shared, inline and formula strings, booleans, errors, ISO dates", async () => {
    const reader = read({
      sharedStrings: `<sst xmlns="${MAIN}"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si><si><t>line_x000D_
break and _x005F_x000D_ kept</t></si></sst>`,
      sheets: [
        {
          name: "Data",
          xml: worksheet(
            `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>` +
              `<row r="2"><c r="A2"><v>71.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>` +
              `<row r="3"><c r="A3" t="d"><v>2024-01-15T12:00:00</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#DIV/0!</v></c><c r="D3"><f>1/0</f></c></row>`,
          ),
          tables: [
            tablePart(`name="T" displayName="T" ref="A1:D3" headerRowCount="0"`, [
              "a",
              "b",
              "c",
              "d",
            ]),
          ],
        },
      ],
    });
    const table = await reader.readTable("t");
    expect(values(table)).toEqual([
      ["plain", "rich text", "line\r\nbreak and _x000D_ kept", "inline"],
      [71.5, true, { errorCode: "#N/A" }, "ab"],
      // 2024-01-15 is serial 45306; noon is half a day.
      [45306.5, false, { errorCode: "#DIV/0!" }, null],
    ]);
  });

  it("read shared formulas as their cached values, and empty, self-closing and unaddressed cells in place", async () => {
    const reader = read({
      sheets: [
        {
          name: "S",
          xml: worksheet(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c><c r="B1" t="inlineStr"><is><t>twice</t></is></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row>` +
              `<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v></c><c r="C2"/></row>` +
              // No r on the row nor on its cells: they follow the ones before them.
              `<row><c><v>2</v></c><c><f t="shared" si="0"/><v>4</v></c><c></c></row>` +
              `<row r="4"><c r="A4"><v>3</v></c><c r="B4"><f t="shared" si="0"/><v>6</v></c><c r="C4" s="0"><v></v></c></row>`,
          ),
          tables: [tablePart(`name="Twice" displayName="Twice" ref="A1:C4"`, ["n", "twice", "x"])],
        },
      ],
    });
    const table = await reader.readTable("Twice");
    expect(table?.columns.map((column) => column.header)).toEqual(["n", "twice", "x"]);
    expect(values(table)).toEqual([
      [1, 2, null],
      [2, 4, null],
      [3, 6, null],
    ]);
    expect(table?.rows.map((row) => row.cells[1]?.address)).toEqual(["S!B2", "S!B3", "S!B4"]);
  });

  it("carry each cell's number format, built-in or the file's own, and leave General out", async () => {
    const reader = read({
      styles: STYLES,
      sheets: [
        {
          name: "F",
          xml: worksheet(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>v</t></is></c></row>` +
              `<row r="2"><c r="A2" s="1"><v>0.71</v></c></row><row r="3"><c r="A3" s="2"><v>74.5</v></c></row>` +
              `<row r="4"><c r="A4"><v>3</v></c></row><row r="5"><c r="A5" s="1"/></row><row r="6"><c r="A6" s="4"><v>45306</v></c></row>`,
          ),
          tables: [tablePart(`name="F" displayName="F" ref="A1:A6"`, ["v"])],
        },
      ],
    });
    const table = await reader.readTable("F");
    expect(table?.rows.map((row) => row.cells[0])).toEqual([
      { value: 0.71, address: "F!A2", numberFormat: "0%" },
      { value: 74.5, address: "F!A3", numberFormat: "0.0" },
      { value: 3, address: "F!A4" },
      { value: null, address: "F!A5", numberFormat: "0%" },
      { value: 45306, address: "F!A6", numberFormat: "dd/mm/yyyy" },
    ]);
  });

  it("read a 1904 workbook's dates as 1900 serials, and leave its other numbers alone", async () => {
    const reader = read({
      date1904: true,
      styles: STYLES,
      sheets: [
        {
          name: "D",
          xml: worksheet(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c><c r="B1" t="inlineStr"><is><t>custom date</t></is></c><c r="C1" t="inlineStr"><is><t>number</t></is></c></row>` +
              // 43844 days after 1904-01-01 is 2024-01-15, serial 45306 in the 1900 system.
              `<row r="2"><c r="A2" s="3"><v>43844</v></c><c r="B2" s="4"><v>43844</v></c><c r="C2" s="2"><v>43844</v></c></row>`,
          ),
          tables: [
            tablePart(`name="D" displayName="D" ref="A1:C2"`, ["date", "custom date", "number"]),
          ],
        },
      ],
    });
    expect(values(await reader.readTable("D"))).toEqual([[45306, 45306, 43844]]);
  });
});

describe("tables", () => {
  const sheet = worksheet(
    `<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Value</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><v>1</v></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>b</t></is></c><c r="B3"><v>2</v></c></row>` +
      `<row r="4"><c r="A4" t="inlineStr"><is><t>Total</t></is></c><c r="B4"><f>SUBTOTAL(109,B2:B3)</f><v>3</v></c></row>`,
  );

  it("have a header row when the file leaves headerRowCount out (Excel's default)", async () => {
    const reader = read({
      sheets: [
        {
          name: "T",
          xml: sheet,
          tables: [tablePart(`name="Plain" displayName="Plain" ref="A1:B3"`, ["Name", "Value"])],
        },
      ],
    });
    const table = await reader.readTable("plain");
    expect(table?.range).toBe("A1:B3");
    expect(values(table)).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("leave a totals row out of the data", async () => {
    const reader = read({
      sheets: [
        {
          name: "T",
          xml: sheet,
          tables: [
            tablePart(`name="Totals" displayName="Totals" ref="A1:B4" totalsRowCount="1"`, [
              "Name",
              "Value",
            ]),
          ],
        },
      ],
    });
    const table = await reader.readTable("Totals");
    expect(table?.range).toBe("A1:B3");
    expect(values(table)).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("without a header row take their column names from the table part, every row data", async () => {
    const reader = read({
      sheets: [
        {
          name: "T",
          xml: sheet,
          tables: [
            tablePart(`name="NoHeader" displayName="NoHeader" ref="A2:B3" headerRowCount="0"`, [
              "Key",
              "Number",
            ]),
          ],
        },
      ],
    });
    const table = await reader.readTable("NoHeader");
    expect(table?.columns.map((column) => column.header)).toEqual(["Key", "Number"]);
    expect(values(table)).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("are found by their display name, without case, and null when absent", async () => {
    const reader = read({
      sheets: [
        {
          name: "T",
          xml: sheet,
          tables: [tablePart(`name="Internal" displayName="Shown" ref="A1:B3"`, ["Name", "Value"])],
        },
      ],
    });
    const tables = await reader.readTables(["SHOWN", "Missing"]);
    expect(tables.SHOWN?.name).toBe("Shown");
    expect(tables.Missing).toBeNull();
  });
});

describe("namespaces", () => {
  const rows =
    `<row r="1"><c r="A1" t="inlineStr"><is><t>k</t></is></c></row>` +
    `<row r="2"><c r="A2"><v>5</v></c></row>`;

  it("read the same under any prefix a writer chooses", async () => {
    const parts = handmadeParts({ sheets: [{ name: "P", xml: "", tables: [""] }] });
    const encode = (xml: string): Uint8Array => new TextEncoder().encode(xml);
    parts.set(
      "xl/workbook.xml",
      encode(
        `<s:workbook xmlns:s="${MAIN}" xmlns:rel="${REL}"><s:sheets><s:sheet name="P" sheetId="1" rel:id="rId1"/></s:sheets></s:workbook>`,
      ),
    );
    parts.set(
      "xl/worksheets/sheet1.xml",
      encode(
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows.replace(/<(\/?)(\w)/g, "<$1x:$2")}</x:sheetData></x:worksheet>`,
      ),
    );
    parts.set(
      "xl/tables/table1.xml",
      encode(
        `<t:table xmlns:t="${MAIN}" id="1" name="Prefixed" displayName="Prefixed" ref="A1:A2"><t:tableColumns count="1"><t:tableColumn id="1" name="k"/></t:tableColumns></t:table>`,
      ),
    );
    const reader = XlsxPackageReader.fromParts(parts);
    expect(values(await reader.readTable("Prefixed"))).toEqual([[5]]);
  });

  it("read strict OOXML's namespaces as the transitional ones", async () => {
    const reader = read({
      strict: true,
      sheets: [
        {
          name: "Strict",
          xml: worksheet(rows, STRICT_MAIN),
          tables: [tablePart(`name="S" displayName="S" ref="A1:A2"`, ["k"], STRICT_MAIN)],
        },
      ],
    });
    expect(await reader.listSheets()).toEqual([{ name: "Strict", owned: false }]);
    expect(values(await reader.readTable("S"))).toEqual([[5]]);
  });

  it("ignore elements of other namespaces, even under the same local names", async () => {
    const reader = read({
      sheets: [
        {
          name: "E",
          xml: `<worksheet xmlns="${MAIN}" xmlns:o="urn:other"><sheetData>${rows}<o:row r="2"><o:c r="A2"><o:v>9</o:v></o:c></o:row></sheetData></worksheet>`,
          tables: [tablePart(`name="E" displayName="E" ref="A1:A2"`, ["k"])],
        },
      ],
    });
    expect(values(await reader.readTable("E"))).toEqual([[5]]);
  });
});

describe("the workbook", () => {
  const settingsSheet = worksheet(
    `<row r="1"><c r="A1" t="inlineStr"><is><t>Key</t></is></c><c r="B1" t="inlineStr"><is><t>Value</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>ownedSheets</t></is></c><c r="B2" t="inlineStr"><is><t>["Scoreboard"]</t></is></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>catalogueVersion</t></is></c><c r="B3" t="inlineStr"><is><t>2026.1</t></is></c></row>`,
  );

  it("lists its sheets in tab order, hidden ones too, without the add-in's settings sheet, which it reads", async () => {
    const reader = read({
      sheets: [
        { name: "Scoreboard", xml: worksheet("") },
        { name: "Mine", state: "hidden", xml: worksheet("") },
        { name: "C2C_AddinData", state: "veryHidden", xml: settingsSheet },
      ],
    });
    expect(await reader.listSheets()).toEqual([
      { name: "Scoreboard", owned: true },
      { name: "Mine", owned: false },
    ]);
    expect(await reader.readAddinData()).toEqual({
      ownedSheets: '["Scoreboard"]',
      catalogueVersion: "2026.1",
    });
  });

  it("keeps sheet states, the date system and defined names with their sheet", () => {
    const workbook = XlsxPackage.open(
      handmadeParts({
        date1904: true,
        sheets: [
          { name: "A", xml: worksheet("") },
          { name: "B", state: "veryHidden", xml: worksheet("") },
        ],
        afterSheets: `<definedNames><definedName name="Everywhere">A!$A$1:$B$4</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1</definedName></definedNames>`,
      }),
    );
    expect(workbook.sheets.map(({ name, state }) => ({ name, state }))).toEqual([
      { name: "A", state: "visible" },
      { name: "B", state: "veryHidden" },
    ]);
    expect(workbook.date1904).toBe(true);
    expect(workbook.definedNames).toEqual([
      { name: "Everywhere", formula: "A!$A$1:$B$4" },
      { name: "_xlnm.Print_Area", formula: "B!$A$1", localSheetId: 1 },
    ]);
  });

  it("reads a plain contract sheet as its table and says so", async () => {
    const reader = read({
      sheets: [
        {
          name: "Checklist",
          xml: worksheet(
            `<row r="1"><c r="A1"/><c r="B1" t="inlineStr"><is><t>Principle</t></is></c><c r="C1" t="inlineStr"><is><t>Item ID</t></is></c><c r="D1" t="inlineStr"><is><t> Item </t></is></c></row>` +
              `<row r="2"><c r="A2"><v>0</v></c><c r="B2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>P1.1</t></is></c><c r="D2" t="inlineStr"><is><t>An item</t></is></c></row>` +
              `<row r="5"><c r="C5" t="inlineStr"><is><t>P1.2</t></is></c></row>`,
          ),
        },
      ],
    });
    expect(reader.plainSheets()).toEqual([
      { sheet: "Checklist", table: "C2C_Checklist", range: "B1:D5" },
    ]);
    const table = await reader.readTable("C2C_Checklist");
    expect(table?.columns.map((column) => column.header)).toEqual([
      "Principle",
      "Item ID",
      " Item ",
    ]);
    expect(values(table)).toEqual([
      [1, "P1.1", "An item"],
      [null, null, null],
      [null, null, null],
      [null, "P1.2", null],
    ]);
  });
});

describe("damaged parts", () => {
  it("a malformed sheet: the plain sentence when its table is read, the parser's words only in the detail", async () => {
    const reader = XlsxPackageReader.fromParts(
      handmadeParts({
        sheets: [
          {
            name: "Broken",
            xml: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></row>`,
            tables: [tablePart(`name="B" displayName="B" ref="A1:A2"`, ["x"])],
          },
        ],
      }),
      "in.xlsx",
    );
    let caught: unknown;
    try {
      await reader.readTable("B");
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PackageReadError);
    const error = caught as PackageReadError;
    expect(error.message).toBe(englishText(UNREADABLE_CONTENTS));
    expect(error.source).toBe("in.xlsx");
    expect(error.detail).toMatch(/^xl\/worksheets\/sheet1\.xml: \S/);
  });

  it("a malformed sheet no table lives on is never read", async () => {
    const reader = read({
      sheets: [
        { name: "Broken", xml: "<worksheet><sheetData><row" },
        {
          name: "Fine",
          xml: worksheet(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>`,
          ),
          tables: [tablePart(`name="Fine" displayName="Fine" ref="A1:A2"`, ["x"])],
        },
      ],
    });
    expect(values(await reader.readTable("Fine"))).toEqual([[1]]);
  });

  it("a malformed workbook part or a missing table part: refused when opened", () => {
    const parts = handmadeParts({
      sheets: [
        {
          name: "S",
          xml: worksheet(""),
          tables: [tablePart(`name="T" displayName="T" ref="A1:A2"`, ["x"])],
        },
      ],
    });
    parts.delete("xl/tables/table1.xml");
    expect(() => XlsxPackageReader.fromParts(parts)).toThrow(englishText(UNREADABLE_CONTENTS));
    parts.set("xl/workbook.xml", new TextEncoder().encode("<workbook><sheets>"));
    expect(() => XlsxPackageReader.fromParts(parts)).toThrow(PackageReadError);
  });
});
