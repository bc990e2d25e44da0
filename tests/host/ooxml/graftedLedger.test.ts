// The save's ledger over Excel-made sheets of several kinds (a chart, a note, a picture, a
// hyperlink, a data validation) grafted into the demo partnership: after scoring, every part the
// save neither wrote nor dropped is byte-equal to the input's, each grafted part among them, the
// runner names what it kept, and ExcelJS reopens the copy with the grafted sheet in it.

import { englishText } from "../../../src/engine/language/problemTexts";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readScored } from "../../../src/app/scoredReading";
import { writeScores } from "../../../src/app/writeScores";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { preflightPackage } from "../../../src/host/xlsx/preflight";
import { tempFolder, type TempFolder } from "../../cli/cliHarness";
import { writeDemoPartnership } from "../../cli/workbookFixtures";
import { graftSheet } from "./graftSheet";
import { keptText } from "./keptText";

let folder: TempFolder;
let demo: Uint8Array;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
  demo = await readFile(folder.path("demo.xlsx"));
}, 60_000);
afterAll(async () => {
  await folder.remove();
});

async function inflated(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files))
    if (!file.dir) parts.set(file.name, await file.async("uint8array"));
  return parts;
}

it.each([
  ["chart_area01.xlsx", "kept: 1 chart"],
  ["comment01.xlsx", "kept: 1 comment"],
  ["image01.xlsx", "kept: 1 image"],
  ["hyperlink01.xlsx", undefined],
  ["data_validation01.xlsx", undefined],
])(
  "%s grafted in: every part not written is carried byte for byte",
  async (donor, summary) => {
    const { bytes: input, grafted } = await graftSheet(demo, donor, "Sheet1");
    const checked = await preflightPackage(input);
    if (!checked.ok) throw new Error(englishText(checked.reason));
    const host = await PackageWorkbook.open(checked);
    const scored = await readScored(host);
    if (!scored.ok) throw new Error(`${donor}: the grafted workbook does not score`);
    await writeScores(host, scored, {
      dialect: "portable",
      stamp: { generatedOn: "2026-12-01" },
      previous: "none",
    });
    const output = await host.toBytes();
    const before = await inflated(input);
    const after = await inflated(output);
    const written = new Set([...host.writtenParts().keys()].map((path) => path.toLowerCase()));
    const dropped = host.droppedParts();
    const carried = [...before.keys()].filter(
      (path) => !written.has(path.toLowerCase()) && !dropped.has(path.toLowerCase()),
    );
    expect(carried).toEqual(expect.arrayContaining(grafted));
    const differing = carried.filter(
      (path) => Buffer.compare(before.get(path)!, after.get(path) ?? new Uint8Array()) !== 0,
    );
    expect(differing).toEqual([]);
    expect(keptText(host.keptParts())).toBe(summary);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(output) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Sheet1");
  },
  60_000,
);
