// The preflight's parts on their own: the zip directory, the limits on declared and actual sizes,
// and the rewrites of names, targets, namespaces and drawing prefixes.

import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { PACKAGE_REFUSALS, preflightPackage } from "../../../src/host/xlsx/preflight";
import { crc32, WEB_INFLATER } from "../../../src/host/xlsx/preflightInflate";
import { NODE_INFLATER } from "../../../src/host/xlsx/preflightInflateNode";
import {
  MAX_COMPRESSION_RATIO,
  MAX_ENTRY_COUNT,
  RATIO_GRACE_BYTES,
} from "../../../src/host/xlsx/preflightLimits";
import {
  canonicalPartName,
  prefixedDrawing,
  relativeTarget,
  rewriteRelationships,
  transitionalNamespaces,
} from "../../../src/host/xlsx/preflightParts";
import { readZipDirectory } from "../../../src/host/xlsx/preflightZip";
import { minimalPackage, storedEntry } from "../../../scripts/fixtures/handmadeZip";

describe("the zip directory", () => {
  it("lists what JSZip wrote, with methods and sizes", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "x".repeat(1000));
    zip.file("b/c.bin", new Uint8Array([1, 2, 3]), { compression: "STORE" });
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const directory = readZipDirectory(bytes);
    expect(directory).toMatchObject({
      ok: true,
      entries: [
        {
          name: "a.xml",
          method: 8,
          uncompressedSize: 1000,
          crc32: crc32(new TextEncoder().encode("x".repeat(1000))),
        },
        { name: "b/", method: 0 },
        { name: "b/c.bin", method: 0, compressedSize: 3, uncompressedSize: 3 },
      ],
    });
  });

  it("refuses zip64 sizes", () => {
    const bytes = minimalPackage([]);
    const view = new DataView(bytes.buffer);
    view.setUint32(bytes.byteLength - 22 + 16, 0xffffffff, true);
    expect(readZipDirectory(bytes)).toMatchObject({ ok: false, fault: "zip64" });
  });
});

// Every limit holds whichever way the host inflates: the pane's web streams or the runner's zlib.
describe.each([
  ["web streams", WEB_INFLATER],
  ["Node's zlib", NODE_INFLATER],
])("limits, inflated by %s", (_, inflater) => {
  it("refuses a part over the ratio once past the grace size, and keeps one under it", async () => {
    const size = RATIO_GRACE_BYTES * 2;
    const zeros = new Uint8Array(size);
    const deflated = deflateRawSync(zeros);
    expect(size / deflated.byteLength).toBeGreaterThan(MAX_COMPRESSION_RATIO);
    const bomb = minimalPackage([
      {
        name: "xl/media/zeros.bin",
        data: deflated,
        method: 8,
        crc32: crc32(zeros),
        uncompressedSize: size,
      },
    ]);
    expect(await preflightPackage(bomb, inflater)).toMatchObject({
      ok: false,
      reason: PACKAGE_REFUSALS.tooLarge,
    });
    const small = new Uint8Array(RATIO_GRACE_BYTES / 2);
    const fine = minimalPackage([
      {
        name: "xl/media/zeros.bin",
        data: deflateRawSync(small),
        method: 8,
        crc32: crc32(small),
        uncompressedSize: small.byteLength,
      },
    ]);
    expect(await preflightPackage(fine, inflater)).toMatchObject({ ok: true });
  });

  it("refuses more entries than the limit", async () => {
    const entries = Array.from({ length: MAX_ENTRY_COUNT + 1 }, (_, index) =>
      storedEntry(`customXml/item${index}.xml`, "<a/>"),
    );
    expect(await preflightPackage(minimalPackage(entries), inflater)).toMatchObject({
      ok: false,
      reason: PACKAGE_REFUSALS.tooLarge,
    });
  });

  it("refuses a part whose bytes do not match its CRC-32 as damaged", async () => {
    const entry = { ...storedEntry("xl/styles.xml", "<styleSheet/>"), crc32: 12345 };
    expect(await preflightPackage(minimalPackage([entry]), inflater)).toMatchObject({
      ok: false,
      reason: PACKAGE_REFUSALS.damaged,
      detail: "xl/styles.xml: CRC-32 mismatch",
    });
  });

  it("refuses a part that inflates short of its declared size as damaged", async () => {
    const content = new TextEncoder().encode("<styleSheet/>");
    const entry = {
      name: "xl/styles.xml",
      data: deflateRawSync(content),
      method: 8 as const,
      crc32: crc32(content),
      uncompressedSize: content.byteLength + 10,
    };
    expect(await preflightPackage(minimalPackage([entry]), inflater)).toMatchObject({
      ok: false,
      reason: PACKAGE_REFUSALS.damaged,
    });
  });

  it("refuses a deflated part no command reads whose CRC-32 is wrong, as damaged", async () => {
    const image = new Uint8Array(4096).map((_, index) => index % 251);
    const entry = {
      name: "xl/media/image1.png",
      data: deflateRawSync(image),
      method: 8 as const,
      crc32: crc32(image) ^ 1,
      uncompressedSize: image.byteLength,
    };
    expect(await preflightPackage(minimalPackage([entry]), inflater)).toMatchObject({
      ok: false,
      reason: PACKAGE_REFUSALS.damaged,
      detail: "xl/media/image1.png: CRC-32 mismatch",
    });
  });

  it("refuses a part that inflates past its declared size, having inflated no further", async () => {
    const zeros = new Uint8Array(512 * 1024);
    const entry = {
      name: "xl/media/zeros.bin",
      data: deflateRawSync(zeros),
      method: 8 as const,
      crc32: crc32(zeros),
      uncompressedSize: 1000,
    };
    expect(await preflightPackage(minimalPackage([entry]), inflater)).toMatchObject({
      ok: false,
      reason: PACKAGE_REFUSALS.tooLarge,
      detail: "xl/media/zeros.bin: inflates past its declared 1000 bytes",
    });
  });

  it("refuses a truncated deflate stream as damaged", async () => {
    const content = new TextEncoder().encode(
      "<styleSheet>" + "<x/>".repeat(2000) + "</styleSheet>",
    );
    const deflated = deflateRawSync(content);
    const entry = {
      name: "xl/styles.xml",
      data: deflated.subarray(0, deflated.byteLength >> 1),
      method: 8 as const,
      crc32: crc32(content),
      uncompressedSize: content.byteLength,
    };
    expect(await preflightPackage(minimalPackage([entry]), inflater)).toMatchObject({
      ok: false,
      reason: PACKAGE_REFUSALS.damaged,
    });
  });
});

