// Two partnerships whose Settings disagree on the coverage threshold, the principle band limits and
// the sources of the DAC criterion relevance,
// consolidated by the installed command (bin/c2c, the compiled runner): the programme's figures use
// the defaults, and the disagreement, naming each workbook, is listed on standard error, under the
// rules on the Programme sheet, and again by `c2c report` of the programme workbook (--json
// problems, the HTML page's notes), which finds it from each partnership's rules and DAC lens in
// C2C_Programme.

import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { scoreAssessment } from "../../src/engine/assessment";
import { pilotProgramme } from "../../src/engine/demo";
import type { Assessment } from "../../src/engine/model/types";
import { escapeHtml } from "../../src/engine/publish/html/escape";
import { PROGRAMME_SHEET } from "../../src/engine/programme";
import { RULE_ROWS, RULES_VALUE_COLUMN } from "../../src/engine/programme/sheets/layout";
import { assessmentWorkbookPlan } from "../../src/engine/templates/assessmentWorkbook";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { problemLines, tempFolder, type TempFolder } from "./cliHarness";

const run = promisify(execFile);
const BIN = join(__dirname, "..", "..", "bin", "c2c");

const COVERAGE =
  "the workbooks differ in coverage threshold: 50 % in north.xlsx; 80 % in south.xlsx; the programme's figures use the default, 50 %";
const PRINCIPLE_BANDS =
  "the workbooks differ in principle band limits: developing 2, established 3, advanced 4 in north.xlsx; developing 1.5, established 2.5, advanced 3.4 in south.xlsx; the programme's figures use the default, developing 2, established 3, advanced 4";
const DAC_RELEVANCE =
  "the workbooks differ in the sources of the DAC criterion relevance: TA, STK in north.xlsx; TA in south.xlsx; the programme's figures use the catalogue's, TA, STK";

async function writeAssessment(path: string, assessment: Assessment): Promise<void> {
  const workbook = XlsxWorkbook.create();
  await workbook.applyPlan(
    assessmentWorkbookPlan(assessment, scoreAssessment(assessment), { generatedOn: "2026-11-28" }),
    { dialect: "portable", existingSheet: "fail" },
  );
  await workbook.save(path);
}

async function c2cBin(...argv: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [BIN, ...argv], { env: { ...process.env, LANG: "C" } });
}

let folder: TempFolder;
let programme: string;
let consolidated: { stdout: string; stderr: string };
beforeAll(async () => {
  folder = await tempFolder();
  const [north, south] = pilotProgramme();
  if (north === undefined || south === undefined) throw new Error("no pilot partnerships");
  await writeAssessment(folder.path("north.xlsx"), north);
  await writeAssessment(folder.path("south.xlsx"), {
    ...south,
    settings: {
      ...south.settings,
      coverageThreshold: 0.8,
      principleBandLimits: { developing: 1.5, established: 2.5, advanced: 3.4 },
      dacLens: { ...south.settings.dacLens, relevance: ["TA"] },
    },
  });
  programme = folder.path("programme.xlsx");
  consolidated = await c2cBin(
    "consolidate",
    folder.path("north.xlsx"),
    folder.path("south.xlsx"),
    "-o",
    programme,
  );
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

describe("c2c consolidate of partnerships whose Settings disagree (compiled runner)", () => {
  it("warns, naming each workbook, and the Programme sheet uses and lists the defaults", async () => {
    expect(problemLines(consolidated.stderr)).toEqual([
      `warning: programme: ${COVERAGE}`,
      `warning: programme: ${PRINCIPLE_BANDS}`,
      `warning: programme: ${DAC_RELEVANCE}`,
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(programme);
    const sheet = workbook.getWorksheet(PROGRAMME_SHEET);
    const value = (row: number, column: number): unknown => sheet?.getCell(row, column).value;
    expect(value(RULE_ROWS.coverageThreshold, RULES_VALUE_COLUMN)).toBe(0.5);
    expect(value(RULE_ROWS.principleDeveloping, RULES_VALUE_COLUMN)).toBe(2);
    expect(value(RULE_ROWS.principleEstablished, RULES_VALUE_COLUMN)).toBe(3);
    expect(value(RULE_ROWS.principleAdvanced, RULES_VALUE_COLUMN)).toBe(4);
    const notes = [1, 2].map((offset) => value(RULE_ROWS.sdgSignificantChallenges + offset, 1));
    expect(notes).toEqual([`Note: ${COVERAGE}.`, `Note: ${PRINCIPLE_BANDS}.`]);
  });

  it("is listed again by c2c report of the programme workbook (--json, --html)", async () => {
    const json = await c2cBin("report", programme, "--json");
    const report = JSON.parse(json.stdout) as {
      provenance: { coverageThreshold: number; principleBandLimits: Record<string, number> };
      problems: { severity: string; address: string; message: string }[];
    };
    expect(report.provenance.coverageThreshold).toBe(0.5);
    expect(report.provenance.principleBandLimits).toEqual({
      developing: 2,
      established: 3,
      advanced: 4,
    });
    expect(report.problems).toEqual([
      { severity: "warning", address: "programme", message: COVERAGE },
      { severity: "warning", address: "programme", message: PRINCIPLE_BANDS },
      { severity: "warning", address: "programme", message: DAC_RELEVANCE },
    ]);
    expect(problemLines(json.stderr)).toEqual([
      `warning: programme: ${COVERAGE}`,
      `warning: programme: ${PRINCIPLE_BANDS}`,
      `warning: programme: ${DAC_RELEVANCE}`,
    ]);
    await c2cBin("report", programme, "--html", "-o", folder.path("programme.html"));
    const page = await readFile(folder.path("programme.html"), "utf8");
    const capitalised = (text: string): string =>
      escapeHtml(`${text.charAt(0).toUpperCase()}${text.slice(1)}`);
    expect(page).toContain(`<li class="note">${capitalised(COVERAGE)}.</li>`);
    expect(page).toContain(`<li class="note">${capitalised(PRINCIPLE_BANDS)}.</li>`);
    expect(page).toContain(`<li class="note">${capitalised(DAC_RELEVANCE)}.</li>`);
  });
});
