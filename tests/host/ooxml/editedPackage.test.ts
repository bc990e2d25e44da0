// Saving a user's workbook by editing its package: an Excel-made sheet with its chart grafted into
// a workbook with the contract tables is scored, and the save's ledger is checked against the
// bytes. Every part it did not write or drop is byte-equal (inflated) to the input's; the grafted
// chart among them; in the patched user sheets everything outside the rewritten `<c>` elements is
// as it was; the user's `<definedName>` elements are in workbook.xml as written; ExcelJS and our
// reader open the copy, and the scores read back are the scores written.

import { englishText } from "../../../src/engine/language/problemTexts";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readScored } from "../../../src/app/scoredReading";
import { writeScores } from "../../../src/app/writeScores";
import { TABLES } from "../../../src/engine/model/contract";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { PlanProtectedError } from "../../../src/host/workbookHost";
import { findSoffice } from "../../../scripts/portable/libreOffice";
import { preflightPackage } from "../../../src/host/xlsx/preflight";
import { XlsxPackageReader } from "../../../src/host/xlsx/xlsxPackageReader";
import { tempFolder, type TempFolder } from "../../cli/cliHarness";
import { writeDemoPartnership } from "../../cli/workbookFixtures";
import { graftSheet, USER_NAMES } from "./graftSheet";

const STAMP = { generatedOn: "2026-12-01" };
const SOFFICE = findSoffice();
const describeIfLibreOffice = SOFFICE === null ? describe.skip : describe;

let folder: TempFolder;
let input: Uint8Array;
let grafted: string[];
let output: Uint8Array;
let host: PackageWorkbook;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
  ({ bytes: input, grafted } = await graftSheet(
    await readFile(folder.path("demo.xlsx")),
    "chart_area01.xlsx",
    "Sheet1",
  ));
  host = await openPackage(input);
  const scored = await readScored(host);
  if (!scored.ok) throw new Error("the grafted workbook does not score");
  await writeScores(host, scored, { dialect: "portable", stamp: STAMP, previous: "none" });
  output = await host.toBytes();
}, 60_000);
afterAll(async () => {
  await folder.remove();
});

async function openPackage(bytes: Uint8Array): Promise<PackageWorkbook> {
  const checked = await preflightPackage(bytes);
  if (!checked.ok) throw new Error(englishText(checked.reason));
  return PackageWorkbook.open(checked);
}

