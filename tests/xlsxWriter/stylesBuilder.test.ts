// The styles builder appends what generated sheets need to a styles part and changes nothing that
// was there: on Excel's own styles.xml (a file Excel saved, tests/compat/fixtures/excel-made) every
// existing entry keeps its index and its text, and the new indexes point at the new entries.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { StylesBuilder } from "../../src/xlsxWriter/stylesBuilder";

const EXCEL_MADE = join(__dirname, "..", "compat", "fixtures", "excel-made", "rich_string01.xlsx");

async function excelStyles(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(EXCEL_MADE));
  const part = zip.file("xl/styles.xml");
  if (part === null) throw new Error("the fixture has no styles part");
  return part.async("string");
}

/** The entries of one list of a stylesheet, as text. */
function entries(xml: string, list: string, entry: string): string[] {
  const body = new RegExp(`<${list}[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? "";
  return body.match(new RegExp(`<${entry}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${entry}>)`, "g")) ?? [];
}

function count(xml: string, list: string): number | undefined {
  const value = new RegExp(`<${list}\\s[^>]*count="(\\d+)"`).exec(xml)?.[1];
  return value === undefined ? undefined : Number(value);
}

describe("StylesBuilder", () => {
  it("appends to Excel's own styles.xml, every existing entry unchanged and at its index", async () => {
    const source = await excelStyles();
    const builder = new StylesBuilder(source);
    const header = builder.cellFormat({ bold: true, fill: "#D9E2F3", bottomBorder: true });
    const score = builder.cellFormat({ numberFormat: "0.00", locked: false });
    const custom = builder.cellFormat({ numberFormat: '0.0" pts"' });
    const band = builder.differential({ fill: "#C6EFCE", fontColour: "#006100" });
    const xml = builder.xml();

    for (const [list, entry] of [
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
      ["cellStyleXfs", "xf"],
      ["cellStyles", "cellStyle"],
    ] as const) {
      const before = entries(source, list, entry);
      const after = entries(xml, list, entry);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(count(xml, list)).toBe(after.length);
    }
    const formats = entries(xml, "cellXfs", "xf");
    const existing = entries(source, "cellXfs", "xf").length;
    expect([header, score, custom]).toEqual([existing, existing + 1, existing + 2]);
    expect(formats[header]).toMatch(/applyFont="1" applyFill="1" applyBorder="1"/);
    // "0.00" is Excel's built-in format 2: referred to, not declared.
    expect(formats[score]).toMatch(/^<xf numFmtId="2" .*<protection locked="0"\/><\/xf>$/);
    expect(formats[custom]).toMatch(/^<xf numFmtId="164" /);
    expect(entries(xml, "numFmts", "numFmt")).toEqual([
      '<numFmt numFmtId="164" formatCode="0.0&quot; pts&quot;"/>',
    ]);
    expect(entries(xml, "dxfs", "dxf")[band]).toBe(
      '<dxf><font><color rgb="FF006100"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>',
    );
    // The text outside the appended lists is the source's.
    const outside = (text: string): string =>
      text.replace(
        /<(numFmts|fonts|fills|borders|cellXfs|dxfs)[\s>][\s\S]*?<\/\1>|<dxfs[^>]*\/>/g,
        "",
      );
    expect(outside(xml)).toBe(outside(source));
  });

  it("gives equal looks one entry, and the default format for an empty look", () => {
    const builder = new StylesBuilder();
    expect(builder.cellFormat({})).toBe(0);
    expect(builder.cellFormat({ locked: true })).toBe(0);
    const first = builder.cellFormat({ italic: true });
    expect(builder.cellFormat({ italic: true })).toBe(first);
    expect(first).toBe(1);
    expect(builder.differential({ fill: "#FFC7CE" })).toBe(0);
    expect(builder.differential({ fill: "#FFC7CE" })).toBe(0);
    expect(count(builder.xml(), "dxfs")).toBe(1);
  });

  it("numbers custom formats after the highest one the part already declares", () => {
    const source =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>';
    const builder = new StylesBuilder(source);
    builder.cellFormat({ numberFormat: "0.000" });
    const xml = builder.xml();
    expect(entries(xml, "numFmts", "numFmt")[1]).toBe(
      '<numFmt numFmtId="171" formatCode="0.000"/>',
    );
    // A part without dxfs gets the list where the schema puts it: after cellXfs.
    builder.differential({ fill: "#FFC7CE" });
    expect(builder.xml()).toMatch(/<\/cellXfs><dxfs count="1">/);
  });
});
