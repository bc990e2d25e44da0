// The range reader (a text scanner over the worksheet part) on the XML other programs write, beside
// the whole-sheet saxes reader: each case states the values it expects, and the two readers must
// hold the same cells, whole and in each range asked; rows and cells outside the ranges are never
// read; what the scanner cannot read as saxes would goes to saxes.

import type { RangeBounds } from "../../../../src/engine/plan/address";
import type { CellValue } from "../../../../src/engine/sheetValues";
import { packagePartsOf } from "../../../../src/host/xlsx/package/packageParts";
import { PackageReadError } from "../../../../src/host/xlsx/package/packageReadError";
import { readStyles } from "../../../../src/host/xlsx/package/stylesPart";
import {
  readWorksheetPart,
  type CellContext,
} from "../../../../src/host/xlsx/package/worksheetPart";
import type { SheetCells } from "../../../../src/host/xlsx/package/sheetCells";
import { readWorksheetRanges } from "../../../../src/host/xlsx/package/worksheetRanges";
import { MAIN, worksheet } from "./handmadePackage";

const PATH = "xl/worksheets/sheet1.xml";
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

function contextWith(date1904 = false): CellContext {
  const parts = packagePartsOf(new Map([["xl/styles.xml", new TextEncoder().encode(STYLES)]]));
  return {
    sharedStrings: ["zero", "one"],
    styles: readStyles(parts, "xl/styles.xml"),
    date1904,
  };
}

const encode = (xml: string): Uint8Array => new TextEncoder().encode(xml);

/** Every cell as "A1" → value (and ":s" → style index where not 0). */
function listed(cells: SheetCells): Record<string, CellValue | number> {
  const found: Record<string, CellValue | number> = {};
  const entries = [...cells.entries()].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const { row, column, cell } of entries) {
    const address = `${String.fromCharCode(64 + column)}${row}`;
    found[address] = cell.value;
    if (cell.styleIndex !== 0) found[`${address}:s`] = cell.styleIndex;
  }
  return found;
}

function bothReaders(xml: string, ranges?: readonly RangeBounds[], date1904 = false) {
  const context = contextWith(date1904);
  const scanned = listed(readWorksheetRanges(PATH, encode(xml), context, ranges));
  const whole = listed(readWorksheetPart(PATH, encode(xml), context));
  const inside = (address: string): boolean => {
    if (ranges === undefined) return true;
    const match = /^([A-Z])(\d+)/.exec(address);
    const column = (match?.[1] ?? "A").charCodeAt(0) - 64;
    const row = Number(match?.[2]);
    return ranges.some(
      ({ start, end }) =>
        row >= start.row && row <= end.row && column >= start.column && column <= end.column,
    );
  };
  const saxes = Object.fromEntries(Object.entries(whole).filter(([address]) => inside(address)));
  return { scanned, saxes };
}

const range = (top: number, left: number, bottom: number, right: number): RangeBounds => ({
  start: { row: top, column: left },
  end: { row: bottom, column: right },
});

