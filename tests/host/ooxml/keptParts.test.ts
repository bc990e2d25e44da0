// The kept-parts summary, on Excel's own packages and counted independently: openpyxl (another
// program's reading of the same files) counts the comments and charts, the zip listing the images.

import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { keptParts } from "../../../src/host/ooxml/keptParts";
import { keptText } from "./keptText";
import { findOpenpyxlPython, OPENPYXL_INSTALL_HINT } from "../../../scripts/fixtures/openpyxl";

const CORPUS = "/work/shared/corpus/excel-made";
const PYTHON = findOpenpyxlPython();
if (PYTHON === null) console.warn(`openpyxl counts skipped: ${OPENPYXL_INSTALL_HINT}`);

const CT = "application/vnd.openxmlformats-officedocument";
function contentTypes(
  overrides: Record<string, string>,
  defaults: Record<string, string> = {},
): string {
  return (
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    Object.entries(defaults)
      .map(([extension, type]) => `<Default Extension="${extension}" ContentType="${type}"/>`)
      .join("") +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`)
      .join("") +
    `</Types>`
  );
}

async function corpusSummary(file: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(await readFile(join(CORPUS, file)));
  const texts = new Map<string, string>();
  for (const path of Object.keys(zip.files))
    if (!zip.files[path]?.dir) texts.set(path, (await zip.file(path)?.async("string")) ?? "");
  return keptText(
    keptParts([...texts.keys()], texts.get("[Content_Types].xml") ?? "", (path) => texts.get(path)),
  );
}

async function mediaParts(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(await readFile(join(CORPUS, file)));
  return Object.keys(zip.files).filter((path) => path.startsWith("xl/media/")).length;
}

function summary(...args: Parameters<typeof keptParts>): string | undefined {
  return keptText(keptParts(...args));
}

function plural(count: number, one: string, many: string): string | undefined {
  return count === 0 ? undefined : `${count} ${count === 1 ? one : many}`;
}

describe("keptParts, as the runner words them in English", () => {
  it("counts by content type (Override before Default), comments by their elements", () => {
    const parts = [
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/media/image1.PNG",
      "xl/comments1.xml",
      "xl/comments2.xml",
      "xl/vbaProject.bin",
      "customXml/item1.xml",
      "xl/worksheets/sheet1.xml",
    ];
    const types = contentTypes(
      {
        "xl/charts/chart1.xml": `${CT}.drawingml.chart+xml`,
        "xl/charts/chart2.xml": `${CT}.drawingml.chart+xml`,
        "xl/pivotTables/pivotTable1.xml": `${CT}.spreadsheetml.pivotTable+xml`,
        "xl/pivotCache/pivotCacheDefinition1.xml": `${CT}.spreadsheetml.pivotCacheDefinition+xml`,
        "xl/comments1.xml": `${CT}.spreadsheetml.comments+xml`,
        "xl/comments2.xml": `${CT}.spreadsheetml.comments+xml`,
        "xl/worksheets/sheet1.xml": `${CT}.spreadsheetml.worksheet+xml`,
      },
      { png: "image/png", bin: "application/vnd.ms-office.vbaProject", xml: "application/xml" },
    );
    const comments = (count: number): string =>
      `<comments><authors><author>A</author></authors><commentList>${'<comment ref="A1" authorId="0"><text><t>x</t></text></comment>'.repeat(count)}</commentList></comments>`;
    const texts: Record<string, string> = {
      "xl/comments1.xml": comments(9),
      "xl/comments2.xml": comments(5),
    };
    expect(summary(parts, types, (path) => texts[path])).toBe(
      "kept: 2 charts, 1 pivot table, 1 image, 14 comments, macros, custom XML",
    );
    // The host counts; the words are the CLI's. A kind named without a count has none.
    expect(keptParts(parts, types, (path) => texts[path])).toEqual([
      { kind: "chart", count: 2 },
      { kind: "pivotTable", count: 1 },
      { kind: "image", count: 1 },
      { kind: "comment", count: 14 },
      { kind: "macros", count: null },
      { kind: "customXml", count: null },
    ]);
  });

  it("counts threaded comments' replies only (Excel writes a note for each thread)", () => {
    const path = "xl/threadedComments/threadedComment1.xml";
    const types = contentTypes({ [path]: "application/vnd.ms-excel.threadedcomments+xml" });
    const text =
      `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">` +
      `<threadedComment ref="A1" id="{1}" personId="{p}"><text>a</text></threadedComment>` +
      `<threadedComment ref="A1" id="{2}" parentId="{1}" personId="{p}"><text>b</text></threadedComment>` +
      `<threadedComment ref="A1" id="{3}" parentId="{1}" personId="{p}"><text>c</text></threadedComment>` +
      `</ThreadedComments>`;
    expect(summary([path], types, () => text)).toBe("kept: 2 comment replies");
  });

  it("is undefined when nothing kept is of a kind a user would miss", () => {
    const types = contentTypes(
      { "xl/worksheets/sheet1.xml": `${CT}.spreadsheetml.worksheet+xml` },
      { xml: "application/xml" },
    );
    expect(summary(["xl/worksheets/sheet1.xml", "docProps/app.xml"], types, () => "")).toBe(
      undefined,
    );
    expect(summary([], types, () => "")).toBe(undefined);
  });

  it("names a part by its content type, not its folder", () => {
    const types = contentTypes({ "xl/odd/place.xml": `${CT}.drawingml.chart+xml` });
    expect(summary(["xl/odd/place.xml", "xl/charts/chart9.xml"], types, () => "")).toBe(
      "kept: 1 chart",
    );
  });

  const describeIfOpenpyxl = PYTHON === null ? describe.skip : describe;
  describeIfOpenpyxl("on Excel-made workbooks, against openpyxl's counts", () => {
    const FILES = [
      "comment03.xlsx",
      "comment05.xlsx",
      "chart_bar01.xlsx",
      "chart_combined01.xlsx",
      "image01.xlsx",
      "image02.xlsx",
      "hyperlink01.xlsx",
    ];

    it.each(FILES)("%s", async (file) => {
      const counted = execFileSync(
        PYTHON ?? "",
        [
          "-c",
          [
            "import openpyxl, sys",
            "wb = openpyxl.load_workbook(sys.argv[1])",
            "comments = sum(1 for ws in wb.worksheets for c in ws._cells.values() if c.comment)",
            "charts = sum(len(ws._charts) for ws in wb.worksheets)",
            "print(comments, charts)",
          ].join("\n"),
          join(CORPUS, file),
        ],
        { encoding: "utf8", timeout: 60_000 },
      );
      const [comments = 0, charts = 0] = counted.trim().split(" ").map(Number);
      const images = await mediaParts(file);
      const phrases = [
        plural(charts, "chart", "charts"),
        plural(images, "image", "images"),
        plural(comments, "comment", "comments"),
      ].filter((phrase) => phrase !== undefined);
      expect(await corpusSummary(file)).toBe(
        phrases.length === 0 ? undefined : `kept: ${phrases.join(", ")}`,
      );
    });
  });
});
