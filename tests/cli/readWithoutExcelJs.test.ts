// The commands that only read a workbook go through our own reader and never load ExcelJS, and
// neither do score, which saves its copy by editing the package with the runner's own writer, and
// consolidate, whose programme workbook that writer generates. Each command runs in a
// process of its own from the sources, with a preload that counts ExcelJS's files in the module
// cache when the process ends.

import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { tempFolder, type TempFolder } from "./cliHarness";
import { writeDemoPartnership } from "./workbookFixtures";

const ROOT = join(__dirname, "..", "..");

let folder: TempFolder;
let input: string;
let probe: string;
beforeAll(async () => {
  folder = await tempFolder();
  input = folder.path("partnership.xlsx");
  await writeDemoPartnership(input);
  probe = folder.path("probe.js");
  await writeFile(
    probe,
    `process.on("exit", () => { const loaded = Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/]exceljs[\\\\/]/.test(f)); process.stderr.write("exceljs files loaded: " + loaded.length + "\\n"); });\n`,
  );
});
afterAll(async () => {
  await folder.remove();
});

/** How many of ExcelJS's files `c2c <args>` loaded. */
async function excelJsFilesLoaded(...args: string[]): Promise<number> {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ["--require", probe, "--import", "tsx", join(ROOT, "src", "cli", "main.ts"), ...args],
    { cwd: ROOT },
  );
  const count = /exceljs files loaded: (\d+)/.exec(stderr)?.[1];
  if (count === undefined) throw new Error(`the probe printed nothing:\n${stderr}`);
  return Number(count);
}

it("report, compare and survey read the workbook without loading ExcelJS", async () => {
  expect(await excelJsFilesLoaded("report", input, "--json")).toBe(0);
  expect(await excelJsFilesLoaded("compare", input, "--json")).toBe(0);
  expect(
    await excelJsFilesLoaded("survey", input, "--xlsform", "-o", folder.path("form.xlsx")),
  ).toBe(0);
}, 120_000);

it("score and consolidate read and write their workbooks without loading ExcelJS", async () => {
  expect(await excelJsFilesLoaded("score", input, "-o", folder.path("scored.xlsx"))).toBe(0);
  expect(await excelJsFilesLoaded("consolidate", input, "-o", folder.path("programme.xlsx"))).toBe(
    0,
  );
}, 120_000);

it("the probe sees ExcelJS where it is loaded", async () => {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ["--require", probe, "-e", 'require("exceljs")'],
    { cwd: ROOT },
  );
  expect(Number(/exceljs files loaded: (\d+)/.exec(stderr)?.[1])).toBeGreaterThan(0);
}, 60_000);