describe("the range reader reads as the saxes reader", () => {
  it("every cell type: numbers, shared and formula strings, booleans, errors, ISO and styled dates", () => {
    const xml = worksheet(
      `<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>` +
        `<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="d"><v>2024-01-15</v></c>` +
        `<c r="G1" s="1"><v>45306</v></c></row>`,
    );
    const { scanned, saxes } = bothReaders(xml);
    expect(scanned).toEqual({
      A1: 1.5,
      B1: "one",
      C1: "ab",
      D1: true,
      E1: { errorCode: "#DIV/0!" },
      F1: 45306,
      G1: 45306,
      "G1:s": 1,
    });
    expect(scanned).toEqual(saxes);
    // A 1904 workbook's styled date is read as its 1900 serial; its plain number stays.
    const dated1904 = bothReaders(xml, [range(1, 1, 1, 7)], true);
    expect(dated1904.scanned.G1).toBe(45306 + 1462);
    expect(dated1904.scanned.A1).toBe(1.5);
    expect(dated1904.scanned).toEqual(dated1904.saxes);
  });

  it("entities, character references, line ends, rich text, phonetic guides and _x escapes", () => {
    const xml = worksheet(
      `<row r="1"><c r="A1" t="str"><v>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#65;&#x42;&#13;\r\nz\rq</v></c>` +
        `<c r="B1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch _x000D_ </t></r>` +
        `<rPh sb="0" eb="1"><t>ふり</t></rPh><phoneticPr fontId="1"/></is></c>` +
        `<c r="C1" t="inlineStr"><is><t>_x005F_x000D_</t></is></c><c r="D1" t="inlineStr"><is><t/></is></c></row>`,
    );
    const { scanned, saxes } = bothReaders(xml);
    expect(scanned).toEqual({
      A1: `<a> & "b" 'c' AB\r\nz\nq`,
      B1: "Rich \r ",
      C1: "_x000D_",
      D1: "",
    });
    expect(scanned).toEqual(saxes);
  });

  it("inline strings cut out in place where plain, types spelled with references, references read once", () => {
    const xml = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>plain text</t></is></c>` +
        `<c r="B1" t="inlineStr"><is><t xml:space="preserve"> spaced </t></is></c>` +
        `<c r="C1" t="inlineStr"><is><t>a_b _x0041_</t></is></c>` +
        `<c r="D1" t="inlineStr"><is><t>&#38;lt; &amp;amp; &#8212;</t></is></c>` +
        `<c r="E1" t="inlineStr"><is><t>two</t><t> items</t></is></c>` +
        `<c r="F1" t="inlineStr"><is> <t>spaced out</t> </is></c>` +
        `<c r="G1" t="&#115;"><v>1</v></c><c r="H1" t='str'><v>q</v></c><c r="I1" t="inlineStrx"><v>2</v></c></row>`,
    );
    const { scanned, saxes } = bothReaders(xml);
    expect(scanned).toEqual({
      A1: "plain text",
      B1: " spaced ",
      C1: "a_b A",
      D1: "&lt; &amp; \u2014",
      E1: "two items",
      F1: "spaced out",
      G1: "one",
      H1: "q",
      I1: 2,
    });
    expect(scanned).toEqual(saxes);
  });

  it("empty, self-closing and unaddressed cells and rows, in place", () => {
    const xml = worksheet(
      `<row r="2"><c r="A2" s="1"/><c r="B2"><v/></c><c><v>3</v></c><c r="E2"><v> 7 </v></c></row>` +
        `<row><c r="A3"><v>4</v></c><c t="s"><v>0</v></c></row><row r="5"/>`,
    );
    const { scanned, saxes } = bothReaders(xml);
    expect(scanned).toEqual({ A2: null, "A2:s": 1, C2: 3, E2: 7, A3: 4, B3: "zero" });
    expect(scanned).toEqual(saxes);
  });

  it("comments and '>' inside attribute values", () => {
    const xml = worksheet(
      `<!-- <row r="1"><c r="A1"><v>9</v></c></row> --><row r="1" note="a>b"><!-- <c r="B1"><v>8</v></c> -->` +
        `<c r="A1" x="1>0"><!-- <v>7</v> --><v>1</v></c><!-- <c r="C1"><v>6</v></c> --></row>`,
    );
    const { scanned, saxes } = bothReaders(xml);
    expect(scanned).toEqual({ A1: 1 });
    expect(scanned).toEqual(saxes);
  });

  it("a prefixed SpreadsheetML, and elements of other namespaces left out", () => {
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>k</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(bothReaders(prefixed).scanned).toEqual({ A1: "k", B1: 5 });
    const other = `<worksheet xmlns="${MAIN}" xmlns:o="urn:other"><sheetData><row r="1"><c r="A1"><v>5</v></c><o:c r="B1"><o:v>9</o:v></o:c></row><o:row r="2"><o:c r="A2"><o:v>9</o:v></o:c></o:row></sheetData></worksheet>`;
    const { scanned, saxes } = bothReaders(other);
    expect(scanned).toEqual({ A1: 5 });
    expect(scanned).toEqual(saxes);
  });

  it("what the scanner does not read itself goes to saxes: CDATA, a DOCTYPE, a namespace declared inside, a second prefix, a processing instruction", () => {
    const cases = [
      worksheet(
        `<row r="1"><?pi <c r="C1"><v>8</v></c>?><c r="A1" t="str"><v>p</v></c><c r="B1"><v>2</v></c></row>`,
      ),
      worksheet(
        `<row r="1"><c r="A1" t="str"><v><![CDATA[<b>&]]></v></c><c r="B1"><v>2</v></c></row>`,
      ),
      `<!DOCTYPE worksheet><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="str"><v>E&amp;</v></c><c r="B1"><v>2</v></c></row></sheetData></worksheet>`,
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="str"><v>x</v></c><q:c xmlns:q="${MAIN}" r="B1"><q:v>2</q:v></q:c></row></sheetData></worksheet>`,
      `<worksheet xmlns="${MAIN}" xmlns:q="${MAIN}"><sheetData><row r="1"><c r="A1" t="str"><v>y</v></c><q:c r="B1"><q:v>2</q:v></q:c></row></sheetData></worksheet>`,
    ];
    const expected = [
      { A1: "p", B1: 2 },
      { A1: "<b>&", B1: 2 },
      { A1: "E&", B1: 2 },
      { A1: "x", B1: 2 },
      { A1: "y", B1: 2 },
    ];
    cases.forEach((xml, index) => {
      const { scanned, saxes } = bothReaders(xml, [range(1, 1, 1, 2)]);
      expect(scanned).toEqual(expected[index]);
      expect(scanned).toEqual(saxes);
    });
  });
});

describe("ranges", () => {
  const xml = worksheet(
    Array.from({ length: 6 }, (_, index) => {
      const row = index + 1;
      return `<row r="${row}">${["A", "B", "C", "D"].map((column) => `<c r="${column}${row}"><v>${row * 10 + column.charCodeAt(0) - 64}</v></c>`).join("")}</row>`;
    }).join(""),
  );

  it("hold the cells inside them and nothing else, one range or several", () => {
    const one = bothReaders(xml, [range(2, 2, 3, 3)]);
    expect(one.scanned).toEqual({ B2: 22, C2: 23, B3: 32, C3: 33 });
    const two = bothReaders(xml, [range(1, 1, 1, 1), range(5, 4, 9, 9)]);
    expect(two.scanned).toEqual({ A1: 11, D5: 54, D6: 64 });
    expect(two.scanned).toEqual(two.saxes);
  });

  it("step over what lies outside them unread, a cell a program could not read there included", () => {
    const damagedOutside = xml.replace(
      `<row r="6">`,
      `<row r="6"><c r="E6" t="e"><v>#NOT-AN-ERROR</v></c><c r="F6"><v>&bogus;</v></c>`,
    );
    expect(
      listed(readWorksheetRanges(PATH, encode(damagedOutside), contextWith(), [range(1, 1, 2, 2)])),
    ).toEqual({ A1: 11, B1: 12, A2: 21, B2: 22 });
    expect(() =>
      readWorksheetRanges(PATH, encode(damagedOutside), contextWith(), [range(6, 6, 6, 6)]),
    ).toThrow(PackageReadError);
  });

  it("a cell whose end tag is missing, running on into the next cell, is refused as saxes refuses it", () => {
    const runOn = encode(
      worksheet(`<row r="1"><c r="A1"><v>1</v><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>`),
    );
    let caught: unknown;
    try {
      readWorksheetRanges(PATH, runOn, contextWith());
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PackageReadError);
    expect((caught as PackageReadError).detail).toBe(
      "xl/worksheets/sheet1.xml: a <c> is not closed before the next one",
    );
    expect(() => readWorksheetPart(PATH, runOn, contextWith())).toThrow(PackageReadError);
  });

  it("a malformed part read in a range is refused, naming the part", () => {
    let caught: unknown;
    try {
      readWorksheetRanges(
        PATH,
        encode(worksheet(`<row r="1"><c r="A1"><v>1</v></row>`)),
        contextWith(),
        [range(1, 1, 1, 1)],
      );
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PackageReadError);
    expect((caught as PackageReadError).detail).toMatch(/^xl\/worksheets\/sheet1\.xml: /);
  });
});
