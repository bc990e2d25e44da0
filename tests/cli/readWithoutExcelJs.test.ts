// The commands that only read a workbook go through our own reader and never load ExcelJS, and
// neither do score and import-answers, which save their copy by editing the package with the
// runner's own writer, and consolidate, whose programme workbook that writer generates. Each command runs in a
// process of its own from the sources, with a preload that counts ExcelJS's files in the module
// cache when the process ends. score does not load JSZip either: its zip is the runner's own
// (JSZip is loaded only for a package past the zip writer's limits), and JSZip's loading is a
// twentieth of a long list's run.

import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
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
    `process.on("exit", () => { for (const name of ["exceljs", "jszip"]) { const loaded = Object.keys(require.cache).filter((f) => new RegExp("[\\\\\\\\/]node_modules[\\\\\\\\/]" + name + "[\\\\\\\\/]").test(f)); process.stderr.write(name + " files loaded: " + loaded.length + "\\n"); } });\n`,
  );
});
afterAll(async () => {
  await folder.remove();
});

/** How many of a package's files (ExcelJS's by default) `c2c <args>` loaded. */
async function packageFilesLoaded(name: string, ...args: string[]): Promise<number> {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ["--require", probe, "--import", "tsx", join(ROOT, "src", "cli", "main.ts"), ...args],
    { cwd: ROOT },
  );
  const count = new RegExp(`${name} files loaded: (\\d+)`).exec(stderr)?.[1];
  if (count === undefined) throw new Error(`the probe printed nothing:\n${stderr}`);
  return Number(count);
}

const excelJsFilesLoaded = (...args: string[]): Promise<number> =>
  packageFilesLoaded("exceljs", ...args);

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

it("import-answers places answers and writes its copy without loading ExcelJS", async () => {
  const answers = join(__dirname, "fixtures", "import", "answers-example.csv");
  const output = folder.path("with-answers.xlsx");
  expect(await excelJsFilesLoaded("import-answers", answers, "--into", input, "-o", output)).toBe(
    0,
  );
  // The run wrote its copy (it exits non-zero, and execFile throws, when it writes nothing).
  expect((await readFile(output)).length).toBeGreaterThan(0);
}, 120_000);

it("score writes its copy without loading JSZip", async () => {
  expect(
    await packageFilesLoaded("jszip", "score", input, "-o", folder.path("scored-again.xlsx")),
  ).toBe(0);
}, 120_000);

it("the probe sees ExcelJS where it is loaded", async () => {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ["--require", probe, "-e", 'require("exceljs")'],
    { cwd: ROOT },
  );
  expect(Number(/exceljs files loaded: (\d+)/.exec(stderr)?.[1])).toBeGreaterThan(0);
}, 60_000);

it("the probe sees JSZip where it is loaded", async () => {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ["--require", probe, "-e", 'require("jszip")'],
    { cwd: ROOT },
  );
  expect(Number(/jszip files loaded: (\d+)/.exec(stderr)?.[1])).toBeGreaterThan(0);
}, 60_000);
