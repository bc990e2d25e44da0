// Files that are not workbooks the runner can read get one plain sentence naming the file and what
// to do, through every command that reads a workbook, and never a library's words. The bomb is
// refused from its directory (declared sizes) and, when its sizes lie, while inflating.

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { englishText, phraseText, type Phrase } from "../../src/engine/language/problemTexts";
import { REFUSALS, PACKAGE_REFUSALS, preflightPackage } from "../../src/host/xlsx/preflight";
import { WEB_INFLATER } from "../../src/host/xlsx/preflightInflate";
import { NODE_INFLATER } from "../../src/host/xlsx/preflightInflateNode";
import { c2c, c2cIn, problemLines, tempFolder, type TempFolder } from "../cli/cliHarness";
import { decompressionBomb, minimalPackage, storedEntry } from "../../scripts/fixtures/handmadeZip";
import { oleContainer } from "./handmadeFiles";
import { contractXlsx, LIBRARY_WORDS } from "./contractCells";

// Each case reads and writes whole workbooks; on two shared cores that takes seconds.
jest.setTimeout(120_000);

const EXCEL_MADE = join(__dirname, "fixtures", "excel-made");

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

async function truncated(): Promise<Uint8Array> {
  const whole = await readFile(join(EXCEL_MADE, "table02.xlsx"));
  return whole.subarray(0, Math.floor(whole.byteLength / 2));
}

async function odsPackage(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  zip.file("META-INF/manifest.xml", "<manifest:manifest/>");
  return zip.generateAsync({ type: "uint8array" });
}

const CASES: readonly (readonly [string, () => Promise<Uint8Array> | Uint8Array, Phrase])[] = [
  [
    "encrypted.xlsx",
    () => oleContainer(["EncryptionInfo", "EncryptedPackage"]),
    REFUSALS.encrypted,
  ],
  ["old.xlsx", () => oleContainer(["Workbook", "\u0005SummaryInformation"]), REFUSALS.xls],
  ["truncated.xlsx", truncated, REFUSALS["truncated-zip"]],
  [
    "data.xlsx",
    () => new TextEncoder().encode("Code,City,Year,Value\n11.6.2,Alpha,2022,20\n"),
    REFUSALS.text,
  ],
  [
    "page.xlsx",
    () => new TextEncoder().encode("<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>"),
    REFUSALS.html,
  ],
  ["empty.xlsx", () => new Uint8Array(0), REFUSALS.empty],
  ["calc.xlsx", odsPackage, PACKAGE_REFUSALS.ods],
  ["bomb.xlsx", () => decompressionBomb(1200, 1200 * 1024 * 1024), PACKAGE_REFUSALS.tooLarge],
  ["lying-bomb.xlsx", () => decompressionBomb(1200, 1000), PACKAGE_REFUSALS.tooLarge],
];

describe("refused files: one sentence naming the file and what to do", () => {
  it.each(CASES)(
    "%s",
    async (name, make, reason) => {
      const path = folder.path(name);
      await writeFile(path, await make());
      for (const command of [
        ["score", path, "-o", folder.path(`scored-${name}`)],
        ["report", path, "--json"],
      ]) {
        const run = await c2c(...command);
        expect(run.code).toBe(2);
        expect(problemLines(run.stderr)).toEqual([
          `error: ${path}: cannot be read: ${englishText(reason)}`,
        ]);
        expect(run.stderr).not.toMatch(LIBRARY_WORDS);
      }
      // In the CLI's language, the reason too (the catalogues' completeness test holds every code).
      for (const language of ["fr", "es"] as const) {
        const run = await c2cIn(language, "report", path, "--json");
        const frame = language === "fr" ? "ne peut pas être lu : " : "no se puede leer: ";
        expect(problemLines(run.stderr)).toEqual([
          `error: ${path}: ${frame}${phraseText(language, reason)}`,
        ]);
        expect(phraseText(language, reason)).not.toBe(englishText(reason));
      }
    },
    60_000,
  );

  it("a package with two parts whose names differ only in case", async () => {
    const path = folder.path("twice.xlsx");
    await writeFile(
      path,
      minimalPackage([storedEntry("xl/styles.xml", "<a/>"), storedEntry("XL/Styles.xml", "<b/>")]),
    );
    const run = await c2c("report", path, "--json");
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      `error: ${path}: cannot be read: it holds two parts named "XL/Styles.xml" (names differing only in case), so which one counts is unclear: open it in Excel and save it again`,
    ]);
  });

  it("a zip without a workbook part", async () => {
    const path = folder.path("no-workbook.xlsx");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("docProps/core.xml", "<cp:coreProperties/>");
    await writeFile(path, await zip.generateAsync({ type: "uint8array" }));
    const run = await c2c("report", path, "--json");
    expect(problemLines(run.stderr)).toEqual([
      `error: ${path}: cannot be read: ${englishText(PACKAGE_REFUSALS.noWorkbook)}`,
    ]);
  });

  it("a package the preflight passes but whose sheets cannot be parsed: a plain sentence, the cause only under --debug", async () => {
    const path = folder.path("broken-sheet.xlsx");
    // The contract workbook, so the reader reads the sheets (it reads a sheet when a table on it is
    // asked for), with every sheet cut short.
    const zip = await JSZip.loadAsync(await contractXlsx());
    for (const sheet of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/))
      zip.file(sheet.name, '<worksheet><sheetData><row r="x"><c r="?"/></row>');
    await writeFile(path, await zip.generateAsync({ type: "uint8array" }));
    const run = await c2c("report", path, "--json");
    expect(run.code).toBe(2);
    const [line] = problemLines(run.stderr);
    expect(line).toMatch(
      new RegExp(`^error: ${path}: cannot be read: its contents are not laid out`),
    );
    expect(run.stderr).not.toMatch(LIBRARY_WORDS);
    const debug = await c2c("report", path, "--json", "--debug");
    expect(debug.stderr).toMatch(/\n {2}cause: \S/);
  });
});

describe("the decompression bomb", () => {
  it.each([
    ["declares its 1.2 GB", 1200 * 1024 * 1024, WEB_INFLATER],
    ["declares 1000 bytes and inflates to 1.2 GB", 1000, WEB_INFLATER],
    ["declares its 1.2 GB (Node's zlib)", 1200 * 1024 * 1024, NODE_INFLATER],
    ["declares 1000 bytes and inflates to 1.2 GB (Node's zlib)", 1000, NODE_INFLATER],
  ])("%s: refused in under 1 s and 100 MB", async (_, declared, inflater) => {
    const bomb = decompressionBomb(1200, declared);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const result = await preflightPackage(bomb, inflater);
    const elapsed = performance.now() - started;
    const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    expect(result).toMatchObject({ ok: false, reason: PACKAGE_REFUSALS.tooLarge });
    expect(elapsed).toBeLessThan(1000);
    expect(heapAfter - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });
});