async function inflated(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files))
    if (!file.dir) parts.set(file.name, await file.async("uint8array"));
  return parts;
}

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe("a scored copy of a user's package", () => {
  it("carries every part it did not write byte for byte, the grafted chart included", async () => {
    const before = await inflated(input);
    const after = await inflated(output);
    const written = new Set([...host.writtenParts().keys()].map((path) => path.toLowerCase()));
    const dropped = host.droppedParts();
    const carried = [...before.keys()].filter(
      (path) => !written.has(path.toLowerCase()) && !dropped.has(path.toLowerCase()),
    );
    expect(carried).toEqual(expect.arrayContaining(grafted));
    expect(
      carried.filter(
        (path) => Buffer.compare(before.get(path)!, after.get(path) ?? new Uint8Array()) !== 0,
      ),
    ).toEqual([]);
    // Nothing the save left out is in the copy, and nothing else went missing.
    expect([...dropped].filter((path) => after.has(path))).toEqual([]);
    expect(
      [...before.keys()].filter((path) => !after.has(path) && !dropped.has(path.toLowerCase())),
    ).toEqual([]);
    // What went: the replaced Scoreboard's own drawing and charts, and its old .rels.
    expect(
      [...dropped].every((path) => /^xl\/(charts|drawings)\/|^xl\/worksheets\/_rels\//.test(path)),
    ).toBe(true);
  });

  it("writes only the runner's parts", () => {
    const written = [...host.writtenParts().keys()];
    expect(written).toEqual(
      expect.arrayContaining([
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
      ]),
    );
    // No user's part outside the contract sheets is written: not the theme, the shared strings,
    // docProps but app.xml's sheet list, the grafted sheet or its chart.
    expect(written.filter((path) => /theme|sharedStrings|docProps|91/.test(path))).toEqual([
      "docProps/app.xml",
    ]);
  });

  it("lists the copy's sheets in app.xml, as workbook.xml has them", async () => {
    const after = await inflated(output);
    const sheetNames = [
      ...text(after.get("xl/workbook.xml")).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g),
    ].map((match) => match[1]);
    const app = text(after.get("docProps/app.xml"));
    const titles = [
      ...(/<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(app)?.[1] ?? "").matchAll(
        /<vt:lpstr>([^<]*)<\/vt:lpstr>/g,
      ),
    ].map((match) => match[1]);
    expect(sheetNames).toContain("Scoreboard");
    expect(titles.slice(0, sheetNames.length)).toEqual(sheetNames);
    expect(/<vt:i4>(\d+)<\/vt:i4>/.exec(app)?.[1]).toBe(String(sheetNames.length));
    expect(/<TitlesOfParts><vt:vector size="(\d+)"/.exec(app)?.[1]).toBe(String(titles.length));
  });

  it("rewrites only the edited <c> elements of a patched user sheet", async () => {
    const before = await inflated(input);
    const after = await inflated(output);
    const sheets = [...host.writtenParts().keys()].filter(
      (path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path) && before.has(path),
    );
    // A patched sheet keeps its root element as written; a generated one has the writer's own.
    const root = (xml: string): string => /<worksheet[^>]*>/.exec(xml)?.[0] ?? "";
    const patched = sheets.filter(
      (path) => root(text(before.get(path))) === root(text(after.get(path))),
    );
    expect(patched.length).toBeGreaterThan(0);
    for (const path of patched) {
      const oldXml = text(before.get(path));
      const newXml = text(after.get(path));
      const edited = new Set(
        [...newXml.matchAll(/<c r="([A-Z]+\d+)"/g)]
          .map((match) => match[1]!)
          .filter((reference) => cellOf(oldXml, reference) !== cellOf(newXml, reference)),
      );
      const outside = (xml: string): string =>
        xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell, reference: string) =>
          edited.has(reference) ? "" : cell,
        );
      expect(outside(newXml)).toBe(outside(oldXml));
    }
  });

  it("keeps the user's defined names as written", async () => {
    const workbook = text((await inflated(output)).get("xl/workbook.xml"));
    for (const element of USER_NAMES) expect(workbook).toContain(element);
  });

  it("opens in ExcelJS and reads back with the scores written", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(output) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Sheet1");
    const checked = await preflightPackage(output);
    if (!checked.ok) throw new Error(englishText(checked.reason));
    const reader = XlsxPackageReader.fromParts(checked.parts);
    const checklist = await reader.readTable(TABLES.checklist);
    const scoreColumn =
      checklist?.columns.findIndex((column) => column.header === "Item score") ?? -1;
    const firstScore = checklist?.rows[0]?.cells[scoreColumn]?.value;
    expect(typeof firstScore).toBe("number");
    const rescored = await readScored(reader);
    const original = await readScored(await openPackage(input));
    expect(rescored.ok && original.ok).toBe(true);
    if (rescored.ok && original.ok)
      expect(rescored.scores.alignment.score).toBeCloseTo(
        original.scores.alignment.score ?? NaN,
        9,
      );
  });
});

describe("scoring the scored copy again", () => {
  it("finds the formats the first run appended, so the styles part is not written again", async () => {
    const again = await openPackage(output);
    const scored = await readScored(again);
    if (!scored.ok) throw new Error("the scored copy does not read");
    await writeScores(again, scored, { dialect: "portable", stamp: STAMP, previous: "none" });
    const written = [...again.writtenParts().keys()];
    expect(written).not.toContain("xl/styles.xml");
    expect(host.writtenParts().has("xl/styles.xml")).toBe(true);
  });
});

describe("a user's package the save must not edit as it stands", () => {
  it("refuses a workbook whose structure is protected, as the pane does, before any change", async () => {
    const zip = await JSZip.loadAsync(input);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file(
      "xl/workbook.xml",
      workbookXml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'),
    );
    const locked = await openPackage(await zip.generateAsync({ type: "uint8array" }));
    const scored = await readScored(locked);
    if (!scored.ok) throw new Error("the locked workbook does not read");
    await expect(
      writeScores(locked, scored, { dialect: "portable", stamp: STAMP, previous: "none" }),
    ).rejects.toThrow(PlanProtectedError);
    expect(locked.writtenParts().get("xl/workbook.xml")).toContain(
      '<workbookProtection lockStructure="1"/>',
    );
  });
});

describeIfLibreOffice("LibreOffice and the scored copy", () => {
  it("converts it to PDF, every sheet printed", () => {
    const directory = mkdtempSync(join(tmpdir(), "c2c-edited-"));
    try {
      const path = join(directory, "scored.xlsx");
      writeFileSync(path, output);
      const profile = `-env:UserInstallation=${pathToFileURL(join(directory, "profile")).href}`;
      const result = spawnSync(
        SOFFICE ?? "soffice",
        [profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory, path],
        { encoding: "utf8", timeout: 180_000 },
      );
      expect(result.status).toBe(0);
      const pdf = readFileSync(join(directory, "scored.pdf"));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // Every sheet printed, the grafted one last: more pages than the Scoreboard alone would take.
      expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(8);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 240_000);
});

function cellOf(xml: string, reference: string): string | undefined {
  return new RegExp(`<c r="${reference}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];
}
