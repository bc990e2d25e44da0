// `c2c report --values -o FILE`: the values-only copy of the scoreboard for people without the
// add-in, the file the pane's Publish → "Values-only workbook" builds. Reopened with ExcelJS it holds
// no formula, its Scoreboard shows scoreAssessment's principle scores, no respondent's name or
// organisation appears in any cell, and the input workbook is left as it was.
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { scoreAssessment } from "../../src/engine/assessment";
import { TABLES } from "../../src/engine/model/contract";
import { readAssessment } from "../../src/engine/read";
import type { MemoryCellInput } from "../../src/host/memory/memoryWorkbook";
import { valuesCopyWorkbook } from "../../src/xlsxWriter/valuesCopyWorkbook";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { c2c, FIXED_NOW, sha256, tempFolder, type TempFolder } from "./cliHarness";
import { ALPHA_BETA_INDICATORS, scoresOfFile, writeContractWorkbook } from "./workbookFixtures";

const PEOPLE = [
  ["Zebulon Quixotic-Marchbanks", "Wibbleton Quokka Cooperative", "local government"],
  ["Perpetua Vandersloot", "Vandersloot Heritage Trust", "local government"],
  ["Ignatius Fairweather-Oduya", "Fairweather Lantern Guild", "civil society"],
  ["Ottoline Brackenridge", "Brackenridge Youth Orchestra", "youth"],
] as const;
const SECRETS = [
  ...PEOPLE.flatMap(([name, organisation]) => [name, organisation]),
  "Quixotic",
  "Vandersloot",
  "Fairweather",
  "Brackenridge",
  "Quokka",
];

const CHECKLIST: MemoryCellInput[][] = [
  [
    "Principle",
    "Item ID",
    "Item",
    ...PEOPLE.map(([name]) => name),
    "Item score",
    "Spread",
    "Evidence",
  ],
  ["TA", "TA1", "addresses concrete local challenges", 2, 3, 4, 4, null, null, "workshop minutes"],
  ["TA", "TA2", "creates synergies across sectoral policies", 1, 5, null, null, null, null, ""],
  ["TA", "TA3", "involves all levels of government", 4, 4, 3, 5, null, null, ""],
  ["MLG", "MLG1", "coordination across levels of government", 3, 3, 2, "n/a", null, null, ""],
  ["P2P", "P2P1", "regular in-person exchanges", 5, 1, 5, 1, null, null, ""],
];
const STAKEHOLDERS: MemoryCellInput[][] = [
  ["Respondent", "Organisation", "Group", "City", "Role in the partnership"],
  ...PEOPLE.map(([name, organisation, group]) => [
    name,
    organisation,
    group,
    "Alpha",
    "participant",
  ]),
];

async function openCopy(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function everyCell(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell));
    });
  });
  return cells;
}

let folder: TempFolder;
let input: string;
beforeAll(async () => {
  folder = await tempFolder();
  input = folder.path("private.xlsx");
  await writeContractWorkbook(input, {
    checklist: CHECKLIST,
    stakeholders: STAKEHOLDERS,
    indicators: ALPHA_BETA_INDICATORS,
  });
});
afterAll(async () => {
  await folder.remove();
});

describe("c2c report --values", () => {
  it("writes a values-only copy: no formula, scoreAssessment's principle scores, no respondent, the input unchanged", async () => {
    // The check below can fail: the input itself shows every name and organisation.
    const inputTexts = everyCell(await openCopy(input)).map((cell) => cell.text);
    for (const secret of SECRETS)
      expect(inputTexts.some((text) => text.includes(secret))).toBe(true);
    const before = await sha256(input);
    const output = folder.path("copy.xlsx");
    const run = await c2c("report", input, "--values", "-o", output);
    expect(run.stderr).not.toMatch(/^error: /m);
    expect(run.code).toBe(0);
    expect(await sha256(input)).toBe(before);

    const copy = await openCopy(output);
    expect(copy.worksheets.map((sheet) => sheet.name)).toEqual([
      "Scoreboard",
      "Checklist",
      "Indicators",
    ]);
    const cells = everyCell(copy);
    expect(cells.length).toBeGreaterThan(50);
    const withFormula = cells
      .filter((cell) => cell.type === ExcelJS.ValueType.Formula)
      .map((cell) => cell.address);
    expect(withFormula).toEqual([]);
    const texts = cells.map((cell) => cell.text);
    for (const secret of SECRETS) expect(texts.filter((text) => text.includes(secret))).toEqual([]);

    const scores = await scoresOfFile(input);
    const board = copy.getWorksheet("Scoreboard");
    if (board === undefined) throw new Error("the copy has no Scoreboard");
    const labels = board.getColumn("A").values;
    expect(scores.principles.some((principle) => principle.score !== null)).toBe(true);
    for (const principle of scores.principles) {
      const row = labels.indexOf(principle.principle);
      expect(row).toBeGreaterThan(0);
      const shown = board.getCell(`C${row}`).value;
      if (principle.score === null) expect(["", null]).toContain(shown);
      else expect(shown).toBeCloseTo(principle.score, 9);
    }
  });

  it("is the file the pane's Publish builds: the same sheets and cell values", async () => {
    const output = folder.path("same.xlsx");
    expect((await c2c("report", input, "--values", "-o", output)).code).toBe(0);
    const workbook = await XlsxWorkbook.open(input);
    const tables = await workbook.readTables(Object.values(TABLES));
    const read = readAssessment(tables);
    if (read.assessment === null) throw new Error("no assessment");
    const pane = await valuesCopyWorkbook(
      { tables, assessment: read.assessment, scores: scoreAssessment(read.assessment) },
      { generatedOn: FIXED_NOW.toISOString().slice(0, 10) },
    );
    const fromPane = new ExcelJS.Workbook();
    await fromPane.xlsx.load(Buffer.from(pane.bytes) as unknown as ArrayBuffer);
    const valuesOf = (book: ExcelJS.Workbook): unknown[] =>
      everyCell(book).map((cell) => [cell.worksheet.name, cell.address, cell.value]);
    expect(valuesOf(await openCopy(output))).toEqual(valuesOf(fromPane));
  });

  it("refuses an existing file unless --force, and then overwrites it", async () => {
    const output = folder.path("existing.xlsx");
    await writeFile(output, "keep me");
    const refused = await c2c("report", input, "--values", "-o", output);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists");
    expect(await readFile(output, "utf8")).toBe("keep me");
    expect((await c2c("report", input, "--values", "-o", output, "--force")).code).toBe(0);
    expect((await openCopy(output)).worksheets.map((sheet) => sheet.name)).toContain("Scoreboard");
  });

  it.each([
    [["--values"], "--values writes a workbook: name the file with -o FILE"],
    [["--values", "--json", "-o", "x.xlsx"], "choose one format"],
    [["--values", "--stakeholders", "-o", "x.xlsx"], "not as a --values workbook"],
    [
      ["--values", "--decimal-comma", "-o", "x.xlsx"],
      "--delimiter and --decimal-comma apply to --csv and --open-sdg only",
    ],
  ])("refuses %j before reading anything", async (flags, message) => {
    const run = await c2c("report", input, ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it("says so in --help", async () => {
    const run = await c2c("report", "--help");
    expect(run.stdout).toContain("c2c report <in.xlsx> --values -o FILE");
    expect(run.stdout).toContain("--values    a values-only copy of the scoreboard");
  });
});
