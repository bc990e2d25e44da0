// A strict OOXML package (ISO/IEC 29500 strict: the contract workbook with every transitional
// namespace spelled as strict names it) scored by editing it as stored (decision 0031): the parts
// the save did not write are the input's bytes, and what it wrote (generated sheets, drawings,
// charts, relationship types, workbook.xml's new entries) names no transitional namespace, so no
// part mixes the two. Read back by our reader and, through the preflight, by ExcelJS.

import { englishText } from "../../../src/engine/language/problemTexts";
import ExcelJS from "exceljs";
import { TABLES } from "../../../src/engine/model/contract";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { packageToEdit, strictNamespaces } from "../../../src/host/ooxml/strictPackage";
import { preflightPackage } from "../../../src/host/xlsx/preflight";
import { transitionalNamespaces } from "../../../src/host/xlsx/preflightParts";
import { contractXlsx } from "../../compat/contractCells";
import { strictFromTransitional } from "../../compat/handmadeFiles";
import { ledgerReport } from "./ledger";
import { readerOf, scoreThrough, type OpenHost } from "./scoreThrough";
import { readablePackage } from "../../support/exceljsHost/readablePackage";

const TRANSITIONAL =
  /http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml|drawingml|officeDocument)\//;

const EDITING_HOST: OpenHost<PackageWorkbook> = async (bytes) => {
  const checked = await preflightPackage(bytes);
  if (!checked.ok) throw new Error(englishText(checked.reason));
  return PackageWorkbook.open(packageToEdit(checked));
};

let input: Uint8Array;
let output: Uint8Array;
let host: PackageWorkbook;
beforeAll(async () => {
  input = await strictFromTransitional(await contractXlsx());
  ({ output, host } = await scoreThrough(EDITING_HOST, input));
}, 60_000);

describe("scoring a strict OOXML package", () => {
  it("carries every part it did not write as the input stored it", async () => {
    const dropped = [...host.droppedParts()];
    const written = [...host.writtenParts().keys(), ...dropped];
    const report = await ledgerReport(input, output, { written });
    expect(report.problems).toEqual([]);
    // The user's sheets it patched are among the written, and Scoreboard is new.
    expect(written).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]),
    );
  });

  it("writes no transitional namespace into any part, new or edited", () => {
    const mixed = [...host.writtenParts()]
      .filter(([, xml]) => TRANSITIONAL.test(xml))
      .map(([path]) => path);
    expect(mixed).toEqual([]);
    const rels = host.writtenParts().get("xl/_rels/workbook.xml.rels") ?? "";
    expect(rels).toContain(
      'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"',
    );
    expect(host.writtenParts().size).toBeGreaterThan(4);
    // New <sheet> entries use the workbook's own r: prefix, declaring no namespace of their own.
    const workbookXml = host.writtenParts().get("xl/workbook.xml") ?? "";
    expect(workbookXml).toMatch(/<sheet name="Scoreboard" sheetId="\d+" r:id="rId\d+"\/>/);
    // app.xml (found by strict's relationship type, extendedProperties) lists the new sheets.
    const app = host.writtenParts().get("docProps/app.xml") ?? "";
    expect(app).toContain(
      "<vt:lpstr>About</vt:lpstr><vt:lpstr>Checklist</vt:lpstr><vt:lpstr>Indicators</vt:lpstr><vt:lpstr>Scoreboard</vt:lpstr><vt:lpstr>C2C_AddinData</vt:lpstr>",
    );
    expect(app).toContain('xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties"');
  });

  it("reads back: every contract table by our reader, the Scoreboard sheet by ExcelJS", async () => {
    // The same tables as in the input, with the same rows (the contract workbook's are its inputs).
    const found = async (bytes: Uint8Array): Promise<unknown> =>
      Object.fromEntries(
        Object.entries(await (await readerOf(bytes)).readTables(Object.values(TABLES))).map(
          ([name, table]) => [name, table?.rows.length ?? null],
        ),
      );
    const before = await found(input);
    expect(
      Object.values(before as Record<string, unknown>).filter((rows) => rows !== null).length,
    ).toBeGreaterThan(2);
    expect(await found(output)).toEqual(before);
    const checked = await preflightPackage(output);
    if (!checked.ok) throw new Error(englishText(checked.reason));
    expect(checked.rewrites).toEqual(["strict OOXML namespaces → transitional"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readablePackage(checked)).slice().buffer);
    expect(workbook.getWorksheet("Scoreboard")).toBeDefined();
  });
});

describe("strictNamespaces", () => {
  it.each([
    [
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ],
    [
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
    ],
    [
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
      "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ],
    [
      "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "http://purl.oclc.org/ooxml/drawingml/chart",
    ],
    // Kept in strict: the package's relationships and markup compatibility.
    [
      "http://schemas.openxmlformats.org/package/2006/relationships",
      "http://schemas.openxmlformats.org/package/2006/relationships",
    ],
    [
      "http://schemas.openxmlformats.org/markup-compatibility/2006",
      "http://schemas.openxmlformats.org/markup-compatibility/2006",
    ],
  ])("%s → %s, and back by the preflight's rule", (transitional, strict) => {
    expect(strictNamespaces(transitional)).toBe(strict);
    expect(transitionalNamespaces(strict)).toBe(transitional);
  });
});
