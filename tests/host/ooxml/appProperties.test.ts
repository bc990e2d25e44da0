// docProps/app.xml follows the sheets a save adds, renames and removes (decision 0031): tried on
// the parts Excel wrote (../shared/corpus/excel-made), one with a named-range group after the
// worksheets, one with a chart-sheet group; everything outside the worksheet group's titles, its
// count and the titles vector's size is the text Excel wrote.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { editedAppProperties } from "../../../src/host/ooxml/appProperties";
import { EXCEL_MADE } from "./graftSheet";

async function appXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(EXCEL_MADE, file)));
  const part = zip.file("docProps/app.xml");
  if (part === null) throw new Error(`${file} has no docProps/app.xml`);
  return part.async("string");
}

const titles = (xml: string): string[] =>
  [
    ...(/<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(xml)?.[1] ?? "").matchAll(
      /<vt:lpstr>([^<]*)<\/vt:lpstr>/g,
    ),
  ].map((match) => match[1] ?? "");
const headingCounts = (xml: string): number[] =>
  [...xml.matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)].map((match) => Number(match[1]));
const titlesSize = (xml: string): string | undefined =>
  /<TitlesOfParts><vt:vector size="(\d+)"/.exec(xml)?.[1];

describe("the sheet list of an Excel-made app.xml after a save", () => {
  it("lists the added and renamed sheets before the named ranges, with the counts", async () => {
    const input = await appXml("defined_name02.xlsx");
    const edited = editedAppProperties(input, ["sheet One"], {
      worksheets: ["sheet One", "Scores & ranks", "Scoreboard"],
      chartSheets: [],
    });
    expect(edited).toBeDefined();
    const xml = edited ?? "";
    expect(titles(xml)).toEqual(["sheet One", "Scores &amp; ranks", "Scoreboard", "Sales"]);
    expect(headingCounts(xml)).toEqual([3, 1]);
    expect(titlesSize(xml)).toBe("4");
    const outside = (text: string): string =>
      text.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, "");
    expect(outside(xml)).toBe(outside(input));
    expect(xml.replace(/<vt:i4>3</, "<vt:i4>1<")).toContain(
      /<HeadingPairs>[\s\S]*<\/HeadingPairs>/.exec(input)?.[0],
    );
  });

  it("drops a removed sheet and leaves the chart sheets' group as it was", async () => {
    const input = await appXml("chart_bar12.xlsx");
    const edited = editedAppProperties(input, ["Sheet1", "Chart1"], {
      worksheets: ["Scoreboard"],
      chartSheets: ["Chart1"],
    });
    const xml = edited ?? "";
    expect(titles(xml)).toEqual(["Scoreboard", "Chart1"]);
    expect(headingCounts(xml)).toEqual([1, 1]);
    expect(titlesSize(xml)).toBe("2");
  });

  it("needs no edit when the sheets are the input's", async () => {
    const input = await appXml("chart_bar12.xlsx");
    expect(
      editedAppProperties(input, ["Sheet1", "Chart1"], {
        worksheets: ["Sheet1"],
        chartSheets: ["Chart1"],
      }),
    ).toBeUndefined();
  });

  it("leaves a list already out of step with the workbook alone", async () => {
    const input = await appXml("defined_name02.xlsx");
    expect(
      editedAppProperties(input, ["Renamed since"], {
        worksheets: ["Renamed since", "Scoreboard"],
        chartSheets: [],
      }),
    ).toBeUndefined();
  });
});