describe("rewrites", () => {
  it.each([
    ["/xl/workbook.xml", "xl/workbook.xml"],
    ["XL/Workbook.xml", "xl/workbook.xml"],
    ["xl/SHAREDSTRINGS.XML", "xl/sharedStrings.xml"],
    ["XL/Worksheets/_Rels/Sheet1.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels"],
    ["xl/drawings/VMLDRAWING1.vml", "xl/drawings/vmlDrawing1.vml"],
    ["[content_types].xml", "[Content_Types].xml"],
    ["xl/pivotTables/pivotTable1.xml", "xl/pivotTables/pivotTable1.xml"],
  ])("names the part %s as %s", (stored, canonical) => {
    expect(canonicalPartName(stored)).toBe(canonical);
  });

  it.each([
    ["xl/worksheets", "xl/tables/table1.xml", "../tables/table1.xml"],
    ["xl", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/drawings", "xl/charts/chart1.xml", "../charts/chart1.xml"],
  ])("from %s targets %s as %s", (folder, part, target) => {
    expect(relativeTarget(folder, part)).toBe(target);
  });

  it("makes absolute and odd-case targets relative to the parts' current names, external ones kept", () => {
    const parts = new Map([["xl/tables/table1.xml", "xl/tables/table1.xml"]]);
    const rels =
      '<Relationships><Relationship Id="rId1" Type="t" Target="/XL/tables/table1.xml"/>' +
      '<Relationship Id="rId2" Type="h" Target="https://example.org/" TargetMode="External"/></Relationships>';
    expect(rewriteRelationships("xl/worksheets/_rels/sheet1.xml.rels", rels, parts)).toBe(
      '<Relationships><Relationship Id="rId1" Type="t" Target="../tables/table1.xml"/>' +
        '<Relationship Id="rId2" Type="h" Target="https://example.org/" TargetMode="External"/></Relationships>',
    );
  });

  it("writes strict namespaces and relationship types as transitional ones", () => {
    expect(
      transitionalNamespaces(
        '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"/>' +
          '<Relationship Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"/>',
      ),
    ).toBe(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>' +
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"/>',
    );
  });

  it("gives a drawing in the default namespace the xdr: prefix, and leaves prefixed ones alone", () => {
    const ns = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    expect(
      prefixedDrawing(
        `<wsDr xmlns="${ns}"><twoCellAnchor><from><col>1</col></from><a:graphic xmlns:a="x"/></twoCellAnchor></wsDr>`,
      ),
    ).toBe(
      `<xdr:wsDr xmlns:xdr="${ns}"><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col></xdr:from><a:graphic xmlns:a="x"/></xdr:twoCellAnchor></xdr:wsDr>`,
    );
    const prefixed = `<xdr:wsDr xmlns:xdr="${ns}"><xdr:twoCellAnchor/></xdr:wsDr>`;
    expect(prefixedDrawing(prefixed)).toBe(prefixed);
  });
});
